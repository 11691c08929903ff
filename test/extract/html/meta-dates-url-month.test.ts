// A blog URL files the post under a month (/2015/06/slug.html); a date element in a region the
// date finder otherwise distrusts (blog engines wrap the post column in a "widget") counts, as a
// last resort, when it falls in that month.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";
import { monthFromUrl } from "../../../src/extract/html/meta-url-dates.ts";

const page = (header: string) =>
  `<html><body><div class="widget Blog"><h2 class="date-header"><span>${header}</span></h2>
   <h3>Through the looking glass</h3><p>A post about books, long enough to be a post.</p>
   <div class="comment-block"><span class="datetime">9 June 2015 10:23</span></div></div></body></html>`;
const meta = (html: string, url: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url, now: new Date("2026-01-01") });

describe("dates in the month a URL names", () => {
  it("reads the month of /YYYY/MM/ URLs, not of /YYYY/MM/DD/ ones", () => {
    expect(monthFromUrl("https://blog.example/2015/06/through-glass.html")).toBe("2015-06");
    expect(monthFromUrl("https://news.example/2015/06/05/story")).toBeNull();
    expect(monthFromUrl("https://news.example/story")).toBeNull();
  });
  it("takes a date element of the URL's month inside a widget-named post column", () => {
    const m = meta(page("Friday, 5 June 2015"), "https://blog.example/2015/06/through-glass.html");
    expect(m.publishedDay).toBe("2015-06-05");
    expect(m.publishedSource).toBe("text:dated-element-url-month");
  });
  it("does not take it from a month the URL does not name, nor a comment's date", () => {
    const m = meta(page("Friday, 5 June 2015"), "https://blog.example/2015/07/through-glass.html");
    expect(m.publishedSource).not.toBe("text:dated-element-url-month");
    expect(m.publishedDay).not.toBe("2015-06-09");
  });
});
