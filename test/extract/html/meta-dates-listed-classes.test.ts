// A date class that several elements carry with different days is a list of other stories (more
// from the column, latest news): none of those dates is the article's, whatever the class is named.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const meta = (html: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { now: new Date("2026-01-01") });

const page = (teasers: string[]) => `<html><head><title>River ferry returns after winter</title></head><body>
  <div class="story"><h1>River ferry returns after winter</h1><p>12 March 2021</p>
  <p>The ferry resumed its crossings this morning, the operator said.</p></div>
  <div class="more">${teasers.map((t) => `<div class="entry"><span class="date">Another story on the river ${t}</span></div>`).join("")}</div>
  </body></html>`;

describe("date classes that list other stories", () => {
  it("does not take a listed teaser's date for the article's", () => {
    const m = meta(page(["4 March 2021", "25 February 2021", "18 February 2021"]));
    expect(m.publishedDay).toBe("2021-03-12");
  });
  it("still reads a date class that only one element carries", () => {
    const m = meta(page(["4 March 2021"]).replace("<p>12 March 2021</p>", ""));
    expect(m.publishedDay).toBe("2021-03-04");
  });
});

describe("the article's own stamp in a listed class", () => {
  it("keeps the header's stamp when the theme gives teasers the same class", () => {
    const html = `<html><head><title>Storm closes the coast road</title></head><body>
      <h1>Storm closes the coast road</h1><p class="by">By A. Writer</p><span class="date">Nov 5 2012, 12:50 PM</span>
      <p>The road was closed on Monday after the storm, the county said.</p>
      <ul><li><a>Another story</a><span class="date">Nov 6 2012</span></li>
      <li><a>Another story</a><span class="date">Nov 2 2012</span></li>
      <li><a>Another story</a><span class="date">Nov 1 2012</span></li></ul>
      <div class="meta-info">Nov 7 2012</div></body></html>`;
    expect(meta(html).publishedDay).toBe("2012-11-05");
  });
});
