// `watch --once` against a local feed: 20 items all coded and stored, then a 304 with nothing
// refetched, then one new item and only it fetched; hostile sources in the same run each end with
// their coded error while the good source goes on. Exact counts throughout.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import { type EventAnnouncement, onDocument, startWatching } from "../../src/queue/index.ts";
import { parseSourcesText, type SourceSpec } from "../../src/sources/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { conditionalRoute, type FixtureServer, startFixtureServer } from "../helpers/fixture-server.ts";
import { articlePage, rssFeed } from "../helpers/live-fixtures.ts";

let server: FixtureServer;
let store: Store;
let feedIds: number[] = [];

function sources(extra: string[] = []): SourceSpec[] {
  const text = [
    "sources:",
    "  - name: wire",
    `    url: ${server.origin}/feed.xml`,
    "    allowPrivate: true",
    ...extra,
  ].join("\n");
  const { file, problems } = parseSourcesText(text);
  expect(problems).toEqual([]);
  return [...file.sources];
}

/** `totalTimeoutMs` only for the hostile run: the pipeline runs on the event loop, so a short
 * timeout on a loaded machine can expire while a page is being coded, and a retry is a refetch. */
async function watchOnce(specs: SourceSpec[], announced: EventAnnouncement[], totalTimeoutMs?: number) {
  const handle = await startWatching({
    sources: specs,
    store,
    ctx: createContext(),
    schedule: false,
    concurrency: 4,
    fetcher: { minDelayMs: 0, ...(totalTimeoutMs ? { fetch: { totalTimeoutMs } } : {}) },
  });
  const off = onDocument(handle.channel, (a) => announced.push(a));
  await handle.pollNow();
  await handle.drain();
  off();
  const status = new Map((await handle.sourceStatus()).map((s) => [s.name, s]));
  const counts = await handle.counts();
  await handle.stop();
  return { status, counts };
}

const articleHits = () => server.hits.filter((h) => h.path.startsWith("/a/")).length;

beforeAll(async () => {
  server = await startFixtureServer();
  server.routes.set(
    "/feed.xml",
    conditionalRoute(() => rssFeed(server.origin, feedIds), "application/rss+xml"),
  );
  for (let i = 0; i < 21; i++)
    server.routes.set(`/a/${i}`, (_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end(articlePage(i)),
    );
  store = await openStore({
    dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-watch-")), "live.db"),
    databaseUrl: null,
  });
});

afterAll(async () => {
  await store?.close();
  await server?.close();
});

describe("sitrep watch --once over a local feed", () => {
  it("stores all 20 items, then gets a 304 and fetches nothing, then fetches only the new item", async () => {
    feedIds = Array.from({ length: 20 }, (_, i) => i);
    const first: EventAnnouncement[] = [];
    const one = await watchOnce(sources(), first);
    expect(articleHits()).toBe(20);
    expect((await store.counts()).documents).toBe(20);
    expect(first).toHaveLength(20);
    expect(new Set(first.map((a) => a.url))).toEqual(
      new Set(Array.from({ length: 20 }, (_, i) => `${server.origin}/a/${i}`)),
    );
    const eventsAnnounced = first.reduce((n, a) => n + a.events.length, 0);
    expect(eventsAnnounced).toBeGreaterThan(0);
    expect(one.counts).toMatchObject({ waiting: 0, active: 0, dead: 0 });
    const wire1 = one.status.get("wire")!.status!;
    expect(wire1).toMatchObject({
      lastStatus: 200,
      itemsLast: 20,
      itemsNewLast: 20,
      documentsStored: 20,
      lastError: null,
    });
    expect(wire1.etag).toBeTruthy();

    // Unchanged: the conditional GET (state read back from the store) gets a 304; no article is fetched.
    const second: EventAnnouncement[] = [];
    const two = await watchOnce(sources(), second);
    expect(server.count("/feed.xml", 304)).toBe(1);
    expect(articleHits()).toBe(20);
    expect(second).toHaveLength(0);
    expect(two.status.get("wire")!.status).toMatchObject({ lastStatus: 304, itemsNewLast: 0 });

    // One new item: only it is fetched.
    feedIds = [...feedIds, 20];
    const third: EventAnnouncement[] = [];
    const three = await watchOnce(sources(), third);
    expect(articleHits()).toBe(21);
    expect(server.count("/a/20")).toBe(1);
    expect((await store.counts()).documents).toBe(21);
    expect(third.map((a) => a.url)).toEqual([`${server.origin}/a/20`]);
    expect(three.status.get("wire")!.status).toMatchObject({
      lastStatus: 200,
      itemsLast: 21,
      itemsNewLast: 1,
      itemsNewTotal: 21,
      documentsStored: 21,
    });
  });

  it("ends each hostile source with its coded error while the good source goes on", async () => {
    const port = new URL(server.origin).port;
    server.routes.set("/loop", (_req, res) => res.writeHead(302, { location: "/loop" }).end());
    server.routes.set("/huge", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = Buffer.alloc(1 << 16, 32);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      pump();
    });
    server.routes.set("/silent", () => {});
    const lol = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title><link>${server.origin}/a/1</link></item></channel></rss>`;
    server.routes.set("/bomb", (_req, res) =>
      res.writeHead(200, { "content-type": "application/xml" }).end(lol),
    );
    const many = `<rss><channel>${"<item><link>https://x.example/a</link></item>".repeat(100_000)}</channel></rss>`;
    server.routes.set("/many", (_req, res) =>
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(many),
    );
    server.routes.set("/broken", (_req, res) =>
      res.writeHead(200, { "content-type": "application/rss+xml" }).end("<rss><channel><item></rss>"),
    );
    feedIds = [...feedIds, 0];
    const hostile = (name: string, path: string, more: string[] = []) => [
      `  - name: ${name}`,
      `    url: http://127.0.0.1:${port}${path}`,
      ...more,
    ];
    const specs = sources([
      ...hostile("private", "/feed.xml"),
      ...hostile("loop", "/loop", ["    allowPrivate: true"]),
      ...hostile("huge", "/huge", ["    allowPrivate: true", "    maxBytes: 2MB"]),
      ...hostile("silent", "/silent", ["    allowPrivate: true"]),
      ...hostile("bomb", "/bomb", ["    allowPrivate: true"]),
      ...hostile("many", "/many", ["    allowPrivate: true"]),
      ...hostile("broken", "/broken", ["    allowPrivate: true"]),
    ]);
    const before = articleHits();
    const { status } = await watchOnce(specs, [], 1500);
    const codes = Object.fromEntries(
      [...status].map(([name, r]) => [name, r.status?.lastError?.code ?? null]),
    );
    expect(codes).toEqual({
      wire: null,
      private: "E_URL_PRIVATE",
      loop: "E_FETCH_REDIRECTS",
      huge: "E_FETCH_TOO_LARGE",
      silent: "E_FETCH_TIMEOUT",
      bomb: "E_FEED_ENTITIES",
      many: "E_FEED_TOO_MANY_ITEMS",
      broken: "E_FEED_PARSE",
    });
    // The good source polled (its feed changed: one known item listed again) and fetched nothing new.
    expect(status.get("wire")!.status).toMatchObject({ lastStatus: 200, itemsNewLast: 0 });
    expect(articleHits()).toBe(before);
    // A failing source waits longer before its next poll (backoff), the good one its interval.
    const silent = status.get("silent")!.status!;
    expect(silent.consecutiveFailures).toBe(1);
    expect(silent.nextPollAt - Date.now()).toBeGreaterThan(
      status.get("wire")!.status!.nextPollAt - Date.now(),
    );
  });
});
