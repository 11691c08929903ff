// Dates printed without a year are read only when nothing else dates the page and the page
// supplies the year: its URL's year, else the latest year that keeps the day on or before its
// modified date or its fetch time. Without either, the page stays undated.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { withYear } from "../../../src/extract/html/meta-dates-yearless.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const page = (
  stamp: string,
  head = "",
) => `<html><head><title>Ferry service resumes</title>${head}</head><body>
  <article><h1>Ferry service resumes</h1><p class="post-date">${stamp}</p>
  <p>The ferry between the two islands ran again on Friday after a month of repairs.</p></article>
  <aside class="sidebar"><p class="date">Jan. 2</p></aside></body></html>`;
const meta = (html: string, opts: { url?: string; fetchedAt?: Date } = {}) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), {
    now: new Date("2026-06-01"),
    ...opts,
  });

describe("year-less dates", () => {
  it("writes the year after the month and day in either order", () => {
    expect(withYear("Oct. 6, 10:15 AM", 2017)).toBe("Oct. 6, 2017, 10:15 AM");
    expect(withYear("6. Oktober um 04:00", 2017)).toBe("6. Oktober 2017 um 04:00");
    expect(withYear("March 3, 2021", 2017)).toBeNull();
    expect(withYear("Page 6 of 10", 2017)).toBeNull();
  });
  it("takes the year from the URL", () => {
    const m = meta(page("Oct. 6, 10:15 AM"), { url: "https://news.example/2017/ferry-service" });
    expect(m.publishedDay).toBe("2017-10-06");
    expect(m.publishedSource).toBe("text:yearless");
  });
  it("takes the latest year that keeps the day on or before the fetch time", () => {
    expect(meta(page("Oct. 6"), { fetchedAt: new Date("2021-11-20T10:00:00Z") }).publishedDay).toBe(
      "2021-10-06",
    );
    expect(meta(page("Dec. 28"), { fetchedAt: new Date("2022-01-03T10:00:00Z") }).publishedDay).toBe(
      "2021-12-28",
    );
  });
  it("takes the year before the page's modified date", () => {
    const head = '<meta property="article:modified_time" content="2019-03-02T08:00:00Z">';
    expect(meta(page("Feb 27", head)).publishedDay).toBe("2019-02-27");
  });
  it("leaves a saved page with no year anywhere undated, and never reads a sidebar's date", () => {
    expect(meta(page("Oct. 6")).publishedDay).toBeNull();
    expect(meta(page("no date"), { url: "https://news.example/2017/ferry-service" }).publishedDay).toBeNull();
  });
  it("defers to any stated date", () => {
    const head = '<meta property="article:published_time" content="2019-03-01T08:00:00Z">';
    expect(meta(page("Oct. 6", head), { url: "https://news.example/2017/x" }).publishedDay).toBe(
      "2019-03-01",
    );
  });
  it("takes the year from the earliest dated comment under the article: no comment is older than its story", () => {
    const comments = (where: string) =>
      page("Oct 23").replace(
        "</article>",
        `</article><div class="${where}"><p class="comment-author">Ann</p><p>October 24th, 2012 1:37 pm</p>
        <p>Lovely photos, and on October 2, 2014 I was there too.</p><p>May 3, 2013 9:00 am</p></div>`,
      );
    expect(meta(comments("comments-area")).publishedDay).toBe("2012-10-23");
    // A page fetched years later: the comments bound the year more tightly than the fetch time.
    expect(
      meta(comments("comments-area"), { fetchedAt: new Date("2026-01-10T10:00:00Z") }).publishedDay,
    ).toBe("2012-10-23");
    // A sidebar's "recent comments" are on other stories: they bound nothing.
    expect(meta(comments("sidebar recent-comments")).publishedDay).toBeNull();
  });
});
