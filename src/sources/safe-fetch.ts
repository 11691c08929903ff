// The one way Sitrep fetches from the web, safe by default: http(s) only, every DNS answer checked
// against the SSRF guard before connecting (and the connection pinned to the checked address, so a
// second DNS answer cannot swap it), the same checks again on every redirect (at most 5), connect
// and total timeouts, a size cap enforced while streaming and again after gzip/deflate/br
// decompression, and content types checked. Built on Node's own http/https: undici 8 needs Node 22.
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { type ErrorCode, SitrepError } from "../errors.ts";
import { blockedAddressReason } from "./address-guard.ts";
import { observableNow, setObservableTimeout } from "./stall-clock.ts";

/** What the response must look like: feeds (XML or JSON), article pages (HTML or text), robots.txt. */
export type FetchKind = "feed" | "page" | "robots";

export interface FetchOptions {
  readonly kind: FetchKind;
  readonly allowPrivate?: boolean;
  /** Cap on the body, counted on the wire and again after decompression. */
  readonly maxBytes?: number;
  readonly connectTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since. */
  readonly headers?: Readonly<Record<string, string>>;
  /** DNS resolution, injectable so tests can make a name resolve to any address. */
  readonly resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
  /** Why an address is refused (null: allowed). Defaults to the SSRF guard; `allowPrivate` turns it off. */
  readonly addressPolicy?: (ip: string) => string | null;
}

export interface FetchResult {
  /** 200-299, or 304 when the conditional request found nothing new. */
  readonly status: number;
  /** The address after redirects. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** A fetch that failed with a code; `retryable` errors are tried again later with backoff. */
export class FetchError extends SitrepError {
  readonly retryable: boolean;
  readonly status: number | null;
  /** The server's Retry-After, when it sent one. */
  readonly retryAfterMs: number | null;

  constructor(
    code: ErrorCode,
    detail: string,
    url: string,
    extra: { retryable?: boolean; status?: number; retryAfterMs?: number | null } = {},
  ) {
    super(code, detail, url);
    this.retryable = extra.retryable ?? false;
    this.status = extra.status ?? null;
    this.retryAfterMs = extra.retryAfterMs ?? null;
  }
}

/** Defaults: feeds and pages of news sites are far below these; each is a cap, not a target. */
export const FETCH_DEFAULTS = {
  /** 50 MB: the sitemap protocol's own cap on an uncompressed sitemap file. */
  maxBytes: 50 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  /** The limit; browsers allow 20, but a feed that needs more than 5 hops is misconfigured. */
  maxRedirects: 5,
} as const;

export const SITREP_USER_AGENT = "Sitrep/0.1 (+https://github.com/sitrep-project/sitrep)";

/** Content types each kind accepts; a missing Content-Type is let through to the parsers. */
const ACCEPTED: Record<FetchKind, RegExp> = {
  feed: /^(?:text\/xml|application\/(?:[\w.+-]+\+)?xml|application\/(?:feed\+)?json|text\/plain|text\/html|application\/x-gzip|application\/gzip)\b/i,
  page: /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i,
  robots: /^text\/plain\b/i,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Retry-After as seconds or an HTTP date → milliseconds from now (bounded below by 0). */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function checkedAddress(
  url: URL,
  policy: ((ip: string) => string | null) | null,
  resolve: NonNullable<FetchOptions["resolve"]>,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new FetchError(
        "E_FETCH_NETWORK",
        `cannot resolve ${host}: ${(error as Error).message}`,
        url.href,
        {
          retryable: true,
        },
      );
    }
  }
  if (!addresses.length) throw new FetchError("E_FETCH_NETWORK", `${host} has no address`, url.href);
  if (policy) {
    // Every answer is checked: a name with one public and one private address is refused.
    for (const a of addresses) {
      const why = policy(a.address);
      if (why) throw new FetchError("E_URL_PRIVATE", `${host} resolves to ${a.address} (${why})`, url.href);
    }
  }
  return addresses[0]!;
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** Reads a body, counting bytes on the wire and after decoding; over the cap it stops at once. */
function readCapped(
  res: http.IncomingMessage,
  maxBytes: number,
  url: string,
  abort: (error: Error) => void,
): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const tooLarge = (n: number, where: string) =>
      new FetchError("E_FETCH_TOO_LARGE", `${where} passed ${maxBytes} bytes (at ${n})`, url);
    let wire = 0;
    res.on("data", (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) abort(tooLarge(wire, "the response"));
    });
    const decoder = decoderFor(res.headers["content-encoding"]);
    const stream: Readable = decoder ? res.pipe(decoder) : res;
    const chunks: Buffer[] = [];
    let decoded = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      decoder?.destroy();
      reject(error);
    };
    stream.on("data", (chunk: Buffer) => {
      decoded += chunk.length;
      if (decoded > maxBytes) {
        const error = tooLarge(decoded, "the decompressed body");
        abort(error);
        fail(error);
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => {
      if (!failed) resolveBody(Buffer.concat(chunks));
    });
    stream.on("error", (error) =>
      fail(
        error instanceof SitrepError
          ? error
          : new FetchError("E_FETCH_NETWORK", `body: ${error.message}`, url, { retryable: true }),
      ),
    );
    res.on("error", (error) =>
      fail(
        error instanceof SitrepError
          ? error
          : new FetchError("E_FETCH_NETWORK", `body: ${error.message}`, url, { retryable: true }),
      ),
    );
  });
}

interface Hop {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer | null;
}

/** One request to one checked address; redirects are returned, not followed. */
function requestOnce(
  url: URL,
  pinned: { address: string; family: number },
  opts: Required<Omit<FetchOptions, "resolve" | "headers" | "addressPolicy">> & {
    headers: Record<string, string>;
  },
  deadline: number,
): Promise<Hop> {
  return new Promise((resolveHop, reject) => {
    const lookup: LookupFunction = (_host, options, callback) => {
      if ((options as { all?: boolean }).all) {
        (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
      } else callback(null, pinned.address, pinned.family);
    };
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const finish = (error: Error | null, hop?: Hop) => {
      if (settled) return;
      settled = true;
      totalTimer.clear();
      connectTimer.clear();
      if (error) {
        req.destroy();
        reject(error);
      } else resolveHop(hop!);
    };
    const req = client.request(
      url,
      {
        method: "GET",
        lookup,
        agent: false,
        headers: {
          "user-agent": opts.userAgent,
          "accept-encoding": "gzip, deflate, br",
          accept:
            opts.kind === "feed"
              ? "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
              : opts.kind === "page"
                ? "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"
                : "text/plain",
          ...opts.headers,
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status) || status === 304 || status >= 400) {
          res.resume();
          finish(null, { status, headers: res.headers, body: null });
          return;
        }
        const declared = Number(res.headers["content-length"]);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          finish(
            new FetchError("E_FETCH_TOO_LARGE", `Content-Length ${declared} > ${opts.maxBytes}`, url.href),
          );
          return;
        }
        const type = res.headers["content-type"];
        if (type && !ACCEPTED[opts.kind].test(type)) {
          finish(new FetchError("E_FETCH_CONTENT_TYPE", `${opts.kind} served as ${type}`, url.href));
          return;
        }
        readCapped(res, opts.maxBytes, url.href, (error) => finish(error)).then(
          (body) => finish(null, { status, headers: res.headers, body }),
          (error: Error) => finish(error),
        );
      },
    );
    const timeout = (what: string) =>
      finish(new FetchError("E_FETCH_TIMEOUT", what, url.href, { retryable: true }));
    // Observable time (stall-clock.ts): a loop busy coding another page does not time this one out.
    const totalTimer = setObservableTimeout(
      () => timeout(`no complete answer within ${opts.totalTimeoutMs} ms`),
      Math.max(0, deadline - observableNow()),
    );
    const connectTimer = setObservableTimeout(
      () => timeout(`no connection within ${opts.connectTimeoutMs} ms`),
      opts.connectTimeoutMs,
    );
    req.on("socket", (socket) => {
      const connected = () => connectTimer.clear();
      if (!socket.connecting) connected();
      socket.once(url.protocol === "https:" ? "secureConnect" : "connect", connected);
    });
    req.on("error", (error) =>
      finish(
        error instanceof SitrepError
          ? error
          : new FetchError("E_FETCH_NETWORK", error.message, url.href, { retryable: true }),
      ),
    );
    req.end();
  });
}

const defaultResolve = (host: string) => dnsLookup(host, { all: true, verbatim: true });

/**
 * GETs a URL with every guard on. Resolves with status 2xx (body read) or 304 (no body); throws a
 * FetchError with a code otherwise: E_URL_SCHEME, E_URL_PRIVATE, E_FETCH_REDIRECTS, E_FETCH_TOO_LARGE,
 * E_FETCH_TIMEOUT, E_FETCH_NETWORK, E_FETCH_HTTP (429/5xx retryable, with Retry-After), E_FETCH_CONTENT_TYPE.
 */
export async function safeFetch(address: string, options: FetchOptions): Promise<FetchResult> {
  const opts = {
    kind: options.kind,
    allowPrivate: options.allowPrivate ?? false,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    connectTimeoutMs: options.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    userAgent: options.userAgent ?? SITREP_USER_AGENT,
    headers: { ...(options.headers ?? {}) },
  };
  const resolve = options.resolve ?? defaultResolve;
  const policy = opts.allowPrivate ? null : (options.addressPolicy ?? blockedAddressReason);
  const deadline = observableNow() + opts.totalTimeoutMs;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError("E_URL_SCHEME", `"${address}" is not a URL`, address);
  }
  for (let hops = 0; ; hops++) {
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new FetchError("E_URL_SCHEME", `${url.protocol} is not fetched`, url.href);
    const pinned = await checkedAddress(url, policy, resolve);
    const hop = await requestOnce(url, pinned, opts, deadline);
    if (REDIRECTS.has(hop.status)) {
      const location = hop.headers.location;
      if (!location) throw new FetchError("E_FETCH_HTTP", `${hop.status} without Location`, url.href);
      if (hops + 1 > opts.maxRedirects)
        throw new FetchError("E_FETCH_REDIRECTS", `more than ${opts.maxRedirects} redirects`, address);
      url = new URL(location, url);
      // Conditional headers belong to the first address only.
      delete opts.headers["if-none-match"];
      delete opts.headers["if-modified-since"];
      continue;
    }
    if (hop.status >= 400) {
      const retryable = hop.status === 429 || hop.status >= 500;
      throw new FetchError("E_FETCH_HTTP", `HTTP ${hop.status}`, url.href, {
        retryable,
        status: hop.status,
        retryAfterMs: parseRetryAfter(hop.headers["retry-after"] as string | undefined),
      });
    }
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(hop.headers)) headers[k] = Array.isArray(v) ? v.join(", ") : v;
    return { status: hop.status, url: url.href, headers, body: hop.body ?? Buffer.alloc(0) };
  }
}
