// Migration 016: the indexes an /events page filtered by an actor is read along (page-query.ts,
// actorSideBranches). An actor is a code prefix on the source or the target; a prefix of a country
// or longer fixes the code's first three letters, which events keep as source_country and
// target_country. With the day (newest first) and the key after them, each side's events come in
// page order, so a page reads its 51 rows and stops, instead of every event of the actor sorted.
// Migration 018: the same with the CAMEO root after the country, for an actor with roots
// (actor=PAK&root=19: page-query.ts reads a branch per root and side). Along events_root_day alone,
// a page walked the root's events until 51 had the actor (~600 rows and their table lookups for PAK).
import { type Kysely, type Migration, sql } from "kysely";

/** The two indexes, by the column that leads each. */
export const ACTOR_PAGE_INDEXES = {
  source_country: "events_source_country_page",
  target_country: "events_target_country_page",
} as const;

export const m016_actor_page_indexes: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [column, name] of Object.entries(ACTOR_PAGE_INDEXES))
      await db.schema
        .createIndex(name)
        .ifNotExists()
        .on("events")
        .columns([column, "day desc", "event_key"])
        .execute();
  },
};

/** Migration 018's two indexes, by the column that leads each (the root follows it). */
export const ACTOR_ROOT_PAGE_INDEXES = {
  source_country: "events_source_country_root_page",
  target_country: "events_target_country_root_page",
} as const;

export const m018_actor_root_page_indexes = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    for (const [column, name] of Object.entries(ACTOR_ROOT_PAGE_INDEXES))
      await db.schema
        .createIndex(name)
        .ifNotExists()
        .on("events")
        .columns([column, "cameo_root", "day desc", "event_key"])
        .execute();
    if (backend !== "sqlite") return;
    // In an analysed store, an index without statistics looks to SQLite's planner as if it matched
    // a handful of rows: an actor's page alone (source_country = ?) then took it and sorted the
    // actor's every event, instead of migration 016's index in page order. Its own statistics
    // (ANALYZE of the two indexes only) put it back.
    const analysed = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
    if (Number(analysed.rows[0]?.n))
      for (const name of Object.values(ACTOR_ROOT_PAGE_INDEXES)) await sql.raw(`analyze ${name}`).execute(db);
  },
});
