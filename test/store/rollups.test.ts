// The day roll-ups (rollup-schema.ts) answer exactly what the event scan answers: random seeded
// events (missing places, targets and regions included), written by bulk insert, by documents and
// by a document's next version (whose update removes the old version's events), then random filters
// asked of both paths. The scan is forced with a filter no roll-up keeps and that every event
// passes (Goldstein ≥ -1000). Run on SQLite and PostgreSQL (skipped with a reason when unreachable
// outside CI).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import { type EventFilter, openStore, type Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { documentRecord, type EventVocabulary, randomEvents } from "../helpers/random-events.ts";
import { runCli } from "../helpers/run-cli.ts";
import { storeBackends } from "../helpers/store-backends.ts";

const COUNTRIES = ["USA", "CHN", "PAK", "IND", "RUS"];
const ROLES = ["", "GOV", "MIL", "REB"];
const CODES = ["010", "036", "042", "0311", "111", "120", "138", "173", "190", "193"];
const ADMIN1 = [null, "Punjab", "Sindh", "Texas"];
const DAYS = Array.from({ length: 40 }, (_, i) =>
  new Date(Date.UTC(2024, 0, 20 + i)).toISOString().slice(0, 10),
);
/** Forces the event scan without changing the answer: no roll-up keeps Goldstein per event. */
const SCAN: EventFilter = { minGoldstein: -1000 };

const VOCABULARY: EventVocabulary = {
  countries: COUNTRIES,
  roles: ROLES,
  codes: CODES,
  days: DAYS,
  keyPrefix: "r",
  admin1: ADMIN1,
};

function randomFilter(r: () => number): EventFilter {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const f: Record<string, unknown> = {};
  if (r() < 0.5) f.from = pick(DAYS);
  if (r() < 0.5) f.to = pick(DAYS);
  if (r() < 0.3) f.country = r() < 0.5 ? pick(COUNTRIES) : [pick(COUNTRIES), pick(COUNTRIES)];
  if (r() < 0.2) f.code = pick(CODES);
  if (r() < 0.2) f.root = pick(CODES).slice(0, 2);
  if (r() < 0.2) f.quad = 1 + Math.floor(r() * 4);
  if (r() < 0.3) f.actor = pick(COUNTRIES) + (r() < 0.3 ? pick(ROLES) : "");
  if (r() < 0.2) f.source = pick(COUNTRIES);
  if (r() < 0.2) f.target = pick(COUNTRIES) + pick(ROLES);
  return f as EventFilter;
}

const record = documentRecord;

const place = (country: string, admin1: string | null, lat: number) => ({
  name: "Town",
  type: "city" as const,
  country,
  admin1,
  lat,
  lon: lat / 2,
});

const BACKENDS = storeBackends("sitrep-rollup-");

for (const backend of BACKENDS) {
  describe(`roll-ups equal the event scan: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      await store.insertEvents(randomEvents(700, 7, VOCABULARY));
      // Documents: events with places, then a next version of one that takes two events away and
      // adds one (delete and update triggers), and a second report of a known event (recount).
      const first = [
        makeEvent({
          eventId: "a",
          date: "2024-02-10",
          code: "190",
          src: "PAKMIL",
          tgt: "INDMIL",
          location: place("PAK", "Punjab", 31),
        }),
        makeEvent({
          eventId: "b",
          date: "2024-02-10",
          code: "042",
          src: "USAGOV",
          tgt: null,
          location: place("USA", null, 38),
        }),
        makeEvent({
          eventId: "c",
          date: "2024-02-10",
          code: "111",
          src: "CHN",
          tgt: "USA",
          location: place("CHN", null, 40),
        }),
      ];
      await store.saveDocument(record(first, "https://example.org/a", "one"));
      await store.saveDocument(record([first[0]!], "https://example.org/b", "two"));
      await store.saveDocument(
        record(
          [
            makeEvent({
              eventId: "d",
              date: "2024-02-10",
              code: "173",
              src: "INDCOP",
              tgt: "PAKREB",
              location: place("IND", "Sindh", 25),
            }),
          ],
          "https://example.org/a",
          "one, updated",
        ),
      );
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });
    const run = (name: string, fn: (s: Store) => Promise<void>) =>
      it(name, async (ctx) => {
        if (!store) ctx.skip();
        await fn(store!);
      });
    const byKey = <T>(rows: T[], key: (t: T) => string) =>
      [...rows].sort((a, b) => key(a).localeCompare(key(b)));

    run("/geo by country and admin-1 region, for 60 random filters", async (s) => {
      const r = createRandom(11);
      let nonEmpty = 0;
      for (let i = 0; i < 60; i++) {
        const f = randomFilter(r);
        for (const level of ["country", "admin1"] as const) {
          const scan = await s.geoAggregates(level, { ...f, ...SCAN });
          const rolled = await s.geoAggregates(level, f);
          const key = (g: { key: string; country: string | null }) => `${g.key}|${g.country}`;
          expect(byKey(rolled, key), JSON.stringify({ level, f })).toEqual(byKey(scan, key));
          if (scan.length) nonEmpty++;
        }
      }
      expect(nonEmpty).toBeGreaterThan(40);
    });

    run("/dyads and /actors, for 60 random filters", async (s) => {
      const r = createRandom(12);
      for (let i = 0; i < 60; i++) {
        const f = randomFilter(r);
        expect(await s.topDyads(f, 2000), JSON.stringify(f)).toEqual(
          await s.topDyads({ ...f, ...SCAN }, 2000),
        );
        expect(await s.topActors(f, 2000), JSON.stringify(f)).toEqual(
          await s.topActors({ ...f, ...SCAN }, 2000),
        );
      }
      // Ordered alike when cut: most events first, then the codes.
      expect(await s.topDyads({}, 5)).toEqual(await s.topDyads(SCAN, 5));
    });

    run("/series for country, code and any-actor dyads, by day, week and month", async (s) => {
      const r = createRandom(13);
      const sides = [
        ["USA", "CHN"],
        ["PAKMIL", "IND"],
        ["", ""],
        ["CHN", ""],
      ] as const;
      for (let i = 0; i < 40; i++) {
        const f = randomFilter(r);
        const [source, target] = sides[i % sides.length]!;
        const interval = (["day", "week", "month"] as const)[i % 3]!;
        const { actor: _a, source: _s, target: _t, ...rest } = f;
        for (const filter of [f, rest]) {
          expect(await s.dyadSeries(source, target, interval, filter), JSON.stringify(filter)).toEqual(
            await s.dyadSeries(source, target, interval, { ...filter, ...SCAN }),
          );
        }
      }
    });

    run("/timeline: every event's series (with or without a target), by day, week and month", async (s) => {
      const r = createRandom(14);
      for (let i = 0; i < 30; i++) {
        const f = randomFilter(r);
        const interval = (["day", "week", "month"] as const)[i % 3]!;
        expect(await s.eventSeries(interval, f), JSON.stringify(f)).toEqual(
          await s.eventSeries(interval, { ...f, ...SCAN }),
        );
      }
      const all = await s.eventSeries("month", {});
      expect(all.reduce((n, p) => n + p.events, 0)).toBe((await s.counts()).events);
    });

    run("a rebuild leaves the roll-ups as the triggers kept them; writes move the generation", async (s) => {
      const before = [
        await s.geoAggregates("admin1", {}),
        await s.topDyads({}, 5000),
        await s.topActors({}, 5000),
      ];
      const generation = await s.generation();
      await s.rebuildRollups();
      expect([
        await s.geoAggregates("admin1", {}),
        await s.topDyads({}, 5000),
        await s.topActors({}, 5000),
      ]).toEqual(before);
      expect(await s.generation()).toBe(generation);
      await s.insertEvents(randomEvents(3, 99, VOCABULARY));
      expect(await s.generation()).toBeGreaterThan(generation);
    });
  });
}

describe("sitrep rollups rebuild", () => {
  it("refills emptied roll-ups from the events", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sitrep-rollup-cli-")), "t.db");
    const store = await openStore({ dbPath: path, databaseUrl: null });
    await store.insertEvents(randomEvents(200, 3, VOCABULARY));
    const expected = await store.geoAggregates("country", SCAN);
    await store.close();
    // A store whose roll-ups lost their rows (as one restored from a dump of events alone).
    const raw = new BetterSqlite3(path);
    raw.exec("delete from place_days; delete from actor_days; delete from dyad_days");
    raw.close();
    const run = await runCli(["rollups", "rebuild", "--db", path]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^rebuilt the roll-ups in [\d.]+ s/);
    const again = await openStore({ dbPath: path, databaseUrl: null });
    expect(await again.geoAggregates("country", {})).toEqual(expected);
    expect(await again.topDyads({}, 100)).toEqual(await again.topDyads(SCAN, 100));
    await again.close();
  });
});
