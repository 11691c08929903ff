import { type Kysely, sql } from "kysely";
import type { Database, EventsTable } from "../schema.ts";

/** PostgreSQL types of the events columns, for the array parameters of the bulk insert. */
const COLUMN_TYPES: Record<keyof EventsTable, string> = {
  event_key: "text",
  day: "text",
  week: "text",
  month: "text",
  source_code: "text",
  source_name: "text",
  source_country: "text",
  target_code: "text",
  target_name: "text",
  target_country: "text",
  cameo_code: "text",
  cameo_root: "text",
  quad_class: "integer",
  goldstein: "double precision",
  plover_type: "text",
  plover_mode: "text",
  plover_contexts: "text",
  modality: "text",
  negated: "integer",
  place_name: "text",
  country: "text",
  admin1: "text",
  lat: "double precision",
  lon: "double precision",
  num_mentions: "integer",
  num_sources: "integer",
  num_articles: "integer",
  first_seen: "text",
  evidence: "text",
  origin: "text",
};

/**
 * Bulk event insert: one statement per batch, each column sent as one array parameter and
 * expanded by unnest() — a few dozen parameters however many rows.
 */
export function postgresBulkInsert(db: Kysely<Database>): (rows: readonly EventsTable[]) => Promise<number> {
  const columns = Object.keys(COLUMN_TYPES) as (keyof EventsTable)[];
  return async (rows) => {
    if (!rows.length) return 0;
    const arrays = columns.map((c) => {
      const values = rows.map((r) => r[c]);
      return sql`${values}::${sql.raw(COLUMN_TYPES[c])}[]`;
    });
    await sql`insert into events (${sql.join(columns.map((c) => sql.ref(c)))})
      select * from unnest(${sql.join(arrays)})
      on conflict (event_key) do nothing`.execute(db);
    return rows.length;
  };
}
