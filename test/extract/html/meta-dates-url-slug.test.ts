// A day written with its month's name in the URL's slug ("-13-august-2010"): the headline's day,
// read when the page prints no date near its headline, never above one it prints (meta-dates.ts).
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";
import { slugDay } from "../../../src/extract/html/meta-url-dates.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const meta = (html: string, url: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url, now: NOW });

const story = (header = "") =>
  `<html lang="en"><head><title>Harbour plan agreed</title></head><body><article><h1>Harbour plan agreed</h1>
   ${header}<p>The council met on the harbour front and agreed to the new plan after a long debate.</p>
   </article></body></html>`;

describe("slugDay", () => {
  it("reads day-first and month-first slugs in any month language of data/dates", () => {
    expect(slugDay("https://news.example.org/harbour-plan-agreed-13-august-2010")?.day).toBe("2010-08-13");
    expect(slugDay("https://news.example.org/city/aug-13th-2010-harbour-plan")?.day).toBe("2010-08-13");
    expect(slugDay("https://noticias.example.es/plan-del-puerto-14-de-enero-de-2022")?.day).toBe(
      "2022-01-14",
    );
    expect(slugDay("https://actu.example.fr/port-14-f%C3%A9vrier-2022.html")?.day).toBe("2022-02-14");
  });

  it("reads no count, version or impossible day as a date", () => {
    expect(slugDay("https://news.example.org/top-10-songs-of-may-2010")).toBeNull();
    expect(slugDay("https://news.example.org/phone-4-review-2010")).toBeNull();
    expect(slugDay("https://news.example.org/harbour-31-feb-2010")).toBeNull();
  });
});

describe("a slug's day as the page's date", () => {
  it("dates a page that prints no date", () => {
    const m = meta(story(), "https://news.example.org/harbour-plan-agreed-13-august-2010");
    expect(m.publishedDay).toBe("2010-08-13");
    expect(m.publishedSource).toBe("url:slug");
  });

  it("yields to a date printed under the headline and to stated metadata", () => {
    const url = "https://news.example.org/harbour-plan-agreed-13-august-2010";
    expect(meta(story("<p class='byline'>By Jane Roe, August 14, 2010</p>"), url).publishedDay).toBe(
      "2010-08-14",
    );
    const stated = story().replace(
      "<title>",
      '<meta property="article:published_time" content="2010-08-15T09:00:00Z"><title>',
    );
    expect(meta(stated, url).publishedDay).toBe("2010-08-15");
  });
});
