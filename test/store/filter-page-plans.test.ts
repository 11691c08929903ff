// Filtered /events pages that SQLite's planner would read whole (page-query.ts): a list of places is
// read as one branch per place along the place index (migration 023), and an actor side of a code
// longer than its country (PAKMIL), when it has many events, walks its country's index in page order
// instead of sorting every event of the code. Pages hold every matching event once, in page order,
// on SQLite and PostgreSQL; on SQLite the page's plan reads an index in page order.

import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EventFilter, openStore, type Store, type StoredEvent } from "../../src/store/index.ts";
import { FEW_PREFIX_EVENTS, pageBranches } from "../../src/store/page-query.ts";
import { pageOrder, walkPages } from "../helpers/page-walk.ts";
import { FOURTEEN_MONTHS_OF_DAYS, randomEvents } from "../helpers/random-events.ts";
import { storeBackends } from "../helpers/store-backends.ts";

const Database = createRequire(import.meta.url)("better-sqlite3") as typeof import("better-sqlite3");

const VOCABULARY = {
  countries: ["USA", "PAK", "IND"],
  roles: ["", "GOV", "MIL"],
  codes: ["010", "036", "0311", "173", "190"],
  days: FOURTEEN_MONTHS_OF_DAYS.slice(0, 12),
  keyPrefix: "p",
  admin1: [null, "Punjab"],
};
/** Place names as events carry them, one place in two spellings of case. */
const PLACES = ["Kabul", "KABUL", "Lahore", "Delhi", "Quetta"];

/** Random events whose located ones are at one of PLACES. */
function placedEvents(n: number, seed: number): StoredEvent[] {
  return randomEvents(n, seed, VOCABULARY).map((e, i) => ({
    ...e,
    placeName: e.placeName ? PLACES[i % PLACES.length]! : null,
  }));
}

/** The whole filter's events (queryEvents reads no page branches), in page order. */
async function expectedOf(store: Store, filter: EventFilter): Promise<string[]> {
  const events = await store.queryEvents(filter, { limit: 100_000, offset: 0 });
  return pageOrder(events.map((e) => `${e.day} ${e.eventKey}`));
}

describe("pageBranches: places", () => {
  it("splits a list of places, one branch per place whatever its case", () => {
    expect(pageBranches({ place: ["Kabul", "kabul", "Lahore"], quad: 4 }).map((b) => b.filter)).toEqual([
      { place: "kabul", quad: 4 },
      { place: "Lahore", quad: 4 },
    ]);
    expect(pageBranches({ place: "Kabul", actor: "PAK" })).toEqual([
      { filter: { place: "Kabul", actor: "PAK" } },
    ]);
  });
});

for (const backend of storeBackends("sitrep-filter-page-plans-")) {
  describe(`place pages: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
      if (store) await store.insertEvents(placedEvents(700, 3));
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });
    const filters: EventFilter[] = [
      { place: "kabul" },
      { place: ["Kabul", "lahore"] },
      { place: ["QUETTA", "Delhi", "Nowhere"], actor: "PAK" },
      { place: ["Lahore", "Delhi"], root: "19" },
    ];
    for (const filter of filters)
      it(`${JSON.stringify(filter)}: every event once, in page order`, async (ctx) => {
        if (!store) return ctx.skip();
        const expected = await expectedOf(store, filter);
        expect(expected.length).toBeGreaterThan(10);
        for (const json of [false, true])
          for (const size of [1, 9, 50]) expect(await walkPages(store, filter, size, json)).toEqual(expected);
      });
  });
}

/** Records every SQLite statement run while `f` runs, with its arguments. */
async function statementsOf(f: () => Promise<unknown>): Promise<{ sql: string; args: unknown[] }[]> {
  const seen: { sql: string; args: unknown[] }[] = [];
  const proto = Object.getPrototypeOf(new Database(":memory:").prepare("select 1"));
  const originals = new Map(["all", "get", "iterate"].map((m) => [m, proto[m]]));
  for (const [m, orig] of originals)
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      seen.push({ sql: this.source, args });
      return orig.apply(this, args);
    };
  try {
    await f();
  } finally {
    for (const [m, orig] of originals) proto[m] = orig;
  }
  return seen;
}

describe("SQLite plans of filtered pages", () => {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-filter-page-plans-")), "t.db");
  let store: Store;
  let plain: InstanceType<typeof Database>;
  beforeAll(async () => {
    store = await openStore({ dbPath: path, databaseUrl: null });
    // Enough events that PAKMIL, as source and as target, has more than FEW_PREFIX_EVENTS.
    await store.insertEvents(placedEvents(FEW_PREFIX_EVENTS * 12, 4));
    await store.analyze();
    plain = new Database(path, { readonly: true });
  });
  afterAll(async () => {
    plain?.close();
    await store?.close();
  });

  /** The plan of the statement that reads the page's rows (the one that orders by day). */
  async function pagePlan(filter: EventFilter): Promise<string> {
    const statements = await statementsOf(() => store.pageEventJson(filter, 51, null));
    const page = statements.find((s) => /order by "day" desc/i.test(s.sql));
    expect(page, "a page statement").toBeDefined();
    return plain
      .prepare<unknown[], { detail: string }>(`explain query plan ${page!.sql}`)
      .all(...page!.args)
      .map((r) => r.detail)
      .join(" | ");
  }

  it("a place is read along the place index", async () => {
    expect(await pagePlan({ place: "Kabul" })).toContain("events_place_page");
  });

  it("an actor code with many events walks its country's index in page order", async () => {
    const filter = { actor: "PAKMIL" };
    const plan = await pagePlan(filter);
    expect(plan).toContain("events_source_country_page");
    expect(plan).toContain("events_target_country_page");
    expect(plan).not.toMatch(/events_(source|target)_day/);
    const expected = await expectedOf(store, filter);
    expect(expected.length).toBeGreaterThan(2 * FEW_PREFIX_EVENTS);
    expect(await walkPages(store, filter, 50, true)).toEqual(expected);
    expect((await walkPages(store, { ...filter, quad: 4 }, 37, false)).length).toBeGreaterThan(0);
  });
});
