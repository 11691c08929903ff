// A date element whose class names no role takes it from the label written just before it: "last
// edited: <span class="date">" is an update, not the publication, and a "Posted" date elsewhere on
// the page then dates it. A class that names the role keeps it, and a headline ending in a keyword
// ("Renovation Update #6") right before the date labels nothing.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const TEXT =
  "<p>The storm made landfall late on Tuesday, officials said, and thousands of homes lost power across the region.</p>";
const meta = (body: string, h1 = "Storm hits the coast") =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="en"><head><title>${h1}</title></head><body><article><h1>${h1}</h1>${body}${TEXT}</article></body></html>`,
      { decodeEntities: true },
    ),
    { url: "https://www.example.com/news/storm-hits-coast", now: new Date("2026-12-05T18:00:00Z") },
  );

describe("the label before a date element", () => {
  it("reads a date element after 'last edited:' as the update", () => {
    const m = meta(
      `<div class="info">Page revision: 8, last edited: <span class="odate">17 Jun 2018 15:15</span></div>
       <p>Text first written on March 23, 2008 by the club.</p>`,
    );
    expect(m.publishedDay).toBe("2008-03-23");
    expect(m.modifiedAt?.slice(0, 10)).toBe("2018-06-17");
  });

  it("keeps the role a class names, and takes no label from the headline", () => {
    const classed = meta(
      `<p>Last updated: <span class="date published">5 November 2012</span></p><p>On 1 November 2012 we met.</p>`,
    );
    expect(classed.publishedDay).toBe("2012-11-05");
    const headline = meta(
      `<span class="odate">November 5, 2012</span><p>On 1 November 2012 the floors arrived.</p>`,
      "House Renovation Update #6",
    );
    expect(headline.publishedDay).toBe("2012-11-05");
  });
});
