// Pages dated in other scripts and calendars: the visible date after the headline written with
// Persian digits in the Solar Hijri calendar, a Thai Buddhist-era year, a Hindi date in Devanagari.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const page = (lang: string, headline: string, dateline: string, url: string, body = "متن خبر. ") =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="${lang}"><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${dateline}</p><p>${body.repeat(20)}</p></article></body></html>`,
      { decodeEntities: true },
    ),
    { url, now: NOW },
  );

describe("visible dates in other scripts and calendars", () => {
  it("reads a Solar Hijri date in Persian digits", () => {
    const m = page("fa", "خبر", "۱۴ فروردین ۱۳۹۹ - ۱۲:۰۹", "https://www.example.ir/news/123");
    expect(m.publishedDay).toBe("2020-04-02");
  });

  it("reads a Thai date of the Buddhist era", () => {
    const m = page("th", "ข่าว", "2 เมษายน 2563", "https://www.example.co.th/news/123");
    expect(m.publishedDay).toBe("2020-04-02");
  });

  it("reads a Hindi date in Devanagari digits", () => {
    const m = page("hi", "समाचार", "२ अप्रैल २०२०", "https://www.example.in/news/123");
    expect(m.publishedDay).toBe("2020-04-02");
  });

  it("must not date a page by a Persian-range number in Latin text", () => {
    const url = "https://www.example.com/news/123";
    expect(
      page("en", "Budget", "The 1399/04/02 order number was filed.", url, "Some text. ").publishedDay,
    ).toBeNull();
    // Persian text further on does not make a number in an English sentence a Persian date.
    expect(page("en", "Budget", "The 1399/04/02 order number was filed today.", url).publishedDay).toBeNull();
  });
});
