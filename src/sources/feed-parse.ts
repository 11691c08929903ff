// Feeds and sitemaps → the article links they list. RSS 2.0, Atom, RDF (RSS 1.0), JSON Feed,
// sitemaps (with <news:news>) and sitemap indexes. XML goes through fast-xml-parser with entity
// processing off; a DOCTYPE that declares entities is refused before parsing (the billion-laughs
// shape), and the item count is checked on the raw text before any object is built.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SitrepError } from "../errors.ts";

export interface FeedItem {
  /** Absolute http(s) URL of the article. */
  readonly url: string;
  readonly title: string | null;
  /** As the feed states it (RFC 822 or ISO 8601); the extractor reads the page's own date. */
  readonly published: string | null;
}

export interface ParsedFeed {
  readonly format: "rss" | "atom" | "rdf" | "json" | "sitemap" | "sitemap-index";
  readonly items: readonly FeedItem[];
  /** Child sitemaps of a sitemap index. */
  readonly sitemaps: readonly string[];
}

/** The sitemap protocol's own cap on URLs per file (sitemaps.org); no real feed comes near it. */
export const MAX_FEED_ITEMS = 50_000;

const ITEM_TAG = /<(?:item|entry|url|sitemap)[\s>/]/gi;

function countMatches(text: string, re: RegExp, stopAt: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) && n <= stopAt) n++;
  return n;
}

const asArray = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** The text of a parsed node: a string, a number, or an object with #text (attributes present). */
function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && "#text" in (v as object)) return text((v as Record<string, unknown>)["#text"]);
  return null;
}

function absoluteHttp(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

function atomLink(links: unknown): string | null {
  const all = asArray(links as Record<string, unknown> | Record<string, unknown>[]);
  const pick = all.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? all[0];
  return pick ? ((pick["@_href"] as string | undefined) ?? text(pick)) : null;
}

function parseJsonFeed(body: string, base: string): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new SitrepError("E_FEED_PARSE", `not valid JSON: ${(error as Error).message}`);
  }
  const items = (json as { items?: unknown }).items;
  if (!Array.isArray(items)) throw new SitrepError("E_FEED_PARSE", 'a JSON Feed needs an "items" list');
  if (items.length > MAX_FEED_ITEMS) throw new SitrepError("E_FEED_TOO_MANY_ITEMS", `${items.length} items`);
  const out: FeedItem[] = [];
  for (const item of items as Record<string, unknown>[]) {
    const url = absoluteHttp(text(item?.url) ?? text(item?.external_url), base);
    if (url) out.push({ url, title: text(item.title), published: text(item.date_published) });
  }
  return { format: "json", items: out, sitemaps: [] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Decodes the five predefined XML entities and numeric references (entity processing is off). */
function decodeXmlText(s: string | null): string | null {
  if (!s) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k[0] === "#") {
      const cp = k[1] === "x" ? Number.parseInt(k.slice(2), 16) : Number.parseInt(k.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[k]!;
  });
}

/**
 * Parses a feed or sitemap body. `base` resolves relative links. Throws coded errors:
 * E_FEED_ENTITIES (entity declarations), E_FEED_TOO_MANY_ITEMS, E_FEED_PARSE.
 */
export function parseFeed(body: string, base: string): ParsedFeed {
  const head = body
    .slice(0, 512)
    .trimStart()
    .replace(/^\uFEFF/, "");
  if (head.startsWith("{")) return parseJsonFeed(body, base);
  if (/<!ENTITY/i.test(body)) throw new SitrepError("E_FEED_ENTITIES", "the document declares XML entities");
  const count = countMatches(body, ITEM_TAG, MAX_FEED_ITEMS);
  if (count > MAX_FEED_ITEMS)
    throw new SitrepError("E_FEED_TOO_MANY_ITEMS", `more than ${MAX_FEED_ITEMS} items`);
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new SitrepError("E_FEED_PARSE", `line ${valid.err.line}: ${valid.err.msg}`);
  const doc = parser.parse(body) as Record<string, Record<string, unknown>>;
  const link = (v: unknown) => absoluteHttp(decodeXmlText(text(v)), base);
  const title = (v: unknown) => decodeXmlText(text(v));
  if (doc.rss) {
    const channel = doc.rss.channel as Record<string, unknown> | undefined;
    const items = asArray(channel?.item as Record<string, unknown>[]).flatMap((i) => {
      const guid = i.guid as Record<string, unknown> | string | undefined;
      const permalink = typeof guid === "object" && guid?.["@_isPermaLink"] !== "false" ? text(guid) : null;
      const url = link(i.link) ?? link(permalink);
      return url ? [{ url, title: title(i.title), published: text(i.pubDate) ?? text(i.date) }] : [];
    });
    return { format: "rss", items, sitemaps: [] };
  }
  if (doc.feed) {
    const items = asArray(doc.feed.entry as Record<string, unknown>[]).flatMap((e) => {
      const url = link(atomLink(e.link));
      return url ? [{ url, title: title(e.title), published: text(e.published) ?? text(e.updated) }] : [];
    });
    return { format: "atom", items, sitemaps: [] };
  }
  if (doc.RDF) {
    const items = asArray(doc.RDF.item as Record<string, unknown>[]).flatMap((i) => {
      const url = link(i.link) ?? link(i["@_about"]);
      return url ? [{ url, title: title(i.title), published: text(i.date) }] : [];
    });
    return { format: "rdf", items, sitemaps: [] };
  }
  if (doc.urlset) {
    const urls = asArray(doc.urlset.url as Record<string, unknown>[]);
    const items = urls.flatMap((u) => {
      const url = link(u.loc);
      const news = u.news as Record<string, unknown> | undefined;
      return url
        ? [{ url, title: title(news?.title), published: text(news?.publication_date) ?? text(u.lastmod) }]
        : [];
    });
    return { format: "sitemap", items, sitemaps: [] };
  }
  if (doc.sitemapindex) {
    const sitemaps = asArray(doc.sitemapindex.sitemap as Record<string, unknown>[]).flatMap((s) => {
      const url = link(s.loc);
      return url ? [url] : [];
    });
    return { format: "sitemap-index", items: [], sitemaps };
  }
  throw new SitrepError("E_FEED_PARSE", "no <rss>, <feed>, <rdf:RDF>, <urlset> or <sitemapindex> root");
}
