// extractHtmlMetadata: title by agreement with the site name removed, authors, site name,
// canonical URL, declared language, page-type hints, date rules, and robustness. Pages are our own.
import { Document, Element, Text } from "domhandler";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import {
  extractHtmlMetadata,
  type HtmlMetadata,
  normalizeLang,
} from "../../../src/extract/html/meta-extract.ts";
import { stripSiteName } from "../../../src/extract/html/meta-title.ts";

const NOW = new Date("2024-01-01T00:00:00Z");

function meta(html: string, opts: { url?: string; fallbackDate?: string; now?: Date } = {}): HtmlMetadata {
  return extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { now: NOW, ...opts });
}

describe("title", () => {
  it("strips a site-name suffix named by og:site_name", () => {
    const m = meta(`<html><head><title>Ferry strike ends after six days | The Coastal Ledger</title>
      <meta property="og:site_name" content="The Coastal Ledger"></head><body></body></html>`);
    expect(m.title).toBe("Ferry strike ends after six days");
    expect(m.siteName).toBe("The Coastal Ledger");
  });

  it("strips a prefix or a suffix named after the domain", () => {
    expect(
      stripSiteName("Coastal Ledger - Ferry strike ends", null, "https://www.coastalledger.example/x"),
    ).toBe("Ferry strike ends");
    expect(stripSiteName("Ferry strike ends – COASTALLEDGER", null, "https://coastalledger.example/x")).toBe(
      "Ferry strike ends",
    );
  });

  it("keeps a title whose dash is part of the headline", () => {
    expect(stripSiteName("Port of Velmora - the quiet decade", null, null)).toBe(
      "Port of Velmora - the quiet decade",
    );
    expect(stripSiteName("Brexit: what happens next", "Ledger", null)).toBe("Brexit: what happens next");
  });

  it("prefers the headline the h1 agrees with over a rewritten meta title", () => {
    const m = meta(`<html><head><meta property="og:title" content="You won't believe what the dockers did">
      <title>Dockers reject pay offer | Ledger</title></head>
      <body><h1 class="logo">Ledger</h1><article><h1>Dockers reject pay offer</h1></article></body></html>`);
    expect(m.title).toBe("Dockers reject pay offer");
  });

  it("drops a trailing timestamp", () => {
    expect(stripSiteName("Heavy rain in the valley : 31.10.2023, 10.19 Uhr", null, null)).toBe(
      "Heavy rain in the valley",
    );
  });

  it("reads the JSON-LD headline and falls back to the h1", () => {
    expect(
      meta(
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tug fleet renewed"}</script>`,
      ).title,
    ).toBe("Tug fleet renewed");
    expect(meta("<body><h1>Only a heading</h1></body>").title).toBe("Only a heading");
    expect(meta("<body><p>No title at all</p></body>").title).toBeNull();
  });
});

describe("authors, site name, canonical URL, language, type hints", () => {
  it("reads authors from JSON-LD (names, not URLs)", () => {
    const m = meta(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"x","author":[{"@type":"Person","name":"Ana Ruiz"},
      {"@type":"Person","name":"Tomas Berg","url":"https://x.example/tb"}],
      "publisher":{"@type":"Organization","name":"Harbour Post"}}]}</script>`);
    expect(m.authors).toEqual(["Ana Ruiz", "Tomas Berg"]);
    expect(m.siteName).toBe("Harbour Post");
    expect(m.jsonLdTypes).toEqual(["newsarticle"]);
  });

  it("reads meta author, skips article:author URLs, splits 'and'", () => {
    const m = meta(`<head><meta property="article:author" content="https://facebook.example/ledger">
      <meta name="author" content="Ana Ruiz and Tomas Berg"></head>`);
    expect(m.authors).toEqual(["Ana Ruiz", "Tomas Berg"]);
  });

  it("falls back to a visible byline", () => {
    const m = meta(`<body><h1>Quay repairs</h1><div class="byline">By Lena Okafor and Sam Reid</div></body>`);
    expect(m.authors).toEqual(["Lena Okafor", "Sam Reid"]);
    const rel = meta(
      `<body><h1>Quay repairs</h1><p>Words: <a rel="author" href="/staff/ana">Ana Ruiz</a></p></body>`,
    );
    expect(rel.authors).toEqual(["Ana Ruiz"]);
  });

  it("resolves the canonical link against the page URL", () => {
    const m = meta(`<head><link rel="canonical" href="/news/quay-repairs"></head>`, {
      url: "https://ledger.example/amp/news/quay-repairs?utm=x",
    });
    expect(m.url).toBe("https://ledger.example/news/quay-repairs");
    expect(meta(`<head><meta property="og:url" content="https://ledger.example/a"></head>`).url).toBe(
      "https://ledger.example/a",
    );
    expect(meta(`<head><link rel="canonical" href="javascript:alert(1)"></head>`).url).toBeNull();
  });

  it("reads the declared language and normalizes it to ISO 639-1", () => {
    expect(meta(`<html lang="de-AT"><body></body></html>`).lang).toBe("de");
    expect(meta(`<head><meta http-equiv="content-language" content="fr"></head>`).lang).toBe("fr");
    expect(meta(`<head><meta property="og:locale" content="pt_BR"></head>`).lang).toBe("pt");
    expect(meta("<body><p>Undeclared</p></body>").lang).toBeNull();
    expect(normalizeLang("und")).toBeNull();
    expect(normalizeLang("not a tag")).toBeNull();
  });

  it("reports og:type and JSON-LD types for the page-type decision", () => {
    const m = meta(`<head><meta property="og:type" content="Website">
      <script type="application/ld+json">{"@type":"CollectionPage","name":"World"}</script></head>`);
    expect(m.ogType).toBe("website");
    expect(m.jsonLdTypes).toEqual(["collectionpage"]);
  });

  it("reads slightly broken JSON-LD (trailing commas, raw newlines)", () => {
    const m = meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Line
      break","datePublished":"2020-02-03",}</script>`);
    expect(m.publishedDay).toBe("2020-02-03");
  });
});

describe("dates", () => {
  it("rejects dates later than now and warns", () => {
    const m = meta(`<head><meta property="article:published_time" content="2030-05-01T10:00:00Z"></head>`);
    expect(m.publishedAt).toBeNull();
    expect(m.warnings.map((w) => w.code)).toContain("W_DATE_IN_FUTURE");
  });

  it("rejects implausibly early dates", () => {
    expect(meta(`<head><meta name="date" content="1850-01-01"></head>`).publishedAt).toBeNull();
  });

  it("marks day-only precision and keeps the offset the page states", () => {
    const day = meta(`<head><meta name="pubdate" content="2022-07-04"></head>`);
    expect([day.publishedAt, day.publishedPrecision]).toEqual(["2022-07-04T00:00:00Z", "day"]);
    const minute = meta(
      `<head><meta property="article:published_time" content="2022-07-04T09:30+05:30"></head>`,
    );
    expect([minute.publishedAt, minute.publishedPrecision, minute.publishedDay]).toEqual([
      "2022-07-04T09:30:00+05:30",
      "minute",
      "2022-07-04",
    ]);
    // Just after local midnight: the UTC day is the day before, the page's own day is kept.
    const early = meta(
      `<head><meta property="article:published_time" content="2020-04-02T04:11:00+05:30"></head>`,
    );
    expect(early.publishedAt).toBe("2020-04-02T04:11:00+05:30");
    expect(Date.parse(early.publishedAt!)).toBe(Date.parse("2020-04-01T22:41:00Z"));
  });

  it("states a UTC timestamp in the site's zone when the page or its country domain tells it", () => {
    const both = meta(
      `<head><meta property="article:published_time" content="2023-11-09T02:11:00Z">
      <meta property="article:modified_time" content="2023-11-08T22:00:00-05:00"></head>`,
    );
    expect([both.publishedAt, both.publishedDay]).toEqual(["2023-11-08T21:11:00-05:00", "2023-11-08"]);
  });

  it("takes the time of a stated date of the same day as the URL", () => {
    const m = meta(
      `<head><link rel="canonical" href="https://x.example/2022/03/12/bridge-repairs">
      <meta property="article:published_time" content="2022-03-12T08:30:00Z"></head>`,
    );
    expect([m.publishedAt, m.publishedPrecision]).toEqual(["2022-03-12T08:30:00Z", "second"]);
  });

  it("reads modifiedAt apart from publishedAt", () => {
    const m =
      meta(`<script type="application/ld+json">{"@type":"Article","datePublished":"2021-01-02T10:00:00Z",
      "dateModified":"2021-01-05T12:00:00Z"}</script>`);
    expect(m.publishedAt).toBe("2021-01-02T10:00:00Z");
    expect(m.modifiedAt).toBe("2021-01-05T12:00:00Z");
  });

  it("prefers the URL's date to a republished metadata date", () => {
    const m = meta(`<head><meta property="article:published_time" content="2021-06-01T10:00:00Z"></head>`, {
      url: "https://ledger.example/2019/05/07/quay-repairs",
    });
    expect(m.publishedDay).toBe("2019-05-07");
  });

  it("uses the fallback date only when the page has none", () => {
    expect(meta("<p>x</p>", { fallbackDate: "2020-03-04" }).publishedAt).toBe("2020-03-04T00:00:00Z");
    expect(meta("<p>x</p>", { fallbackDate: "2020-03-04" }).publishedPrecision).toBe("day");
    expect(
      meta(`<head><meta name="pubdate" content="2019-01-01"></head>`, { fallbackDate: "2020-03-04" })
        .publishedDay,
    ).toBe("2019-01-01");
    expect(meta("<p>x</p>", { fallbackDate: "soon" }).warnings.map((w) => w.code)).toContain(
      "W_DATE_INVALID",
    );
  });
});

describe("robustness", () => {
  it("handles 100,000-deep nesting without a stack overflow", () => {
    // Built directly: parsing such a page is the parser's cost (and limit), not this module's.
    let inner: Element = new Element("div", {}, [
      new Element("h1", {}, [new Text("Deep")]),
      new Element("time", { datetime: "2020-01-01" }, [new Text("x")]),
    ]);
    for (let i = 0; i < 100_000; i++) inner = new Element("div", {}, [inner]);
    const dom = new Document([inner]);
    for (let node: Element | null = inner; node; ) {
      for (const child of node.children) child.parent = node;
      node = node.children.find((c): c is Element => c instanceof Element && c.name === "div") ?? null;
    }
    const m = extractHtmlMetadata(dom, { now: NOW });
    expect(m.title).toBe("Deep");
    expect(m.publishedDay).toBe("2020-01-01");
  });

  it("handles empty documents, junk and unclosed tags", () => {
    expect(meta("").title).toBeNull();
    expect(() => meta("<html><head><title>Unclosed<meta content=\u0000\u0001><body><h1>x")).not.toThrow();
    expect(() => meta(`<script type="application/ld+json">{{{not json</script>`)).not.toThrow();
    expect(() =>
      meta(`<script type="application/ld+json">null</script><meta name="date" content="">`),
    ).not.toThrow();
  });

  it("reports a warning instead of throwing on a malformed tree", () => {
    const broken = { children: null } as unknown as Document;
    const m = extractHtmlMetadata(broken, { now: NOW });
    expect(m.title).toBeNull();
    expect(m.warnings.map((w) => w.code)).toEqual(["W_HTML_METADATA"]);
  });

  it("never throws on random tag soup", () => {
    const pieces = [
      "<meta name=date content=",
      "2021-13-45",
      "<time datetime=",
      "<h1>",
      "</h1>",
      "<script type='application/ld+json'>{",
      '"datePublished":',
      "<html lang=",
      "\u0000",
      "<title>",
      "]}",
      "Published:",
      "31.02.2020",
      "<a rel=author>",
      "&amp;#xFFFF;",
    ];
    let seed = 11;
    for (let round = 0; round < 200; round++) {
      let html = "";
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        html += pieces[seed % pieces.length];
      }
      const m = meta(html, { url: "https://x.example/2020/02/30/y" });
      expect(m.warnings.map((w) => w.code)).not.toContain("W_HTML_METADATA");
    }
  });

  it("stays fast on a large page", () => {
    const para = "<p>Harbour workers walked out on Tuesday after talks collapsed in 2021.</p>";
    const big = `<html><body><h1>Big</h1>${para.repeat(50_000)}</body></html>`;
    const m = meta(big);
    expect(m.title).toBe("Big");
  });
});

describe("day order and URL dates", () => {
  const page = (dates: string) =>
    `<html lang="en"><head><title>Harbour works</title></head><body><h1>Harbour works</h1>
    <p class="date">02/10/2020</p><p>The harbour works resume next week, the port said.</p>${dates}</body></html>`;

  it("reads a slashed date day-first when another date on the page can only be day-first", () => {
    // An English page on .com would read 02/10 month-first without that evidence.
    const m = meta(page(`<ul class="archive"><li>Older: 25/09/2020</li></ul>`), {
      url: "https://harbour.com/news/works",
      now: new Date("2024-01-01T00:00:00Z"),
    });
    expect(m.publishedDay).toBe("2020-10-02");
  });

  it("reads month-first on a country domain whose dates show month-first", () => {
    const m = meta(page(`<ul class="archive"><li>Older: 09/25/2020</li></ul>`), {
      url: "https://harbour.de/news/works",
    });
    expect(m.publishedDay).toBe("2020-02-10");
  });

  it("dates an undated page from its URL in the common forms", () => {
    const body = "<html><body><p>No date is written anywhere in this text at all.</p></body></html>";
    for (const url of [
      "https://x.example/2010/08/13/harbour-works",
      "https://x.example/news/20100813/harbour-works",
      "https://x.example/news/harbour-works-2010-08-13.html",
    ]) {
      expect(meta(body, { url }).publishedDay).toBe("2010-08-13");
    }
  });
});
