// The metadata walk reads bylines and date elements by their class and id names (meta-collect.ts).
// The answer for a name is remembered across elements and pages: an element with only a class, only
// an id, or both is judged on the same joined "class id" text, and the same name on a second page
// (or as an id instead of a class) is answered as on the first.
import { describe, expect, it } from "vitest";
import { collectPageFacts } from "../../../src/extract/html/meta-collect.ts";
import { parseHtml } from "../../../src/extract/html/parse-html.ts";

function facts(body: string) {
  const { dom } = parseHtml(`<html><head><title>A page</title></head><body>${body}</body></html>`);
  const f = collectPageFacts(dom);
  return { bylines: f.bylines.map((b) => b.context), dated: f.datedElements.map((d) => d.context) };
}

describe("class and id names of the metadata walk", () => {
  it("reads a class alone, an id alone, and both together", () => {
    const page = facts(
      `<div class="byline">By Jane Roe</div><span id="post-date">3 May 2021</span>` +
        `<p class="meta" id="author-box">Jane Roe</p><p class="story">Text 2021</p>`,
    );
    expect(page.bylines).toEqual(["byline ", "meta author-box"]);
    // "byline" names a date element too: bylines carry the date on many sites.
    expect(page.dated).toEqual(["byline ", " post-date"]);
  });

  it("answers a name the same on a second page and as an id", () => {
    const body = `<div class="author-bio">About Jane</div><div class="entry-date">3 May 2021</div>`;
    expect(facts(body)).toEqual(facts(body));
    expect(facts(`<div id="entry-date">3 May 2021</div>`).dated).toEqual([" entry-date"]);
    // "author-bio" is excluded (a biography box), whichever attribute carries it.
    expect(facts(`<div id="author-bio">About Jane</div>`).bylines).toEqual([]);
  });
});
