// The order of publication-day evidence (meta-date-evidence.ts): the URL's day, then structured
// metadata, then a visible byline near the headline, then text; and the one fact that settles a URL
// against metadata: a publication moves later, never earlier, so a URL day later than the metadata's
// (beyond any zone) is a print edition's day.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { EVIDENCE_RANKS, latestLocalDay } from "../../../src/extract/html/meta-date-evidence.ts";
import { parseDateValue } from "../../../src/extract/html/meta-date-value.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";
import { dateFromUrl, urlDayReadings } from "../../../src/extract/html/meta-url-dates.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const meta = (html: string, url?: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url, now: NOW });

const page = (head: string, header: string, body = "<p>Text of the story, long enough to read.</p>") =>
  `<html><head>${head}</head><body><article><h1>Harbour cranes return</h1>${header}${body}</article>
   <footer><p>Copyright 2012 Example News</p></footer></body></html>`;

describe("the tiers of publication-day evidence", () => {
  it("are ordered URL < structured < byline < text < last resorts", () => {
    const r = EVIDENCE_RANKS;
    expect(r.url).toBeLessThan(r.structured.first);
    expect(r.structured.last).toBeLessThan(r.byline.first);
    expect(r.byline.last).toBeLessThan(r.text.first);
    expect(r.text.last).toBeLessThan(r.lastResort);
  });

  it("structured metadata beats a visible byline, and a byline beats a bare date in the text", () => {
    const both = meta(
      page(
        '<meta property="article:published_time" content="2012-07-24T09:00:00-04:00">',
        "<p class='byline'>Published: July 20, 2012</p>",
      ),
    );
    expect(both.publishedDay).toBe("2012-07-24");
    const bylineOnly = meta(
      page("", "<p>Published: July 20, 2012</p>", "<p>The cranes left on July 2, 2012 and came back.</p>"),
    );
    expect(bylineOnly.publishedDay).toBe("2012-07-20");
  });

  it("takes the URL's day over later metadata (an update rewrote it)", () => {
    const m = meta(
      page('<meta property="article:published_time" content="2012-07-26T09:00:00-04:00">', ""),
      "https://news.example/2012/07/24/cranes",
    );
    expect(m.publishedDay).toBe("2012-07-24");
    expect(m.publishedSource).toBe("url");
  });

  it("takes metadata's earlier day over a print edition's URL day", () => {
    const m = meta(
      page('<meta itemprop="datePublished" content="2012-07-24">', "<h6>Published: July 24, 2012</h6>"),
      "https://news.example/2012/07/25/world/cranes.html",
    );
    expect(m.publishedDay).toBe("2012-07-24");
    expect(m.publishedSource).toBe("meta:datepublished");
  });

  it("keeps the URL's day when only a zone separates it from a UTC stamp", () => {
    // 01:49 UTC on the 9th is still the 8th in New York: no conflict.
    const m = meta(
      page('<meta property="article:published_time" content="2023-11-09T01:49:09Z">', ""),
      "https://news.example/2023/11/08/election-night",
    );
    expect(m.publishedDay).toBe("2023-11-08");
    // ...while 23:30 UTC on the 8th can be the 9th east of Greenwich: also no conflict.
    const east = meta(
      page('<meta property="article:published_time" content="2023-11-08T23:30:00Z">', ""),
      "https://news.example/2023/11/09/results",
    );
    expect(east.publishedDay).toBe("2023-11-09");
  });

  it("bounds a UTC stamp's latest local day by the widest zone", () => {
    expect(latestLocalDay(parseDateValue("2023-11-08T09:59:00Z")!)).toBe("2023-11-08");
    expect(latestLocalDay(parseDateValue("2023-11-08T10:01:00Z")!)).toBe("2023-11-09");
    expect(latestLocalDay(parseDateValue("2023-11-08T23:00:00+02:00")!)).toBe("2023-11-08");
    expect(latestLocalDay(parseDateValue("2023-11-08")!)).toBe("2023-11-08");
  });
});

describe("a year-last URL day that reads both ways", () => {
  it("lists both readings, day-first first, and one when only one is a day", () => {
    expect(urlDayReadings("https://gadgets.example/starcraft-2-12-11-2012/").map((d) => d.day)).toEqual([
      "2012-11-12",
      "2012-12-11",
    ]);
    expect(urlDayReadings("https://gadgets.example/story-13-08-2010/").map((d) => d.day)).toEqual([
      "2010-08-13",
    ]);
    expect(dateFromUrl("https://gadgets.example/starcraft-2-12-11-2012/", false)?.day).toBe("2012-12-11");
  });

  it("takes the reading the page's own byline names", () => {
    const m = meta(
      page("", "<p class='postmetadata'>By Jane Roe on Monday 12th November 2012 3:16 pm</p>"),
      "https://gadgets-example.com/starcraft-2-12-11-2012/",
    );
    expect(m.publishedDay).toBe("2012-11-12");
    expect(m.publishedSource).toBe("url");
  });

  it("falls back on the site's day order when the page names neither reading", () => {
    // An English page on a .com domain writes month first (its locale, en-US: meta-day-order.ts).
    const m = meta(page("", ""), "https://gadgets-example.com/starcraft-2-12-11-2012/");
    expect(m.publishedDay).toBe("2012-12-11");
  });
});

describe("a date element's own label", () => {
  const blog = (stamp: string) =>
    `<html><body><div class="post"><h3 class="post-title">Larger images</h3>
     <h2 class="date-header">Thursday, May 3, 2012 9:44 AM</h2><div class="post-body"><p>We changed it.</p>
     <span class="byline-author">${stamp}</span></div></div></body></html>`;

  it("makes a byline-classed 'Update 9/24/2012:' an update, not the publication", () => {
    const m = meta(blog("Update 9/24/2012: the images roll out to every edition."));
    expect(m.publishedDay).toBe("2012-05-03");
  });

  it("does not demote a byline-classed stamp that carries no update label", () => {
    const m = meta(blog("Posted 5/2/2012"));
    expect(m.publishedDay).toBe("2012-05-02");
  });
});
