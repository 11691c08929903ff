// Which way round a page's "02/10/2020" is read: its own unambiguous dates first, then its locale
// (language and region from <html lang>, the country domain, content-language, og:locale, or the
// language of its text) through CLDR's date patterns (Intl), never a list of sites or countries.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { dayOrderOfLocale } from "../../../src/extract/dates/locale-day-order.ts";
import { dayOrderOnPage, pageLocale } from "../../../src/extract/html/meta-day-order.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const meta = (html: string, url?: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url, now: NOW });

/** A story whose only date is "02/10/2020" in its date element: 2 October or February 10. */
const story = (htmlAttrs: string, head: string, extra = "") =>
  `<html ${htmlAttrs}><head>${head}</head><body><article><h1>Ferry service resumes after the storm</h1>
   <span class="date">02/10/2020</span>
   <p>The harbour authority said the first crossing left on time and carried forty passengers.</p>
   ${extra}</article></body></html>`;

describe("dayOrderOfLocale (CLDR through Intl)", () => {
  it("reads day-first and month-first locales from their date patterns", () => {
    expect(dayOrderOfLocale("de")).toBe("day-first");
    expect(dayOrderOfLocale("en-GB")).toBe("day-first");
    expect(dayOrderOfLocale("en_GB")).toBe("day-first");
    expect(dayOrderOfLocale("hi-IN")).toBe("day-first");
    expect(dayOrderOfLocale("en-US")).toBe("month-first");
    expect(dayOrderOfLocale("fil")).toBe("month-first");
  });

  it("completes a bare language or region with CLDR's likely subtags", () => {
    expect(dayOrderOfLocale("en")).toBe("month-first"); // en -> en-US
    expect(dayOrderOfLocale("und-CH")).toBe("day-first"); // und-CH -> de-CH
    expect(dayOrderOfLocale("und-UK")).toBe("day-first"); // the .uk domain is GB
  });

  it("says nothing for year-first locales and locales CLDR has no dates for", () => {
    expect(dayOrderOfLocale("zh")).toBeNull();
    expect(dayOrderOfLocale("ja-JP")).toBeNull();
    expect(dayOrderOfLocale("xx-YY")).toBeNull();
    expect(dayOrderOfLocale("")).toBeNull();
  });
});

describe("pageLocale", () => {
  const none = { htmlLang: null, contentLanguage: null, ogLocale: null, textLanguage: null, url: null };
  it("takes the region of <html lang>, else the country domain, else og:locale", () => {
    expect(pageLocale({ ...none, htmlLang: "en-IE", url: "https://news.example.com/a" })).toBe("en-IE");
    expect(pageLocale({ ...none, htmlLang: "en", ogLocale: "en_US", url: "https://example.com.au/a" })).toBe(
      "en-AU",
    );
    expect(pageLocale({ ...none, htmlLang: "en", ogLocale: "en_GB", url: "https://example.com/a" })).toBe(
      "en-GB",
    );
  });

  it("takes the language of the text when the page declares none", () => {
    expect(pageLocale({ ...none, textLanguage: "de", url: "https://example.com/a" })).toBe("de");
    expect(pageLocale({ ...none, url: "https://beispiel.de/a" })).toBe("und-DE");
    expect(pageLocale(none)).toBe("und");
  });
});

describe("the day order of a page", () => {
  it("reads a British page on a .com domain day first (og:locale en_GB)", () => {
    const m = meta(
      story('lang="en"', '<meta property="og:locale" content="en_GB">'),
      "https://harbour-news.com/ferry",
    );
    expect(m.publishedDay).toBe("2020-10-02");
  });

  it("reads a Philippine English page month first (en-PH writes M/d/y)", () => {
    const m = meta(story('lang="en-PH"', ""), "https://harbour-news.example.ph/ferry");
    expect(m.publishedDay).toBe("2020-02-10");
  });

  it("keeps an American page month first and a page on a country domain day first", () => {
    expect(meta(story('lang="en"', ""), "https://harbour-news.com/ferry").publishedDay).toBe("2020-02-10");
    expect(meta(story('lang="en"', ""), "https://harbour-news.co.uk/ferry").publishedDay).toBe("2020-10-02");
    expect(meta(story("", ""), "https://hafen-nachrichten.de/faehre").publishedDay).toBe("2020-10-02");
  });

  it("lets a dotted unambiguous date elsewhere on the page settle it (25.03.2020 is day-first)", () => {
    const html = story(
      'lang="en"',
      "",
      '<aside><p class="archive">Earlier: 25.03.2020 harbour closed</p></aside>',
    );
    expect(meta(html, "https://harbour-news.com/ferry").publishedDay).toBe("2020-10-02");
  });

  it("reads the language of an undeclared page whose only date is in a meta tag", () => {
    const german = `<html><head><meta name="date" content="02/10/2020"></head><body><article>
      <h1>Fähre fährt wieder nach dem Sturm</h1><p>Die Hafenbehörde sagte am Morgen, dass die erste
      Überfahrt pünktlich abgelegt habe und vierzig Fahrgäste an Bord gewesen seien. Der Betrieb
      werde in den kommenden Tagen wieder nach dem gewohnten Fahrplan laufen.</p></article></body></html>`;
    expect(meta(german, "https://hafen-nachrichten.com/faehre").publishedDay).toBe("2020-10-02");
  });

  it("counts unambiguous dates of every separator, in meta tags and the URL too", () => {
    const facts = (text: string) => ({
      datedTexts: [{ text, before: "", order: 1, ancestry: "" }],
      datedElements: [],
      times: [],
    });
    expect(dayOrderOnPage(facts("25.03.2020"))).toBe("day-first");
    expect(dayOrderOnPage(facts("03-25-2020"))).toBe("month-first");
    expect(dayOrderOnPage(facts("13.2.20"))).toBeNull(); // a version or a score, not a date
    expect(dayOrderOnPage({ ...facts(""), metas: [{ key: "date", content: "25/03/2020" }] })).toBe(
      "day-first",
    );
    expect(dayOrderOnPage(facts(""), "https://example.com/archive/25-03-2020/ferry")).toBe("day-first");
  });
});

describe("JSON-LD inLanguage as the page's locale", () => {
  it("reads a page that states its language only in its article's JSON-LD", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"en-GB"}</script>';
    const m = meta(story("", ld), "https://harbour-news.com/ferry");
    expect(m.publishedDay).toBe("2020-10-02");
  });
});
