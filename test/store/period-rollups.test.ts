// Migrations 014 and 017 (period-rollup-schema.ts, prefix-quad-rollup.ts): place_months is
// place_days summed by month without the CAMEO code, prefix_dyad_week_quads is what a rebuild from
// the events gives, whatever wrote the events (SQLite's grouped bulk path and row triggers,
// documents, a recount, a next version that supersedes an event). /geo answered from them (whole
// months from place_months, partial months from place_days) and weekly series of two block
// prefixes (whole weeks from prefix_dyad_week_quads, one or two QuadClasses) equal the event scan,
// for random ranges on and off period boundaries. SQLite and PostgreSQL (skipped with a reason when
// PostgreSQL is unreachable outside CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import type { EventFilter, Store } from "../../src/store/index.ts";
import { placeMonthsAnswer, splitByWeek } from "../../src/store/period-rollup-queries.ts";
import {
  type EventVocabulary,
  FOURTEEN_MONTHS_OF_DAYS,
  randomEvents,
  SCAN_ONLY,
} from "../helpers/random-events.ts";
import { writeRecountStory } from "../helpers/recount-story.ts";
import { storeBackends } from "../helpers/store-backends.ts";

const DAYS = FOURTEEN_MONTHS_OF_DAYS;
const COUNTRIES = ["USA", "CHN", "PAK", "IND"];
const VOCABULARY: EventVocabulary = {
  countries: COUNTRIES,
  roles: ["", "GOV", "MIL", "GOVLEG"],
  codes: ["010", "036", "0311", "111", "173", "190"],
  days: DAYS,
  keyPrefix: "p",
  admin1: [null, "Punjab", "Sindh", "Texas"],
};

describe("splitByWeek", () => {
  it("cuts a range into partial weeks of days and whole Monday-to-Sunday weeks", () => {
    // 2024-01-03 is a Wednesday, 2024-01-29 a Monday, 2024-02-04 a Sunday.
    expect(splitByWeek("2024-01-03", "2024-01-30")).toEqual({
      dayRanges: [
        { from: "2024-01-03", to: "2024-01-07" },
        { from: "2024-01-29", to: "2024-01-30" },
      ],
      weeks: { from: "2024-01-08", to: "2024-01-22" },
    });
    expect(splitByWeek("2024-01-29", "2024-02-04")).toEqual({
      dayRanges: [],
      weeks: { from: "2024-01-29", to: "2024-01-29" },
    });
    expect(splitByWeek("2024-01-30", "2024-02-01").weeks).toBeNull();
    expect(splitByWeek(undefined, "2024-01-03")).toEqual({
      dayRanges: [{ from: "2024-01-01", to: "2024-01-03" }],
      weeks: { from: undefined, to: "2023-12-25" },
    });
  });

  it("place_months answers only whole months and the fields it keeps", () => {
    expect(placeMonthsAnswer({})).toBe(true);
    expect(placeMonthsAnswer({ from: "2024-01-01", to: "2024-02-29", quad: 4, country: "PAK" })).toBe(true);
    expect(placeMonthsAnswer({ from: "2024-01-02", to: "2024-01-30" })).toBe(false);
    expect(placeMonthsAnswer({ code: "190" })).toBe(false);
    expect(placeMonthsAnswer({ country: "" })).toBe(false);
  });
});

for (const backend of storeBackends("sitrep-serve-period-")) {
  describe(`period roll-ups (migration 014): ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      // One batch large enough for SQLite's grouped path, then small ones through the row triggers.
      await store.insertEvents(randomEvents(1200, 71, VOCABULARY));
      for (let i = 0; i < 3; i++) await store.insertEvents(randomEvents(30, 80 + i, VOCABULARY));
      const located = {
        name: "Town",
        type: "city" as const,
        country: "PAK",
        admin1: "Punjab",
        lat: 31,
        lon: 72,
      };
      await writeRecountStory(store, { secondTarget: "CHN", location: located });
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });
    const run = (name: string, fn: (s: Store) => Promise<void>) =>
      it(name, async (ctx) => {
        if (!store) return ctx.skip();
        await fn(store);
      });

    const r = createRandom(19);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const starts = DAYS.filter((d) => d.endsWith("-01"));
    const ends = DAYS.filter((_d, i) => DAYS[i + 1]?.endsWith("-01"));

    run("/geo equals the event scan for 60 random filters, most of them over whole months", async (s) => {
      let fromMonths = 0;
      for (let i = 0; i < 60; i++) {
        const f = {
          ...(r() < 0.7 ? { from: r() < 0.7 ? pick(starts) : pick(DAYS) } : {}),
          ...(r() < 0.7 ? { to: r() < 0.7 ? pick(ends) : pick(DAYS) } : {}),
          ...(r() < 0.3 ? { quad: 1 + Math.floor(r() * 4) } : {}),
          ...(r() < 0.3 ? { country: pick(COUNTRIES) } : {}),
        } as EventFilter;
        if (placeMonthsAnswer(f)) fromMonths++;
        for (const level of ["country", "admin1"] as const) {
          const rolled = await s.geoAggregates(level, f);
          const scan = await s.geoAggregates(level, { ...f, ...SCAN_ONLY });
          const key = (g: { key: string; country: string | null; events: number }) =>
            `${String(g.events).padStart(6, "0")}|${g.key}|${g.country}`;
          const sorted = <T extends { key: string; country: string | null; events: number }>(xs: T[]) =>
            [...xs].sort((a, b) => key(a).localeCompare(key(b)));
          expect(sorted(rolled), JSON.stringify({ level, f })).toEqual(sorted(scan));
          // The order is the scan's: most events first.
          expect(rolled.map((g) => g.events)).toEqual(scan.map((g) => g.events));
        }
      }
      expect(fromMonths).toBeGreaterThan(20);
    });

    /** One QuadClass, or two (the week roll-up sums the columns of those asked). */
    const quadsOf = (x: number) => {
      const q = 1 + Math.floor(r() * 4);
      return x < 0.5 ? q : [q, 1 + (q % 4)];
    };

    run("weekly series of block prefixes equal the event scan", async (s) => {
      const mondays = DAYS.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1);
      const sundays = DAYS.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 0);
      const sides = [
        ["USAGOV", "CHN"],
        ["PAK", "IND"],
        ["PAKMIL", "INDGOV"],
        ["CHN", "USAGOV"],
      ] as const;
      let points = 0;
      for (let i = 0; i < 40; i++) {
        const f = {
          ...(r() < 0.7 ? { from: r() < 0.5 ? pick(mondays) : pick(DAYS) } : {}),
          ...(r() < 0.7 ? { to: r() < 0.5 ? pick(sundays) : pick(DAYS) } : {}),
          ...(r() < 0.4 ? { quad: quadsOf(r()) } : {}),
        } as EventFilter;
        const [source, target] = sides[i % sides.length]!;
        const rolled = await s.dyadSeries(source, target, "week", f);
        expect(rolled, JSON.stringify({ source, target, f })).toEqual(
          await s.dyadSeries(source, target, "week", { ...f, ...SCAN_ONLY }),
        );
        points += rolled.length;
      }
      expect(points).toBeGreaterThan(200);
    });

    run("a rebuild from the events leaves both as the triggers and the bulk path kept them", async (s) => {
      const dump = async () => [
        await s.geoAggregates("admin1", {}),
        await s.dyadSeries("USA", "CHN", "week", {}),
        await s.dyadSeries("PAKMIL", "IND", "week", { quad: 4 }),
        await s.dyadSeries("USAGOV", "CHN", "week", { quad: [1, 3] }),
      ];
      const before = await dump();
      expect(before[0]!.length).toBeGreaterThan(5);
      await s.rebuildRollups();
      expect(await dump()).toEqual(before);
    });
  });
}
