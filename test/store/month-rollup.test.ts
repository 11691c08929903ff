// The month roll-up (actor_months, migration 006) is actor_days summed by month, whatever wrote the
// events: bulk inserts (SQLite's grouped path and row triggers), documents, a second report of a
// known event (recount: an update) and a document's next version (its old events deleted). Series by
// month, which read whole months from it and partial months from actor_days, equal the event scan
// for ranges that start and end on and off month boundaries. SQLite and PostgreSQL (skipped with a
// reason when unreachable outside CI).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import { type EventFilter, openStore, type Store } from "../../src/store/index.ts";
import { splitByMonth } from "../../src/store/rollup-month-queries.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import {
  type EventVocabulary,
  FOURTEEN_MONTHS_OF_DAYS,
  ownSourceRecords,
  randomEvents,
  SCAN_ONLY,
} from "../helpers/random-events.ts";
import { writeRecountStory } from "../helpers/recount-story.ts";

const COUNTRIES = ["USA", "CHN", "PAK", "IND"];
const ROLES = ["", "GOV", "MIL"];
const CODES = ["010", "036", "0311", "111", "173", "190"];
const DAYS = FOURTEEN_MONTHS_OF_DAYS;
const SCAN: EventFilter = SCAN_ONLY;

const VOCABULARY: EventVocabulary = {
  countries: COUNTRIES,
  roles: ROLES,
  codes: CODES,
  days: DAYS,
  keyPrefix: "m",
};

/** Each document from a source of its own. */
const record = ownSourceRecords();

const CELL = "source_code, target_code, month, cameo_code, cameo_root, quad_class";
const MONTHS_SQL = `select ${CELL}, events, mentions, goldstein_sum from actor_months order by ${CELL}`;
const DAYS_SUMMED_SQL = `select ${CELL}, sum(events) as events, sum(mentions) as mentions,
  sum(goldstein_sum) as goldstein_sum from actor_days group by ${CELL} order by ${CELL}`;

type Rows = Record<string, unknown>[];
type Backend = {
  name: string;
  open: () => Promise<{ store: Store; query: (sql: string) => Promise<Rows> } | null>;
  cleanup: () => Promise<void>;
};
const pgState: { db: TestDatabase | null; client: pg.Client | null } = { db: null, client: null };
const BACKENDS: Backend[] = [
  {
    name: "sqlite",
    open: async () => {
      const path = join(mkdtempSync(join(tmpdir(), "sitrep-month-rollup-")), "t.db");
      const store = await openStore({ dbPath: path, databaseUrl: null });
      const raw = new BetterSqlite3(path, { readonly: true });
      return { store, query: async (sql) => raw.prepare(sql).all() as Rows };
    },
    cleanup: async () => {},
  },
  {
    name: "postgres",
    open: async () => {
      pgState.db = await createTestDatabase();
      if (!pgState.db) return null;
      const store = await openStore({ dbPath: "", databaseUrl: pgState.db.url });
      pgState.client = new pg.Client({ connectionString: pgState.db.url });
      await pgState.client.connect();
      // Sums as numbers: PostgreSQL's sum over integers is a bigint, which pg returns as text.
      const client = pgState.client;
      return {
        store,
        query: async (sql) =>
          (await client.query(sql)).rows.map((r) =>
            Object.fromEntries(
              Object.entries(r).map(([k, v]) => [
                k,
                typeof v === "string" && /sum|events|mentions/.test(k) ? Number(v) : v,
              ]),
            ),
          ),
      };
    },
    cleanup: async () => {
      await pgState.client?.end();
      await pgState.db?.drop();
    },
  },
];

describe("splitByMonth", () => {
  it("reads whole months from the month roll-up and the days of partial ones from the day roll-up", () => {
    expect(splitByMonth(undefined, undefined)).toEqual({ dayRanges: [], months: {} });
    expect(splitByMonth("2024-01-01", "2024-03-31")).toEqual({
      dayRanges: [],
      months: { from: "2024-01", to: "2024-03" },
    });
    expect(splitByMonth("2024-01-15", "2024-03-10")).toEqual({
      dayRanges: [
        { from: "2024-01-15", to: "2024-01-31" },
        { from: "2024-03-01", to: "2024-03-10" },
      ],
      months: { from: "2024-02", to: "2024-02" },
    });
    // A leap February ends on the 29th; the 28th leaves a partial month.
    expect(splitByMonth("2024-02-01", "2024-02-29")).toEqual({
      dayRanges: [],
      months: { from: "2024-02", to: "2024-02" },
    });
    expect(splitByMonth("2024-02-01", "2024-02-28").months).toBeNull();
    expect(splitByMonth("2024-01-15", "2024-02-10")).toEqual({
      dayRanges: [
        { from: "2024-01-15", to: "2024-01-31" },
        { from: "2024-02-01", to: "2024-02-10" },
      ],
      months: null,
    });
    expect(splitByMonth("2024-12-02", undefined)).toEqual({
      dayRanges: [{ from: "2024-12-02", to: "2024-12-31" }],
      months: { from: "2025-01", to: undefined },
    });
    expect(splitByMonth("2024-05-01", "2024-04-30").months).toBeNull();
  });
});

for (const backend of BACKENDS) {
  describe(`month roll-up: ${backend.name}`, () => {
    let opened: Awaited<ReturnType<Backend["open"]>> = null;
    beforeAll(async () => {
      opened = await backend.open();
      if (!opened) return;
      const { store } = opened;
      // One large batch (SQLite's grouped bulk path) and small ones (row triggers).
      await store.insertEvents(randomEvents(900, 21, VOCABULARY));
      for (let i = 0; i < 4; i++) await store.insertEvents(randomEvents(25, 30 + i, VOCABULARY));
      await writeRecountStory(store, { secondTarget: null });
    });
    afterAll(async () => {
      await opened?.store.close();
      await backend.cleanup();
    });
    const run = (name: string, fn: (o: NonNullable<typeof opened>) => Promise<void>) =>
      it(name, async (ctx) => {
        if (!opened) ctx.skip();
        await fn(opened!);
      });

    run("equals the day roll-up summed by month", async ({ query }) => {
      const months = await query(MONTHS_SQL);
      expect(months.length).toBeGreaterThan(500);
      expect(months).toEqual(await query(DAYS_SUMMED_SQL));
    });

    run("series by month equal the event scan, on and off month boundaries", async ({ store }) => {
      const r = createRandom(5);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
      const starts = DAYS.filter((d) => d.endsWith("-01"));
      const ends = DAYS.filter((_d, i) => DAYS[i + 1]?.endsWith("-01"));
      const sides = [
        ["USA", "CHN"],
        ["PAKMIL", "IND"],
        ["CHN", ""],
        ["", "PAK"],
      ] as const;
      let points = 0;
      for (let i = 0; i < 40; i++) {
        const f: EventFilter = {
          ...(r() < 0.7 ? { from: r() < 0.5 ? pick(starts) : pick(DAYS) } : {}),
          ...(r() < 0.7 ? { to: r() < 0.5 ? pick(ends) : pick(DAYS) } : {}),
          ...(r() < 0.2 ? { quad: 1 + Math.floor(r() * 4) } : {}),
          ...(r() < 0.2 ? { root: pick(CODES).slice(0, 2) } : {}),
          ...(r() < 0.2 ? { actor: pick(COUNTRIES) } : {}),
        } as EventFilter;
        const [source, target] = sides[i % sides.length]!;
        const rolled = await store.dyadSeries(source, target, "month", f);
        expect(rolled, JSON.stringify({ source, target, f })).toEqual(
          await store.dyadSeries(source, target, "month", { ...f, ...SCAN }),
        );
        points += rolled.length;
      }
      expect(points).toBeGreaterThan(100);
    });

    run("a rebuild leaves it as the triggers kept it", async ({ store, query }) => {
      const before = await query(MONTHS_SQL);
      await store.rebuildRollups();
      expect(await query(MONTHS_SQL)).toEqual(before);
    });
  });
}

describe("store generation on PostgreSQL (migration 006)", () => {
  it("is raised at commit, so a transaction writing events does not hold up another one", async (ctx) => {
    const db = await createTestDatabase();
    if (!db) return ctx.skip();
    const store = await openStore({ dbPath: "", databaseUrl: db.url });
    const open = new pg.Client({ connectionString: db.url });
    try {
      await store.insertEvents(randomEvents(5, 40, VOCABULARY));
      const before = await store.generation();
      await open.connect();
      await open.query("begin");
      await open.query("update events set num_mentions = num_mentions + 1 where event_key = 'm40-0'");
      // Another writer stores a document while that transaction is open: it must not wait for it.
      const saved = store.saveDocument(
        record(
          [makeEvent({ eventId: "g", date: "2024-05-02", code: "036", src: "USA", tgt: "CHN" })],
          "https://example.org/g",
          "g",
        ),
      );
      const outcome = await Promise.race([
        saved.then(() => "stored"),
        new Promise((r) => setTimeout(() => r("blocked"), 5000)),
      ]);
      expect(outcome).toBe("stored");
      const afterSave = await store.generation();
      expect(afterSave).toBeGreaterThan(before);
      await open.query("commit");
      // The open transaction's write raises it at its commit.
      expect(await store.generation()).toBeGreaterThan(afterSave);
    } finally {
      await open.end().catch(() => {});
      await store.close();
      await db.drop();
    }
  });
});
