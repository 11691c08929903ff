// Pages of events whose filter lists several CAMEO roots, codes of several roots, or several
// countries are read as one branch per value, merged in page order (event-page.ts: pageBranches,
// pageRows). Walking such a filter page by page with its cursor, on SQLite and PostgreSQL, gives
// every matching event once, newest day first, the same sequence as the events of each single value
// put together, for object pages (pageEvents) and JSON pages (pageEventJson) alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventFilter, Store } from "../../src/store/index.ts";
import { MAX_PAGE_BRANCHES, pageBranches } from "../../src/store/page-query.ts";
import { pageOrder, walkPages } from "../helpers/page-walk.ts";
import { FOURTEEN_MONTHS_OF_DAYS, randomEvents } from "../helpers/random-events.ts";
import { storeBackends } from "../helpers/store-backends.ts";

/** The filters of a filter's branches (without their actor sides). */
const filtersOf = (filter: EventFilter) => pageBranches(filter).map((b) => b.filter);

describe("pageBranches", () => {
  it("splits a list of roots, the roots of a list of codes, or a list of countries", () => {
    expect(filtersOf({ actor: "PAK", root: ["18", "19"] })).toEqual([
      { actor: "PAK", root: "18" },
      { actor: "PAK", root: "19" },
    ]);
    expect(filtersOf({ code: ["190", "0311", "193"], root: "19" })).toEqual([
      { code: ["190", "193"], root: "19" },
      { code: ["0311"], root: "19" },
    ]);
    expect(filtersOf({ country: ["PAK", "IND"], root: "19" })).toEqual([
      { country: "PAK", root: "19" },
      { country: "IND", root: "19" },
    ]);
  });

  it("leaves a filter whole when no such list has two values, or when it has too many", () => {
    expect(pageBranches({ actor: "PAK", root: "19" })).toEqual([{ filter: { actor: "PAK", root: "19" } }]);
    expect(pageBranches({ root: ["19", "19"] })).toEqual([{ filter: { root: ["19", "19"] } }]);
    expect(pageBranches({ code: ["190", "193"] })).toEqual([{ filter: { code: ["190", "193"] } }]);
    expect(pageBranches({ quad: [1, 4], actor: ["PAK", "I"] })).toEqual([
      { filter: { quad: [1, 4], actor: ["PAK", "I"] } },
    ]);
    const many = Array.from({ length: MAX_PAGE_BRANCHES + 1 }, (_, i) => String(i + 1).padStart(2, "0"));
    expect(pageBranches({ root: many })).toEqual([{ filter: { root: many } }]);
  });

  it("splits actors into sides, each leaving out the sides before it", () => {
    const src = (prefix: string) => ({ column: "source_code", prefix });
    const tgt = (prefix: string) => ({ column: "target_code", prefix });
    expect(pageBranches({ actor: "PAK", quad: 4 })).toEqual([
      { filter: { quad: 4 }, side: src("PAK"), earlier: [] },
      { filter: { quad: 4 }, side: tgt("PAK"), earlier: [src("PAK")] },
    ]);
    expect(pageBranches({ source: ["USAGOV", "CHN"], target: "IND" })).toEqual([
      { filter: { target: "IND" }, side: src("USAGOV"), earlier: [] },
      { filter: { target: "IND" }, side: src("CHN"), earlier: [src("USAGOV")] },
    ]);
    expect(pageBranches({ target: "IND" })).toEqual([{ filter: {}, side: tgt("IND"), earlier: [] }]);
  });
});

const VOCABULARY = {
  countries: ["USA", "CHN", "PAK", "IND"],
  roles: ["", "GOV", "MIL"],
  codes: ["010", "036", "0311", "111", "173", "180", "190", "193"],
  // Few days, so many events share a day and the key orders them within it.
  days: FOURTEEN_MONTHS_OF_DAYS.slice(0, 12),
  keyPrefix: "b",
  admin1: [null, "Punjab"],
};

for (const backend of storeBackends("sitrep-page-branches-")) {
  describe(`pages read as merged branches: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
      if (store) await store.insertEvents(randomEvents(600, 5, VOCABULARY));
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    const cases: [EventFilter, EventFilter[]][] = [
      [{ root: ["18", "19"] }, [{ root: "18" }, { root: "19" }]],
      [
        { actor: "PAK", root: ["19", "01", "17"] },
        [
          { actor: "PAK", root: "19" },
          { actor: "PAK", root: "01" },
          { actor: "PAK", root: "17" },
        ],
      ],
      [
        { code: ["190", "193", "0311"], actor: "IND" },
        [
          { code: ["190", "193"], actor: "IND" },
          { code: "0311", actor: "IND" },
        ],
      ],
      [
        { country: ["PAK", "IND", "USA"], quad: 4 },
        [
          { country: "PAK", quad: 4 },
          { country: "IND", quad: 4 },
          { country: "USA", quad: 4 },
        ],
      ],
    ];
    for (const [filter, singles] of cases)
      it(`${JSON.stringify(filter)}: every event once, in page order`, async (ctx) => {
        if (!store) return ctx.skip();
        expect(pageBranches(filter).length).toBeGreaterThan(1);
        const expected: string[] = [];
        for (const one of singles) {
          expect(pageBranches(one)).toHaveLength(1);
          expect(pageBranches(one)[0]!.side).toBeUndefined();
          expected.push(...(await walkPages(store, one, 1000, false)));
        }
        expect(expected.length).toBeGreaterThan(20);
        for (const json of [false, true])
          for (const size of [1, 7, 50])
            expect(
              await walkPages(store, filter, size, json),
              `${json ? "json" : "objects"}, pages of ${size}`,
            ).toEqual(pageOrder(expected));
      });
  });
}
