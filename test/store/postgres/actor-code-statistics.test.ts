// Migration 020 (src/store/postgres/actor-code-statistics.ts): PostgreSQL keeps the joint frequency
// of each country column with its code column, so the planner does not take `source_country = 'BLR'`
// and the range of `BLRGOV` codes for independent conditions. After an analyze, the statistics hold
// the pairs the events have. Skipped with a reason when PostgreSQL is unreachable outside CI.
import { describe, expect, it } from "vitest";
import { ACTOR_CODE_STATISTICS } from "../../../src/store/postgres/actor-code-statistics.ts";
import { postgresStoreWithClient } from "../../helpers/postgres-store.ts";
import { randomEvents } from "../../helpers/random-events.ts";

const VOCABULARY = {
  countries: ["BLR", "USA", "CHN"],
  roles: ["", "GOV", "MIL"],
  codes: ["010", "036", "173", "190"],
  days: ["2024-02-10", "2024-02-11", "2024-03-01"],
  keyPrefix: "c",
};

describe("PostgreSQL statistics of country and code columns together", () => {
  const pgx = postgresStoreWithClient();

  it("exist as most-common-value lists and hold the stored pairs after an analyze", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    await pgx.store.insertEvents(randomEvents(300, 3, VOCABULARY));
    await pgx.store.analyze();
    for (const s of ACTOR_CODE_STATISTICS) {
      const { rows } = await pgx.client.query(
        `select s.stxkind::text[] as stxkind, e.most_common_vals from pg_statistic_ext s
           left join pg_stats_ext e on e.statistics_name = s.stxname where s.stxname = $1`,
        [s.name],
      );
      expect(rows, s.name).toHaveLength(1);
      expect(rows[0].stxkind).toEqual(["m"]);
      // Pairs such as {BLRGOV,BLR} (in the table's column order): a code beside its country.
      const pairs = (rows[0].most_common_vals ?? []) as string[][];
      expect(
        pairs.some((pair) => pair.includes("BLR") && pair.includes("BLRGOV")),
        s.name,
      ).toBe(true);
    }
  });
});
