// Pages filtered by actors, sources or targets are read as one branch per actor side along the
// country indexes (page-query.ts: actorSideBranches, migration 016). On many random filters, on
// SQLite and PostgreSQL, walking the pages with their cursor gives exactly the events the whole
// filter selects (store.queryEvents, which reads no page branches), once each, in page order. A
// country's side is sought by its country column alone (PostgreSQL's plan, below).
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import type { EventFilter, Store } from "../../src/store/index.ts";
import { pageBranches, pageRows } from "../../src/store/page-query.ts";
import type { Database } from "../../src/store/schema.ts";
import { pageOrder, walkPages } from "../helpers/page-walk.ts";
import { FOURTEEN_MONTHS_OF_DAYS, randomEvents } from "../helpers/random-events.ts";
import { storeBackends } from "../helpers/store-backends.ts";

const VOCABULARY = {
  countries: ["USA", "CHN", "PAK", "IND", "PAL"],
  roles: ["", "GOV", "MIL", "GOVMIL"],
  codes: ["010", "036", "0311", "111", "173", "180", "190", "193"],
  days: FOURTEEN_MONTHS_OF_DAYS.slice(0, 15),
  keyPrefix: "a",
  admin1: [null, "Punjab"],
};

/** Seeded random filters over the vocabulary: actor, source and target lists with other fields. */
function randomFilters(n: number, seed: number): EventFilter[] {
  const r = createRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  // Countries, codes with roles, prefixes cut inside a role, and (not split) prefixes under three letters.
  const prefix = () =>
    pick([
      () => pick(VOCABULARY.countries),
      () => pick(VOCABULARY.countries) + pick(VOCABULARY.roles.slice(1)),
      () => `${pick(VOCABULARY.countries)}GO`,
      () => pick(VOCABULARY.countries).slice(0, 1 + Math.floor(r() * 2)),
    ])();
  const list = () => {
    const values = Array.from({ length: 1 + Math.floor(r() * 3) }, prefix);
    return values.length === 1 ? values[0]! : values;
  };
  return Array.from({ length: n }, () => {
    const f: Record<string, unknown> = {};
    const which = pick(["actor", "source", "target", "actor+target", "source+target"]);
    for (const field of which.split("+")) f[field] = list();
    if (r() < 0.3) f.quad = pick([1, 2, 3, 4]);
    if (r() < 0.2) f.from = pick(VOCABULARY.days);
    if (r() < 0.2) f.to = pick(VOCABULARY.days);
    if (r() < 0.1) f.minGoldstein = 0;
    return f as EventFilter;
  });
}

for (const backend of storeBackends("sitrep-actor-pages-")) {
  describe(`actor pages against the whole filter: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
      if (store) await store.insertEvents(randomEvents(800, 11, VOCABULARY));
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    it("random filters: the pages hold every matching event once, in page order", async (ctx) => {
      if (!store) return ctx.skip();
      const filters = randomFilters(60, 5);
      let split = 0;
      let matched = 0;
      const sizes = createRandom(9);
      for (const filter of filters) {
        if (pageBranches(filter).some((b) => b.side)) split++;
        const expected = pageOrder(
          (await store.queryEvents(filter, { limit: 100_000, offset: 0 })).map(
            (e) => `${e.day} ${e.eventKey}`,
          ),
        );
        matched += expected.length;
        const size = 1 + Math.floor(sizes() * 60);
        const json = sizes() < 0.5;
        expect(
          await walkPages(store, filter, size, json),
          `${JSON.stringify(filter)}, pages of ${size}`,
        ).toEqual(expected);
      }
      // The filters exercise the split path and select events (not an empty comparison).
      expect(split).toBeGreaterThan(30);
      expect(matched).toBeGreaterThan(2000);
    });
  });
}

describe("the condition of an actor side", () => {
  /** The SQL a page of `filter` runs on PostgreSQL (compiled, not run). */
  async function pageSql(filter: EventFilter): Promise<string> {
    const seen: string[] = [];
    const db = new Kysely<Database>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
      log: (e) => void seen.push(e.query.sql),
    });
    await pageRows(db, "postgres", filter, 51, null, (q) => q.select(["day", "event_key"]));
    return seen.join("\n");
  }

  it("is the country column alone for a country, so no planner takes the two for independent", async () => {
    // PostgreSQL multiplied the selectivities of `source_country = 'BLR'` and the code range that
    // says the same, expected ~1 % of the rows, and sorted all of a rare actor's events (945 ms).
    const country = await pageSql({ actor: "BLR" });
    expect(country).toContain('"source_country" = $');
    expect(country).toContain('"target_country" = $');
    expect(country).not.toContain('"source_code" >=');
    expect(country).not.toContain('"target_code" >=');
    // A longer prefix keeps its code range (the country index still leads).
    const role = await pageSql({ actor: "BLRGOV" });
    expect(role).toContain('"source_country" = $');
    expect(role).toContain('"source_code" >=');
  });
});
