// Migration 020 (PostgreSQL): statistics of which codes each country column goes with. An actor
// page's branch (page-query.ts) asks for `source_country = 'BLR' and source_code >= 'BLRGOV' and
// source_code < 'BLRGOW'`; the country is the code's first three letters, but the planner, which
// takes two columns' conditions for independent, multiplied their selectivities and expected ~1 %
// of the rows a rare actor has. It then read all of them through a bitmap of two indexes and
// sorted them (BLRGOV at 1M generated events: 100–200 ms) instead of walking the country index in
// page order and stopping at the page (0.4 ms). A most-common-values list over the pair of columns
// gives the planner the joint frequency (bench/README.md, bench/api, session 19). SQLite has no
// such statistics, and its plans already take the country index.
import { type Kysely, type Migration, sql } from "kysely";

/** The statistics objects, by the country column and the code column they pair. */
export const ACTOR_CODE_STATISTICS = [
  { name: "events_source_country_code", country: "source_country", code: "source_code" },
  { name: "events_target_country_code", country: "target_country", code: "target_code" },
] as const;

export const m020_actor_code_statistics = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    if (backend !== "postgres") return;
    for (const s of ACTOR_CODE_STATISTICS)
      await sql
        .raw(`create statistics if not exists ${s.name} (mcv) on ${s.country}, ${s.code} from events`)
        .execute(db);
    // Filled now rather than at the next autovacuum analyze: a store opened for reads plans at once.
    await sql
      .raw(`analyze events (${ACTOR_CODE_STATISTICS.flatMap((s) => [s.country, s.code]).join(", ")})`)
      .execute(db);
  },
});
