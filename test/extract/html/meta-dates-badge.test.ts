// A date badge prints the month, the day and the year in elements of their own (a calendar-leaf
// icon beside the post title): the year's text node is read with the two parts before it. (Without
// that, a text run over the page's start could still find the badge, but a dated teaser above it
// ends that run's reading: the sidebar below.)
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { collectPageFacts } from "../../../src/extract/html/meta-collect.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const page = (badge: string) => `<html><head><title>The future of tablets</title></head><body>
  <div class="sidebar"><a href="/mini">Mac mini review, 12 March 2011</a></div>
  <div class="post"><div class="meta"><div class="calendar">${badge}</div></div>
  <h1>The future of tablets</h1><p>Tablets will do more than phones within two years, a maker says.</p></div>
  </body></html>`;
const dom = (html: string) => parseDocument(html, { decodeEntities: true });

describe("date badges", () => {
  it("reads month, day and year printed in separate elements, either order", () => {
    const m = extractHtmlMetadata(
      dom(page('<span class="m">Oct</span><span class="d">30</span><span class="y">2012</span>')),
      {
        now: new Date("2026-06-01"),
      },
    );
    expect(m.publishedDay).toBe("2012-10-30");
    const dayFirst = page("<b>30</b><b>Oct.</b><b>2012</b>");
    expect(extractHtmlMetadata(dom(dayFirst), { now: new Date("2026-06-01") }).publishedDay).toBe(
      "2012-10-30",
    );
  });
  it("joins only a year alone after a day and a word: other short texts keep their own reading", () => {
    const texts = (body: string) =>
      collectPageFacts(dom(`<html><body>${body}</body></html>`)).datedTexts.map((t) => t.text);
    expect(texts("<p>Oct</p><p>30</p><p>2012</p>")).toEqual(["Oct 30 2012"]);
    expect(texts("<p>Published:</p><p>13.08.2010</p>")).toEqual(["13.08.2010"]);
    expect(texts("<p>Read more about the plan</p><p>30</p><p>2012</p>")).toEqual(["2012"]);
  });
});
