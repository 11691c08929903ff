// Every feed format yields its article links; hostile XML ends in a coded error, quickly.
import { describe, expect, it } from "vitest";
import { MAX_FEED_ITEMS, parseFeed } from "../../src/sources/index.ts";

const BASE = "https://news.example/feed";

describe("parseFeed", () => {
  it("reads RSS 2.0 (relative links, guid permalinks, escaped titles)", () => {
    const f = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
      <item><title>Talks &amp; trade</title><link>/a/1</link><pubDate>Tue, 16 Jun 2020 10:00:00 GMT</pubDate></item>
      <item><title>Two</title><guid isPermaLink="true">https://news.example/a/2</guid></item>
      <item><title>No link</title><guid isPermaLink="false">tag:1</guid></item>
      </channel></rss>`,
      BASE,
    );
    expect(f.format).toBe("rss");
    expect(f.items).toEqual([
      { url: "https://news.example/a/1", title: "Talks & trade", published: "Tue, 16 Jun 2020 10:00:00 GMT" },
      { url: "https://news.example/a/2", title: "Two", published: null },
    ]);
  });

  it("reads Atom, RDF and JSON Feed", () => {
    const atom = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
       <link rel="self" href="https://news.example/self"/><link rel="alternate" href="https://news.example/a"/>
       <updated>2020-06-16T10:00:00Z</updated></entry></feed>`,
      BASE,
    );
    expect(atom.items).toEqual([
      { url: "https://news.example/a", title: "A", published: "2020-06-16T10:00:00Z" },
    ]);
    const rdf = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/"><item rdf:about="https://news.example/r">
        <title>R</title><link>https://news.example/r</link><dc:date>2020-06-16</dc:date></item></rdf:RDF>`,
      BASE,
    );
    expect(rdf.items).toEqual([{ url: "https://news.example/r", title: "R", published: "2020-06-16" }]);
    const json = parseFeed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        items: [{ id: "1", url: "/j", title: "J" }],
      }),
      BASE,
    );
    expect(json.items).toEqual([{ url: "https://news.example/j", title: "J", published: null }]);
  });

  it("reads news sitemaps and sitemap indexes", () => {
    const map = parseFeed(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
       <url><loc>https://news.example/s1</loc><news:news><news:title>S1</news:title>
       <news:publication_date>2020-06-16T10:00:00Z</news:publication_date></news:news></url></urlset>`,
      BASE,
    );
    expect(map.items).toEqual([
      { url: "https://news.example/s1", title: "S1", published: "2020-06-16T10:00:00Z" },
    ]);
    const index = parseFeed(
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/m1.xml</loc></sitemap></sitemapindex>`,
      BASE,
    );
    expect(index).toEqual({ format: "sitemap-index", items: [], sitemaps: ["https://news.example/m1.xml"] });
  });

  it("refuses entity declarations (billion laughs) without expanding them", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`,
    ).join(
      "",
    )}]><rss><channel><item><title>&lol9;</title><link>https://x.example/</link></item></channel></rss>`;
    expect(() => parseFeed(lol, BASE)).toThrow(expect.objectContaining({ code: "E_FEED_ENTITIES" }));
  });

  it("refuses a feed of 100k items and malformed XML with their codes", () => {
    const items = "<item><link>https://x.example/a</link></item>".repeat(100_000);
    expect(100_000).toBeGreaterThan(MAX_FEED_ITEMS);
    expect(() => parseFeed(`<rss><channel>${items}</channel></rss>`, BASE)).toThrow(
      expect.objectContaining({ code: "E_FEED_TOO_MANY_ITEMS" }),
    );
    expect(() => parseFeed("<rss><channel><item></channel></rss>", BASE)).toThrow(
      expect.objectContaining({ code: "E_FEED_PARSE" }),
    );
    expect(() => parseFeed("<html><body>not a feed</body></html>", BASE)).toThrow(
      expect.objectContaining({ code: "E_FEED_PARSE" }),
    );
    expect(() => parseFeed("{not json", BASE)).toThrow(expect.objectContaining({ code: "E_FEED_PARSE" }));
  });
});
