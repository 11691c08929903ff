// Issue 11, item 1 (a 20 MB document in under a minute): on SQLite a long document's windows of
// many events add the roll-ups with one grouped upsert each (sqlite/grouped-rollups.ts) instead
// of per-row triggers. The roll-ups must hold exactly the rows the row triggers leave, whatever
// comes after: a recount of events reported again, a later document written through the triggers
// (which must be back), a next version whose supersession deletes events; and the same rows as
// PostgreSQL's statement triggers (skipped with a reason when PostgreSQL is unreachable outside CI).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import { type DocumentRecord, openStore, type Store } from "../../src/store/index.ts";
import { ACTOR_MONTHS } from "../../src/store/month-rollup-schema.ts";
import { PREFIX_MONTH_QUADS } from "../../src/store/prefix-quad-rollup.ts";
import { ACTOR_DAYS, DYAD_DAYS, PLACE_DAYS } from "../../src/store/rollup-schema.ts";
import { ACTOR_DYAD_DAYS, DYAD_MONTHS } from "../../src/store/series-rollup-schema.ts";
import { GROUPED_ROLLUP_MIN_ROWS } from "../../src/store/sqlite/grouped-rollups.ts";
import type { CodedEvent } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { createTestDatabase } from "../helpers/postgres.ts";

const ROLLUP_TABLES = [
  DYAD_DAYS.table,
  PLACE_DAYS.table,
  ACTOR_DAYS.table,
  ACTOR_MONTHS.table,
  DYAD_MONTHS.table,
  ACTOR_DYAD_DAYS.table,
  PREFIX_MONTH_QUADS.table,
  "place_months",
  "prefix_dyad_week_quads",
  "pair_months",
];

const dir = mkdtempSync(join(tmpdir(), "sitrep-grouped-rollups-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `reports` reports of `reports / 3` events, each reported three times far apart (windows apart),
 * with actors, codes, days and places drawn at random. Goldstein scores (1, -5) and coordinates
 * (quarters) are exact in binary, so sums agree to the bit in whatever order they are added.
 */
function reportsOf(doc: string, reports: number, seed: number): CodedEvent[] {
  const r = createRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const distinct = Math.floor(reports / 3);
  const events = Array.from({ length: distinct }, (_, j) => ({
    date: new Date(Date.UTC(2024, 0, 1 + Math.floor(r() * 70))).toISOString().slice(0, 10),
    code: pick(["040", "0311", "190", "112", "036", "173"]),
    src: pick(["PAK", "IND", "USA"]) + pick(["", "GOV", "MIL", "GOVLEG"]),
    tgt: r() < 0.2 ? null : pick(["CHN", "PAK", "USA"]) + pick(["", "GOV"]),
    location:
      r() < 0.3
        ? null
        : {
            name: `Place ${j % 7}`,
            country: pick(["PAK", "IND", null]),
            lat: Math.round(r() * 160) / 4,
            lon: Math.round(r() * 160) / 4,
          },
  }));
  return Array.from({ length: reports }, (_, i) => {
    const e = events[i % distinct]!;
    return makeEvent({
      docId: doc,
      eventId: `${doc}-${i}`,
      date: e.date,
      code: e.code,
      src: e.src,
      tgt: e.tgt,
      location: e.location,
      sentenceIndex: i,
      confidence: 0.4 + (i % 6) / 10,
    });
  });
}

function record(name: string, url: string, events: CodedEvent[], windows: number[]): DocumentRecord {
  const cuts = [0, ...windows, events.length];
  const batches = cuts.slice(1).map((end, i) => events.slice(cuts[i]!, end));
  return {
    inputId: name,
    contentHash: `hash-${name}`,
    bodyHash: `body-${name}`,
    url,
    source: `Source ${name}`,
    title: name,
    publishedAt: "2024-01-01T00:00:00Z",
    lang: "en",
    simhash: "0000000000000000",
    clusterKey: null,
    article: { text: name },
    annotations: { sentences: [] },
    events: batches[0]!,
    moreEvents: batches.slice(1),
    dictionaryVersion: "test-1",
    actors: [],
    places: [],
    tone: -1.5,
  };
}

const LONG_REPORTS = 2_400;
/** Windows of at least GROUPED_ROLLUP_MIN_ROWS events (one empty): the grouped path. */
const GROUPED_WINDOWS = [700, 700, 1_500];
/** The same events in windows below it: row triggers all the way. */
const ROW_WINDOWS = Array.from(
  { length: Math.ceil(LONG_REPORTS / (GROUPED_ROLLUP_MIN_ROWS - 1)) - 1 },
  (_, i) => (i + 1) * (GROUPED_ROLLUP_MIN_ROWS - 1),
);

/** Writes the same documents; `windows` cuts the long one; `checkpoint` runs after it. */
async function writeDocuments(
  store: Store,
  windows: number[],
  checkpoint: () => Promise<void> = async () => {},
): Promise<void> {
  // An earlier document shares events with the long one: their recount is an update.
  await store.saveDocument(record("a", "https://example.org/a", reportsOf("a", 300, 7).slice(0, 300), []));
  const long = reportsOf("b", LONG_REPORTS, 7);
  const saved = await store.saveDocument(record("b", "https://example.org/b", long, windows));
  expect(saved.events).toBe(LONG_REPORTS);
  await checkpoint();
  // After it, the row triggers must be back: a new document, then a next version of the long one,
  // whose supersession deletes the events only it reported.
  await store.saveDocument(record("c", "https://example.org/c", reportsOf("c", 90, 8), []));
  await store.saveDocument({
    ...record("b2", "https://example.org/b", reportsOf("b2", 60, 9), []),
    bodyHash: "body-b2",
  });
}

type Rows = Record<string, unknown>[];
/** Rows as comparable values: numbers as numbers (PostgreSQL returns bigint sums as text), sorted. */
function normalised(rows: Rows, numeric: ReadonlySet<string>): string[] {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.entries(row)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => [k, numeric.has(k) && v !== null ? Number(v) : v]),
      ),
    )
    .sort();
}

interface Dump {
  rollups: Record<string, string[]>;
  events: number;
  triggers: string[];
  generation: number;
}

/** SQLite's schema version: each trigger dropped and created raises it, so it shows the grouped path ran. */
function schemaVersion(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  const version = db.pragma("schema_version", { simple: true }) as number;
  db.close();
  return version;
}

function dumpSqlite(path: string): Dump {
  const db = new BetterSqlite3(path, { readonly: true });
  const rollups: Record<string, string[]> = {};
  for (const table of ROLLUP_TABLES) {
    const columns = db.prepare(`pragma table_info(${table})`).all() as { name: string; type: string }[];
    const numeric = new Set(columns.filter((c) => !/text/i.test(c.type)).map((c) => c.name));
    rollups[table] = normalised(db.prepare(`select * from ${table}`).all() as Rows, numeric);
  }
  const events = (db.prepare("select count(*) as n from events").get() as { n: number }).n;
  const triggers = (
    db.prepare("select name from sqlite_master where type = 'trigger' order by name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const { generation } = db.prepare("select generation from store_generation").get() as {
    generation: number;
  };
  db.close();
  return { rollups, events, triggers, generation };
}

describe("a long document's roll-ups by grouped statements", () => {
  const dumps: Record<string, Dump> = {};
  const afterLong: Record<string, Dump> = {};
  const schemaVersions: Record<string, number> = {};

  it("hold the rows the row triggers leave, and the triggers are back after it (SQLite)", async () => {
    for (const [name, windows] of Object.entries({ rows: ROW_WINDOWS, grouped: GROUPED_WINDOWS })) {
      const path = join(dir, `${name}.db`);
      const store = await openStore({ dbPath: path, databaseUrl: null });
      await writeDocuments(store, windows, async () => {
        afterLong[name] = dumpSqlite(path);
      });
      await store.close();
      dumps[name] = dumpSqlite(path);
      schemaVersions[name] = schemaVersion(path);
    }
    const { rows, grouped } = dumps as { rows: Dump; grouped: Dump };
    // Enough happened for the comparison to mean something: every roll-up has cells.
    for (const table of ROLLUP_TABLES) expect(rows.rollups[table]!.length).toBeGreaterThan(10);
    expect(afterLong.rows!.events).toBeGreaterThan(700);
    expect(afterLong.grouped).toEqual(afterLong.rows);
    expect(grouped).toEqual(rows);
    expect(schemaVersions.grouped).toBeGreaterThan(schemaVersions.rows!);
  });

  it("hold the rows PostgreSQL's statement triggers leave", { timeout: 120_000 }, async (ctx) => {
    const database = await createTestDatabase();
    if (!database) return ctx.skip();
    const store = await openStore({ dbPath: "", databaseUrl: database.url });
    const client = new pg.Client({ connectionString: database.url });
    try {
      await client.connect();
      const compare = async (sqlite: Dump) => {
        for (const table of ROLLUP_TABLES) {
          const columns = (
            await client.query(
              "select column_name, data_type from information_schema.columns where table_name = $1",
              [table],
            )
          ).rows as { column_name: string; data_type: string }[];
          const numeric = new Set(columns.filter((c) => c.data_type !== "text").map((c) => c.column_name));
          const rows = normalised((await client.query(`select * from ${table}`)).rows as Rows, numeric);
          expect(rows, table).toEqual(sqlite.rollups[table]);
        }
      };
      await writeDocuments(store, GROUPED_WINDOWS, () => compare(afterLong.grouped!));
      await compare(dumps.grouped!);
    } finally {
      await client.end().catch(() => {});
      await store.close();
      await database.drop();
    }
  });
});
