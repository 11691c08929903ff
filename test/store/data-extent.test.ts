// A filter's date range cut to the stored days (src/store/data-extent.ts): a bound beyond the
// stored events is dropped, so "up to today" ranges are whole periods for the month and week
// roll-ups; the aggregates stay equal to the event scan, on SQLite and PostgreSQL (skipped with a
// reason when PostgreSQL is unreachable outside CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import { withinExtent } from "../../src/store/data-extent.ts";
import type { EventFilter, Store } from "../../src/store/index.ts";
import { pairMonthsAnswer } from "../../src/store/pair-month-rollup.ts";
import { splitByMonth } from "../../src/store/rollup-month-queries.ts";
import {
  type EventVocabulary,
  FOURTEEN_MONTHS_OF_DAYS,
  randomEvents,
  SCAN_ONLY,
} from "../helpers/random-events.ts";
import { storeBackends } from "../helpers/store-backends.ts";

const extent = { first: "2024-01-10", last: "2024-03-20" };

describe("withinExtent", () => {
  it("drops a bound at or beyond the stored days and keeps the rest of the filter", () => {
    expect(withinExtent({ from: "2024-03-01", to: "2024-03-31", quad: 4 }, extent)).toEqual({
      from: "2024-03-01",
      quad: 4,
    });
    expect(withinExtent({ from: "2024-01-10", to: "2024-03-20" }, extent)).toEqual({});
    expect(withinExtent({ from: "2023-01-01", to: "2024-02-15", country: "PAK" }, extent)).toEqual({
      to: "2024-02-15",
      country: "PAK",
    });
  });

  it("leaves a range inside the stored days, an empty range, superseded reads and an empty store alone", () => {
    const inside = { from: "2024-01-11", to: "2024-03-19" };
    expect(withinExtent(inside, extent)).toBe(inside);
    // from after to selects nothing: dropping either bound would select something.
    const empty = { from: "2024-04-01", to: "2024-01-01" };
    expect(withinExtent(empty, extent)).toBe(empty);
    const superseded = { to: "2025-01-01", includeSuperseded: true };
    expect(withinExtent(superseded, extent)).toBe(superseded);
    const any = { to: "2025-01-01" };
    expect(withinExtent(any, { first: null, last: null })).toBe(any);
  });

  it("reports a malformed bound instead of dropping it", () => {
    expect(() => withinExtent({ to: "9999" }, extent)).toThrow(/use YYYY-MM-DD/);
  });
});

const DAYS = FOURTEEN_MONTHS_OF_DAYS;
const VOCABULARY: EventVocabulary = {
  countries: ["USA", "CHN", "PAK", "IND"],
  roles: ["", "GOV", "MIL"],
  codes: ["010", "036", "111", "173", "190"],
  days: DAYS,
  keyPrefix: "x",
  admin1: [null, "Punjab", "Texas"],
};

for (const backend of storeBackends("sitrep-data-extent-")) {
  describe(`aggregates over ranges past the stored days: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      await store.insertEvents(randomEvents(900, 5, VOCABULARY));
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    it("equal the event scan, and the cut makes more of them whole months", async (ctx) => {
      if (!store) return ctx.skip();
      const s = store;
      const days = (await s.queryEvents({}, { limit: 10_000, offset: 0 })).map((e) => e.day).sort();
      const stored = { first: days[0]!, last: days[days.length - 1]! };
      const r = createRandom(23);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
      // Month starts inside the data, ends past it (a dashboard's "up to today") or on any day.
      const starts = DAYS.filter((d) => d.endsWith("-01"));
      const pastTheEnd = ["2025-06-30", "2026-01-15", DAYS[DAYS.length - 1]!];
      let madeWhole = 0;
      for (let i = 0; i < 30; i++) {
        const f: EventFilter = {
          from: r() < 0.2 ? "2020-01-01" : pick(starts),
          to: r() < 0.7 ? pick(pastTheEnd) : pick(DAYS),
          ...(r() < 0.3 ? { quad: 1 + Math.floor(r() * 4) } : {}),
        } as EventFilter;
        const scan = { ...f, ...SCAN_ONLY };
        const cut = withinExtent(f, stored);
        if (splitByMonth(cut.from, cut.to).dayRanges.length < splitByMonth(f.from, f.to).dayRanges.length)
          madeWhole++;
        const label = JSON.stringify(f);
        // Places tied on events may come in another order (a place with no country is '' in a
        // roll-up and NULL in the scan, which PostgreSQL sorts last): compared as sets, then by count.
        const geo = await s.geoAggregates("country", f);
        const geoScan = await s.geoAggregates("country", scan);
        const byKey = (xs: typeof geo) => [...xs].sort((a, b) => `${a.key}`.localeCompare(`${b.key}`));
        expect(byKey(geo), label).toEqual(byKey(geoScan));
        expect(geo.map((g) => g.events)).toEqual(geoScan.map((g) => g.events));
        expect(await s.topDyads(f, 50), label).toEqual(await s.topDyads(scan, 50));
        expect(await s.topActors(f, 50), label).toEqual(await s.topActors(scan, 50));
        for (const interval of ["week", "month"] as const) {
          expect(await s.dyadSeries("USA", "CHN", interval, f), label).toEqual(
            await s.dyadSeries("USA", "CHN", interval, scan),
          );
          expect(await s.dyadSeries("PAKMIL", "IND", interval, f), label).toEqual(
            await s.dyadSeries("PAKMIL", "IND", interval, scan),
          );
        }
      }
      expect(madeWhole).toBeGreaterThan(10);
    });
  });
}

describe("pairMonthsAnswer", () => {
  it("answers whole months of a filter that is only dates, and nothing finer", () => {
    expect(pairMonthsAnswer({ from: "2024-03-01" })).toEqual({ from: "2024-03", to: undefined });
    expect(pairMonthsAnswer({ from: "2024-01-01", to: "2024-02-29" })).toEqual({
      from: "2024-01",
      to: "2024-02",
    });
    expect(pairMonthsAnswer({})).toEqual({ from: undefined, to: undefined });
    expect(pairMonthsAnswer({ from: "2024-03-02" })).toBeNull();
    expect(pairMonthsAnswer({ from: "2024-03-01", quad: 4 })).toBeNull();
    expect(pairMonthsAnswer({ includeSuperseded: true })).toBeNull();
  });
});
