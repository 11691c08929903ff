// actors_seen and places_seen on PostgreSQL, where a document that logs events has them counted by
// its event log statement (src/store/seen-counts.ts, event-writes.ts): two stores (two pools, as
// two workers) save overlapping documents at the same time, some with events reported before
// (recounted), some without events, actors or places, some repeated (not stored, not counted);
// every save succeeds (no deadlock between the seen rows, the recounted events and the event
// log's lock) and the counts equal those of the stored documents, and SQLite's for the same
// documents. Skipped with a reason when PostgreSQL is unreachable outside CI.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../../src/store/index.ts";
import type { DocumentRecord } from "../../../src/store/store.ts";
import { makeEvent } from "../../helpers/event-factory.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/postgres.ts";
import { documentRecord } from "../../helpers/random-events.ts";

const ACTORS = [
  { code: "USA", name: "Washington" },
  { code: "CHN", name: "Beijing" },
  { code: "RUSGOV", name: "the Kremlin" },
  { code: "UKRMIL", name: "Ukrainian forces" },
];
const PLACES = [
  { name: "Kyiv", country: "UKR", lat: 50.45, lon: 30.52 },
  { name: "Beijing", country: "CHN", lat: 39.9, lon: 116.39 },
  { name: "Geneva", country: "CHE", lat: 46.2, lon: 6.14 },
];

type Seen = { code?: string; name: string; lat?: number; lon?: number; mentions: number | string };

/** Document i: a deterministic mix of actors, places and events (events shared across documents). */
function recordOf(i: number): DocumentRecord {
  const pick = <T>(xs: readonly T[], n: number) =>
    Array.from({ length: n }, (_, k) => xs[(i * 7 + k * 3) % xs.length]!);
  const events =
    i % 5 === 4
      ? []
      : Array.from({ length: 1 + (i % 3) }, (_, k) =>
          makeEvent({
            eventId: `e${k}`,
            date: `2024-05-0${1 + ((i + k) % 4)}`,
            code: k % 2 ? "190" : "042",
            src: ACTORS[(i + k) % ACTORS.length]!.code,
            tgt: ACTORS[(i + k + 1) % ACTORS.length]!.code,
          }),
        );
  return {
    ...documentRecord(events, `https://example.org/seen/${i}`, `seen story ${i}`, `Source ${i % 3}`),
    actors: i % 7 === 3 ? [] : pick(ACTORS, 1 + (i % 4)),
    places: i % 6 === 2 ? [] : pick(PLACES, i % 3),
  };
}

describe("seen counts on PostgreSQL with the event log statement", () => {
  let db: TestDatabase | null = null;
  const stores: Store[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    if (!db) return;
    stores.push(await openStore({ dbPath: "", databaseUrl: db.url }));
    stores.push(await openStore({ dbPath: "", databaseUrl: db.url }));
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await db?.drop();
  });

  it("counts what two concurrent writers stored, once, as SQLite does", async (ctx) => {
    if (!db) return ctx.skip();
    const records = Array.from({ length: 40 }, (_, i) => recordOf(i));
    // Every fifth document is saved again by the other writer (same bytes: skipped, not counted).
    const work = (w: number) => records.flatMap((r, i) => (i % 2 === w || i % 5 === 0 ? [r] : []));
    const stored = new Map<string, DocumentRecord>();
    await Promise.all(
      [0, 1].map(async (w) => {
        for (const r of work(w)) {
          const saved = await stores[w]!.saveDocument(r);
          if (saved.inserted) stored.set(saved.docKey, r);
        }
      }),
    );
    expect(stored.size).toBe(records.length);
    const expectedActors = new Map<string, number>();
    const expectedPlaces = new Map<string, number>();
    const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const r of stored.values()) {
      for (const a of r.actors) add(expectedActors, `${a.code}|${a.name}`);
      for (const p of r.places) add(expectedPlaces, `${p.name}|${p.lat}|${p.lon}`);
    }
    // The mix holds what the merged statement must handle: documents with events and with only
    // actors, only places, or neither.
    expect(records.some((r) => r.events.length && r.actors.length && !r.places.length)).toBe(true);
    expect(records.some((r) => r.events.length && !r.actors.length && r.places.length)).toBe(true);
    expect(records.some((r) => !r.events.length && r.actors.length)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "sitrep-seen-"));
    const sqlite = await openStore({ dbPath: join(dir, "s.db"), databaseUrl: null });
    for (const r of records) await sqlite.saveDocument(r);
    await sqlite.close();
    const file = new Database(join(dir, "s.db"), { readonly: true });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const tables = [
        {
          actors: file.prepare("select code, name, mentions from actors_seen").all() as Seen[],
          places: file.prepare("select name, lat, lon, mentions from places_seen").all() as Seen[],
        },
        {
          actors: (await client.query<Seen>("select code, name, mentions from actors_seen")).rows,
          places: (await client.query<Seen>("select name, lat, lon, mentions from places_seen")).rows,
        },
      ];
      for (const { actors, places } of tables) {
        expect(new Map(actors.map((a) => [`${a.code}|${a.name}`, Number(a.mentions)]))).toEqual(
          expectedActors,
        );
        expect(new Map(places.map((p) => [`${p.name}|${p.lat}|${p.lon}`, Number(p.mentions)]))).toEqual(
          expectedPlaces,
        );
      }
    } finally {
      file.close();
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
