// Migration 023: the index an /events page filtered by place names is read along (page-query.ts,
// pageBranches). The place filter matches lower(place_name) (event-filter.ts), so the index is on
// that expression, then the day (newest first) and the key: one place's events come in page order
// and a page reads its 51 rows and stops. Without it a page walks every event newest first and
// tests each one's place: a place with few or no events read all 1M generated events (256–404 ms
// a page, bench/api/filter-pages.ts). SQLite and PostgreSQL both index an expression.
import { type Kysely, type Migration, sql } from "kysely";

export const PLACE_PAGE_INDEX = "events_place_page";

export const m023_place_page_index: Migration = {
  async up(db: Kysely<unknown>) {
    await sql
      .raw(
        `create index if not exists ${PLACE_PAGE_INDEX} on events (lower(place_name), day desc, event_key)`,
      )
      .execute(db);
  },
};
