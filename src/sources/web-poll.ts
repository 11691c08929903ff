// One poll of a web source: a conditional GET of its feed or sitemap (If-None-Match /
// If-Modified-Since from the state kept in the store), parsed into the article links it lists. A
// sitemap index is followed one level down, to a bounded number of child sitemaps.
import { SitrepError } from "../errors.ts";
import { type FeedItem, parseFeed } from "./feed-parse.ts";
import type { PoliteFetch } from "./polite-fetcher.ts";
import type { SourceSpec } from "./source-spec.ts";

export interface WebPollResult {
  /** 200 with items, or 304 when nothing changed since the last poll. */
  readonly status: number;
  readonly items: readonly FeedItem[];
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** Child sitemaps read per poll of an index: news sites split by day, and the newest few hold the news. */
const MAX_CHILD_SITEMAPS = 20;

function decodeBody(body: Buffer, contentType: string | undefined): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== "utf8" ? charset : "utf-8").decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

export async function pollWebSource(
  spec: SourceSpec,
  previous: { etag: string | null; lastModified: string | null },
  fetch: PoliteFetch,
  options: { allowPrivate?: boolean } = {},
): Promise<WebPollResult> {
  if (!spec.url) throw new SitrepError("E_SOURCES_FILE", `source ${spec.name} has no url`);
  const allowPrivate = spec.allowPrivate || Boolean(options.allowPrivate);
  const headers: Record<string, string> = {};
  if (previous.etag) headers["if-none-match"] = previous.etag;
  if (previous.lastModified) headers["if-modified-since"] = previous.lastModified;
  const r = await fetch(spec.url, { kind: "feed", allowPrivate, maxBytes: spec.maxBytes, headers });
  if (r.status === 304)
    return { status: 304, items: [], etag: previous.etag, lastModified: previous.lastModified };
  const feed = parseFeed(decodeBody(r.body, r.headers["content-type"]), r.url);
  let items = feed.items;
  if (feed.format === "sitemap-index") {
    const children: FeedItem[] = [];
    for (const child of feed.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
      const c = await fetch(child, { kind: "feed", allowPrivate, maxBytes: spec.maxBytes });
      children.push(...parseFeed(decodeBody(c.body, c.headers["content-type"]), c.url).items);
    }
    items = children;
  }
  return {
    status: r.status,
    items,
    etag: r.headers.etag ?? null,
    lastModified: r.headers["last-modified"] ?? null,
  };
}
