// Two-digit years: named-month dates that shorten the year ("13-Aug-10", "Aug 13, '10") and
// six-digit URL segments ("/130810/"), which read two ways (DDMMYY, YYMMDD) and are taken only
// when one reading is left or the page's other dates choose it (issue 10).
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { expandShortYear, parseDateText } from "../../../src/extract/dates/parse-date-text.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const TEXT =
  "<p>The storm made landfall late on Tuesday, officials said, and thousands of homes lost power across the region.</p>";
const day = (head: string, body: string, url = "https://www.example.com/news/storm-hits-coast") =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="en"><head><title>Storm hits the coast</title>${head}</head><body><article><h1>Storm hits the coast</h1>${body}${TEXT}</article></body></html>`,
      { decodeEntities: true },
    ),
    { url, now: NOW },
  ).publishedDay;

describe("two-digit years", () => {
  it("puts a shortened year in the century that keeps it at most a year ahead", () => {
    expect(expandShortYear(10, NOW)).toBe(2010);
    expect(expandShortYear(27, NOW)).toBe(2027);
    expect(expandShortYear(28, NOW)).toBe(1928);
    expect(expandShortYear(98, NOW)).toBe(1998);
  });

  it("reads named-month dates with a marked two-digit year", () => {
    expect(parseDateText("13-Aug-10", { reference: NOW })?.iso).toBe("2010-08-13T00:00:00Z");
    expect(parseDateText("Posted Aug 13, '10 at 5:30 pm", { reference: NOW })?.iso).toBe(
      "2010-08-13T17:30:00Z",
    );
    expect(parseDateText("13 Aug ’98", { reference: NOW })?.iso).toBe("1998-08-13T00:00:00Z");
  });

  it("does not read an unmarked number after a month as a year", () => {
    expect(parseDateText("On March 3, 21 people were hurt", { reference: NOW })).toBeNull();
    expect(parseDateText("the music of the '90s", { reference: NOW })).toBeNull();
    // A four-digit year elsewhere wins over the short form.
    expect(parseDateText("Aug 13, '10, updated 14 August 2010")?.iso).toBe("2010-08-14T00:00:00Z");
  });

  it("dates a page from visible text with a two-digit year", () => {
    expect(day("", `<p>Posted on Aug 13, '10 by admin</p>`)).toBe("2010-08-13");
    expect(day("", `<span class="date">13-Aug-10</span>`)).toBe("2010-08-13");
  });
});

describe("six-digit URL segments", () => {
  it("takes the only reading that is a day between 1995 and now", () => {
    // 31 December 2019; as YYMMDD it would be 2031 or 1931.
    expect(day("", "", "https://www.example.com/news/311219/storm-hits-coast")).toBe("2019-12-31");
  });

  it("leaves an ambiguous segment alone unless the page's other dates choose a reading", () => {
    const url = "https://www.example.com/news/130810/storm-hits-coast";
    expect(day("", "", url)).toBeNull();
    expect(day("", "<p>Copyright 2010 Example Media</p>", url)).toBe("2010-08-13");
    expect(
      day(
        `<meta property="article:modified_time" content="2013-08-11">`,
        "",
        "https://www.example.com/news/130810/storm-hits-coast",
      ),
    ).toBe("2013-08-10");
  });

  it("reads no day from ids and never outranks a stated date", () => {
    expect(day("", "", "https://www.example.com/news/123456/storm-hits-coast")).toBeNull();
    expect(
      day(
        `<meta property="article:published_time" content="2019-06-27T10:00:00Z">`,
        "",
        "https://www.example.com/blog/311219/storm",
      ),
    ).toBe("2019-06-27");
  });
});
