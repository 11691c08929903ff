// Stores for the API tests: each backend (SQLite in a temp file, PostgreSQL in a fresh database,
// skipped with a reason outside CI when unreachable), documents built from coded events, and a
// server over them with short poll intervals.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { buildServer, type ServeOptions } from "../../src/serve/server.ts";
import { type DocumentRecord, openStore, type Store } from "../../src/store/index.ts";
import type { CodedEvent } from "../../src/types.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";

export interface TestBackend {
  readonly name: "sqlite" | "postgres";
  open(): Promise<Store | null>;
  cleanup(): Promise<void>;
}

export function testBackends(): TestBackend[] {
  let pg: TestDatabase | null = null;
  return [
    {
      name: "sqlite",
      open: () =>
        openStore({ dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-api-")), "t.db"), databaseUrl: null }),
      cleanup: async () => {},
    },
    {
      name: "postgres",
      open: async () => {
        pg = await createTestDatabase();
        return pg ? openStore({ dbPath: "", databaseUrl: pg.url }) : null;
      },
      cleanup: async () => {
        await pg?.drop();
      },
    },
  ];
}

let counter = 0;

/** A stored document carrying the given events (no pipeline: the API tests test the API). */
export function docWith(events: CodedEvent[], over: Partial<DocumentRecord> = {}): DocumentRecord {
  counter++;
  const text = `Report ${counter}: ${events.map((e) => e.evidence).join(" ")}`;
  return {
    inputId: `doc-${counter}`,
    contentHash: `hash-${counter}-${process.pid}-${Math.random()}`,
    url: `https://news.example.org/story-${counter}`,
    source: "news.example.org",
    title: `Story ${counter}`,
    publishedAt: events[0]?.date ? `${events[0].date}T08:00:00Z` : null,
    lang: "en",
    simhash: counter.toString(16).padStart(16, "0"),
    clusterKey: null,
    article: { text },
    annotations: { sentences: [] },
    events,
    dictionaryVersion: "test-1",
    actors: [],
    places: [],
    ...over,
  };
}

export function testServer(store: Store, over: Partial<ServeOptions> = {}) {
  const ctx = createContext({ dbPath: "", databaseUrl: null });
  return buildServer({
    store,
    ctx,
    host: "127.0.0.1",
    rateLimit: false,
    stream: { pollMs: 100, heartbeatMs: 200 },
    alerts: { pollMs: 100, delivery: { allowPrivate: true, attempts: 3, backoffMs: 20, timeoutMs: 2000 } },
    ...over,
  });
}
