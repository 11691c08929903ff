// Answers of read routes kept per store generation: a dashboard's panels and many clients asking the
// same question reuse the serialised answer until the events change. The generation is read from
// the store on every request (one indexed row), so a write by any process (a worker, another API
// process) retires every cached answer at once; nothing is ever served from an older state of the
// store than the one the request saw begin. Routes opt in with `config: { cache: true }`.
//
// A hit costs no validation, no query and no serialisation: the check runs in the route's onRequest
// hooks, after access control and rate limits, keyed by the route and its query string
// normalised (parameters sorted by name, so `a=1&b=2` and `b=2&a=1` share an answer). Only a 200
// answer is kept, so a key can only exist for a query that passed validation; a first request with
// a bad parameter still reaches the schema and gets its 400. Answers are kept as bytes, gzipped
// once when a client accepts it, and tagged with an ETag (a hash of the bytes) so a client that
// already holds them gets a 304 with no body, also across generations when the answer did not change.
// Identical misses arriving together (50 clients asking the same question just after a write retired
// its answer) share one store query: the first computes, the others wait for its bytes and are
// served them as hits ("coalesced"); if it ends without a 200, each runs its own.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Store } from "../store/index.ts";

export interface ResponseCacheOptions {
  /** Answers kept at most (least recently used are dropped first). */
  readonly maxEntries: number;
  /** Total bytes of kept answers (plain and gzipped) at most. */
  readonly maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { maxEntries: 1000, maxBytes: 64 * 1024 * 1024 };

/** Answers shorter than this are sent as they are: gzip would save less than its headers cost. */
const GZIP_MIN_BYTES = 1024;

interface Entry {
  readonly body: Buffer;
  gzipped: Buffer | null;
  readonly type: string;
  readonly etag: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** `generation key` of a cacheable read answered by its route (a miss). */
    responseCacheKey?: string;
    /** Settles the identical misses waiting on this one (with its entry, or null without one). */
    responseCacheSettle?: (entry: Entry | null) => void;
  }
  interface FastifyContextConfig {
    /** The route's answers may be kept per store generation (GET only). */
    cache?: boolean;
  }
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  notModified: number;
  /** Misses answered by an identical request's query already under way. */
  coalesced: number;
}

/**
 * The cache key of a request: the UTC day (answers relative to today, such as hotspots' default
 * window, change at midnight without any write), the path and the query sorted by parameter name
 * (a stable sort: repeated parameters keep their order).
 */
export function responseCacheKey(url: string, today: string): string {
  const q = url.indexOf("?");
  if (q < 0) return `${today} ${url}`;
  const params = new URLSearchParams(url.slice(q + 1));
  params.sort();
  return `${today} ${url.slice(0, q)}?${params.toString()}`;
}

const etagOf = (body: Buffer) => `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;

/** True when the If-None-Match header names this ETag (a list, weak or strong, or `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

const acceptsGzip = (request: FastifyRequest) => /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");

export function registerResponseCache(
  app: FastifyInstance,
  store: Store,
  options: ResponseCacheOptions,
): ResponseCacheStats {
  const entries = new Map<string, Entry>();
  const stats: ResponseCacheStats = { hits: 0, misses: 0, notModified: 0, coalesced: 0 };
  // Misses under way, by `generation key`: identical requests wait for the first one's entry.
  const pending = new Map<string, Promise<Entry | null>>();
  let generation = -1;
  let bytes = 0;
  const size = (e: Entry) => e.body.length + (e.gzipped?.length ?? 0);

  const evict = () => {
    for (const [old, entry] of entries) {
      if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
      entries.delete(old);
      bytes -= size(entry);
    }
  };

  /** Sends kept bytes: 304 when the client holds them, gzipped when it accepts that. */
  const sendEntry = (request: FastifyRequest, reply: FastifyReply, entry: Entry, cache: "hit" | "miss") => {
    reply.header("etag", entry.etag).header("vary", "accept-encoding").header("x-sitrep-cache", cache);
    if (matches(request.headers["if-none-match"], entry.etag)) {
      stats.notModified++;
      return reply.code(304).send();
    }
    reply.header("content-type", entry.type);
    if (entry.body.length >= GZIP_MIN_BYTES && acceptsGzip(request)) {
      if (!entry.gzipped) {
        entry.gzipped = gzipSync(entry.body, { level: 6 });
        bytes += entry.gzipped.length;
        evict();
      }
      return reply.header("content-encoding", "gzip").send(entry.gzipped);
    }
    return reply.send(entry.body);
  };

  // Normalised keys of the query strings seen lately: parsing and sorting a query costs more than
  // the rest of a hit. Bounded: emptied when full.
  const normalised = new Map<string, string>();
  const keyOf = (url: string, today: string) => {
    const memo = `${today} ${url}`;
    let key = normalised.get(memo);
    if (key === undefined) {
      if (normalised.size >= 10_000) normalised.clear();
      key = responseCacheKey(url, today);
      normalised.set(memo, key);
    }
    return key;
  };

  // The UTC day, formatted once a second rather than once a request.
  let day = { value: "", until: 0 };
  const today = () => {
    const now = Date.now();
    if (now >= day.until)
      day = { value: new Date(now).toISOString().slice(0, 10), until: now - (now % 1000) + 1000 };
    return day.value;
  };

  const lookup = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== "GET") return;
    const current = await store.generation();
    if (current !== generation) {
      entries.clear();
      bytes = 0;
      generation = current;
    }
    const key = keyOf(request.url, today());
    const hit = entries.get(key);
    if (hit) {
      stats.hits++;
      // Most recently used last: eviction walks the map from the oldest.
      entries.delete(key);
      entries.set(key, hit);
      return sendEntry(request, reply, hit, "hit");
    }
    const tagged = `${current} ${key}`;
    const underWay = pending.get(tagged);
    if (underWay) {
      const entry = await underWay;
      if (entry) {
        stats.coalesced++;
        return sendEntry(request, reply, entry, "hit");
      }
    }
    stats.misses++;
    request.responseCacheKey = tagged;
    if (!underWay) {
      let settle!: (entry: Entry | null) => void;
      pending.set(tagged, new Promise((resolve) => (settle = resolve)));
      request.responseCacheSettle = (entry) => {
        pending.delete(tagged);
        settle(entry);
      };
    }
  };
  // Whatever ended the request (an error, a 304, a closed socket), nobody waits on it any longer.
  const release = async (request: FastifyRequest) => {
    request.responseCacheSettle?.(null);
    request.responseCacheSettle = undefined;
  };
  app.addHook("onResponse", release);
  app.addHook("onRequestAbort", release);
  // A route-level onRequest hook, added after the ones registered before (rate limits add theirs
  // the same way), so a cached answer is only given to a request that would have been answered.
  app.addHook("onRoute", (route) => {
    if (route.method !== "GET" && !(Array.isArray(route.method) && route.method.includes("GET"))) return;
    if ((route.config as { cache?: boolean } | undefined)?.cache !== true) return;
    const own = route.onRequest;
    route.onRequest = [...(own ? [own].flat() : []), lookup];
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const tagged = request.responseCacheKey;
    if (!tagged || reply.statusCode !== 200 || typeof payload !== "string") return payload;
    request.responseCacheKey = undefined;
    const body = Buffer.from(payload);
    const entry: Entry = {
      body,
      gzipped: null,
      type: String(reply.getHeader("content-type") ?? "application/json"),
      etag: etagOf(body),
    };
    const space = tagged.indexOf(" ");
    const key = tagged.slice(space + 1);
    request.responseCacheSettle?.(entry);
    request.responseCacheSettle = undefined;
    // A write during the query: the answer may be newer than its generation, which is safe to
    // serve for that generation, but the cache has moved on (cleared); keep nothing.
    if (
      Number(tagged.slice(0, space)) === generation &&
      body.length <= options.maxBytes / 4 &&
      !entries.has(key)
    ) {
      entries.set(key, entry);
      bytes += body.length;
      evict();
    }
    reply.header("etag", entry.etag).header("vary", "accept-encoding").header("x-sitrep-cache", "miss");
    if (matches(request.headers["if-none-match"], entry.etag)) {
      stats.notModified++;
      reply.code(304);
      return "";
    }
    if (body.length >= GZIP_MIN_BYTES && acceptsGzip(request)) {
      entry.gzipped = gzipSync(body, { level: 6 });
      if (entries.get(key) === entry) {
        bytes += entry.gzipped.length;
        evict();
      }
      reply.header("content-encoding", "gzip");
      return entry.gzipped;
    }
    return body;
  });
  return stats;
}
