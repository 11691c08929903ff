// The fetcher every source uses: safeFetch plus politeness. robots.txt is fetched once per origin
// and cached (RFC 9309: up to 24 h; we keep it 1 h so rule changes take effect the same day); each
// host gets at most `perHost` requests at a time, started at least `minDelayMs` apart (or the
// robots.txt Crawl-delay when larger); a 429/503 with Retry-After holds the whole host back. The
// per-host limits live in a gate (host-gate.ts): this process's own, or Redis shared by all workers.
import robotsParserModule from "robots-parser";
import { createMemoryHostGate, type HostGate } from "./host-gate.ts";
import { FetchError, type FetchKind, type FetchOptions, type FetchResult, safeFetch } from "./safe-fetch.ts";

// robots-parser is CommonJS (`module.exports = fn`) with typings that declare an ES default: under
// NodeNext the default import is the function at run time, so its type is taken from the typings.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

export interface PoliteFetcherOptions {
  /** Contact URL or address for the User-Agent, so site owners can reach whoever runs the watcher. */
  readonly contact?: string | null;
  /** Requests in flight per host: 1-2 is the usual courtesy. */
  readonly perHost?: number;
  /** Minimum time between request starts to one host. */
  readonly minDelayMs?: number;
  /** Where the per-host limits are kept; defaults to this process (createRedisHostGate shares them). */
  readonly gate?: HostGate;
  /** Fetch options passed through to safeFetch (timeouts, resolver, address policy). */
  readonly fetch?: Omit<FetchOptions, "kind" | "allowPrivate" | "maxBytes" | "headers" | "userAgent">;
  readonly now?: () => number;
}

export interface PoliteFetchRequest {
  readonly kind: FetchKind;
  readonly allowPrivate: boolean;
  readonly maxBytes?: number | null;
  readonly headers?: Readonly<Record<string, string>>;
}

export type PoliteFetch = (url: string, request: PoliteFetchRequest) => Promise<FetchResult>;

/** Defaults: one request a second per host, two at most in flight. */
export const POLITENESS_DEFAULTS = { perHost: 2, minDelayMs: 1000 } as const;
const ROBOTS_TTL_MS = 60 * 60_000;
/** A Crawl-delay above this is treated as this: a site asking for minutes per page is not served live. */
const MAX_CRAWL_DELAY_MS = 30_000;
/** robots.txt past 500 KiB is ignored beyond that point (RFC 9309 §2.5 asks crawlers to read at least 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024;

interface RobotsEntry {
  readonly fetchedAt: number;
  readonly isAllowed: (url: string) => boolean;
  readonly crawlDelayMs: number;
}

export function userAgentFor(contact: string | null | undefined): string {
  return contact ? `Sitrep/0.1 (+${contact})` : "Sitrep/0.1 (+https://github.com/sitrep-project/sitrep)";
}

export function createPoliteFetcher(options: PoliteFetcherOptions = {}): PoliteFetch {
  const perHost = options.perHost ?? POLITENESS_DEFAULTS.perHost;
  const minDelayMs = options.minDelayMs ?? POLITENESS_DEFAULTS.minDelayMs;
  const now = options.now ?? Date.now;
  const userAgent = userAgentFor(options.contact);
  const agentToken = "Sitrep";
  const gate = options.gate ?? createMemoryHostGate(perHost, now);
  const robots = new Map<string, Promise<RobotsEntry>>();

  async function gated(url: URL, request: PoliteFetchRequest, delayMs: number): Promise<FetchResult> {
    const release = await gate.acquire(url.host, delayMs);
    try {
      return await safeFetch(url.href, {
        ...options.fetch,
        kind: request.kind,
        allowPrivate: request.allowPrivate,
        userAgent,
        ...(request.maxBytes ? { maxBytes: request.maxBytes } : {}),
        ...(request.headers ? { headers: request.headers } : {}),
      });
    } catch (error) {
      if (error instanceof FetchError && error.retryAfterMs)
        await gate.holdFor(url.host, error.retryAfterMs).catch(() => {});
      throw error;
    } finally {
      release();
    }
  }

  async function loadRobots(origin: URL, allowPrivate: boolean): Promise<RobotsEntry> {
    const robotsUrl = new URL("/robots.txt", origin).href;
    try {
      const r = await gated(
        new URL(robotsUrl),
        { kind: "robots", allowPrivate, maxBytes: ROBOTS_MAX_BYTES },
        minDelayMs,
      );
      const parsed = robotsParser(robotsUrl, r.body.toString("utf8"));
      const delay = Math.min(MAX_CRAWL_DELAY_MS, (parsed.getCrawlDelay(agentToken) ?? 0) * 1000);
      return {
        fetchedAt: now(),
        isAllowed: (u) => parsed.isAllowed(u, agentToken) !== false,
        crawlDelayMs: delay,
      };
    } catch (error) {
      // RFC 9309 §2.3.1.3: a 4xx robots.txt means no rules. Anything else (5xx, network, a refused
      // address) propagates: the fetch is retried later rather than made against unknown rules.
      if (error instanceof FetchError && error.status !== null && error.status >= 400 && error.status < 500)
        return { fetchedAt: now(), isAllowed: () => true, crawlDelayMs: 0 };
      if (error instanceof FetchError && error.code === "E_FETCH_CONTENT_TYPE")
        return { fetchedAt: now(), isAllowed: () => true, crawlDelayMs: 0 };
      throw error;
    }
  }

  async function robotsFor(url: URL, allowPrivate: boolean): Promise<RobotsEntry> {
    const key = url.origin;
    const cached = robots.get(key);
    if (cached) {
      const entry = await cached.catch(() => null);
      if (entry && now() - entry.fetchedAt < ROBOTS_TTL_MS) return entry;
    }
    // Set before the first await, so concurrent fetches to one origin share one robots.txt request.
    const loading = loadRobots(url, allowPrivate);
    robots.set(key, loading);
    loading.catch(() => robots.delete(key));
    return loading;
  }

  return async (address, request) => {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new FetchError("E_URL_SCHEME", `"${address}" is not a URL`, address);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new FetchError("E_URL_SCHEME", `${url.protocol} is not fetched`, address);
    const rules = await robotsFor(url, request.allowPrivate);
    if (!rules.isAllowed(url.href))
      throw new FetchError(
        "E_ROBOTS_DISALLOWED",
        `robots.txt of ${url.host} disallows ${url.pathname}`,
        address,
      );
    return gated(url, request, Math.max(minDelayMs, rules.crawlDelayMs));
  };
}
