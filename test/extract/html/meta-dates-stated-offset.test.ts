// publishedAt keeps the offset the page states in every place a date is read from (Article.publishedAt):
// its first ten characters are the page's own calendar day, not the UTC day.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-07T12:00:00Z");
const LOCAL = "2020-04-02T04:11:00+05:30";

function meta(html: string, opts: { url?: string; fallbackDate?: string } = {}) {
  return extractHtmlMetadata(parseDocument(html), {
    url: opts.url ?? "https://news.example/a",
    now: NOW,
    ...opts,
  });
}

describe("publishedAt keeps the stated offset", () => {
  it.each([
    [
      "a meta tag",
      `<head><meta property="article:published_time" content="${LOCAL}"></head><body><h1>T</h1></body>`,
    ],
    [
      "JSON-LD",
      `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${LOCAL}"}</script></head><body><h1>T</h1></body>`,
    ],
    ["a time element", `<body><h1>T</h1><time datetime="${LOCAL}" pubdate>2 April</time><p>x</p></body>`],
    [
      "an itemprop",
      `<body><h1>T</h1><span itemprop="datePublished" content="${LOCAL}">2 April</span></body>`,
    ],
    [
      "script state",
      `<body><script>window.__S__={"article":{"publishedAt":"${LOCAL}"}}</script><h1>T</h1></body>`,
    ],
    [
      "a visible byline",
      `<body><h1>Title here</h1><p class="byline">Posted: 2 April 2020 04:11 +0530</p><p>Body text of the article.</p></body>`,
    ],
  ])("from %s", (_, html) => {
    const m = meta(html);
    expect([m.publishedAt, m.publishedDay]).toEqual([LOCAL, "2020-04-02"]);
  });

  it("from a visible byline that names its zone", () => {
    const m = meta(
      `<body><h1>Title here</h1><p class="byline">Published 11:42 PM EST, Mon November 8, 2023</p></body>`,
    );
    expect([m.publishedAt, m.publishedDay]).toEqual(["2023-11-08T23:42:00-05:00", "2023-11-08"]);
  });

  it("for the modified date too", () => {
    const m = meta(
      `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${LOCAL}","dateModified":"2020-04-03T01:00:00+05:30"}</script></head>`,
    );
    expect(m.modifiedAt).toBe("2020-04-03T01:00:00+05:30");
  });

  it("from the fallback date the caller gives", () => {
    const m = meta("<body><h1>T</h1><p>x</p></body>", { fallbackDate: LOCAL });
    expect([m.publishedAt, m.publishedDay, m.publishedSource]).toEqual([LOCAL, "2020-04-02", "fallback"]);
  });

  it("and a date read from the URL alone is a day, written in UTC", () => {
    const m = meta("<body><h1>T</h1><p>x</p></body>", { url: "https://news.example/2010/08/13/story.html" });
    expect([m.publishedAt, m.publishedDay, m.publishedPrecision]).toEqual([
      "2010-08-13T00:00:00Z",
      "2010-08-13",
      "day",
    ]);
  });
});
