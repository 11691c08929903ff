// Migration 016: the indexes an /events page filtered by an actor is read along (page-query.ts,
// actorSideBranches). An actor is a code prefix on the source or the target; a prefix of a country
// or longer fixes the code's first three letters, which events keep as source_country and
// target_country. With the day (newest first) and the key after them, each side's events come in
// page order, so a page reads its 51 rows and stops, instead of every event of the actor sorted.
import type { Kysely, Migration } from "kysely";

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
