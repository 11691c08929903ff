// Answers of read routes kept per store generation: a dashboard's panels and many clients asking the
// same question reuse the serialized answer until the events change. The generation is read from
// the store on every request (one indexed row), so a write by any process (a worker, another API
// process) retires every cached answer at once; nothing is ever served from an older state of the
// store than the one the request saw begin. Routes opt in with `config: { cache: true }`; the
// check runs after access control, rate limits and schema validation, so a cached answer is only
// ever given to a request that would have been answered.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Store } from "../store/index.ts";

export interface ResponseCacheOptions {
  /** Answers kept at most (least recently used are dropped first). */
  readonly maxEntries: number;
  /** Total bytes of kept answers at most. */
  readonly maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { maxEntries: 1000, maxBytes: 64 * 1024 * 1024 };

interface Entry {
  readonly body: string;
  readonly type: string;
}

declare module "fastify" {
  interface FastifyRequest {
    responseCacheKey?: string;
  }
  interface FastifyContextConfig {
    /** The route's answers may be kept per store generation (GET only). */
    cache?: boolean;
  }
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
}

export function registerResponseCache(
  app: FastifyInstance,
  store: Store,
  options: ResponseCacheOptions,
): ResponseCacheStats {
  const entries = new Map<string, Entry>();
  const stats: ResponseCacheStats = { hits: 0, misses: 0 };
  let generation = -1;
  let bytes = 0;

  const cacheable = (request: FastifyRequest) =>
    request.method === "GET" && request.routeOptions.config?.cache === true;

  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    const current = await store.generation();
    if (current !== generation) {
      entries.clear();
      bytes = 0;
      generation = current;
    }
    // The day is part of the key: answers relative to today (hotspots' default window) change at
    // midnight UTC without any write.
    const key = `${new Date().toISOString().slice(0, 10)} ${request.url}`;
    const hit = entries.get(key);
    if (hit) {
      stats.hits++;
      entries.delete(key);
      entries.set(key, hit);
      return reply.header("content-type", hit.type).header("x-sitrep-cache", "hit").send(hit.body);
    }
    stats.misses++;
    request.responseCacheKey = `${current} ${key}`;
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const tagged = request.responseCacheKey;
    if (!tagged || reply.statusCode !== 200 || typeof payload !== "string") return payload;
    const space = tagged.indexOf(" ");
    // A write during the query: the answer may be newer than its generation, which is safe to
    // serve for that generation, but the cache has moved on (cleared); keep nothing.
    if (Number(tagged.slice(0, space)) !== generation) return payload;
    if (payload.length > options.maxBytes / 4) return payload;
    const key = tagged.slice(space + 1);
    if (entries.has(key)) return payload;
    entries.set(key, { body: payload, type: String(reply.getHeader("content-type") ?? "application/json") });
    bytes += payload.length;
    for (const [old, entry] of entries) {
      if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
      entries.delete(old);
      bytes -= entry.body.length;
    }
    reply.header("x-sitrep-cache", "miss");
    return payload;
  });
  return stats;
}
