// PostgreSQL bulk event insert for imports and benchmarks (GDELT files, bench/store).
import { type Kysely, sql } from "kysely";
import type { Database, EventsTable } from "../schema.ts";

/** Rows per statement: one JSON text of about 3 MB, so a huge import never builds one giant string. */
const CHUNK_ROWS = 10_000;

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
  avg_tone: "double precision",
  confidence: "double precision",
  place_kind: "text",
  admin1_code: "text",
  feature_id: "text",
  is_root: "integer",
};

/**
 * Bulk event insert: one statement per batch, the rows sent as one JSON array parameter and
 * expanded by json_to_recordset(). JSON.stringify is native, where building 30 PostgreSQL array
 * literals value by value in JavaScript cost the client more than the server spent inserting.
 */
export function postgresBulkInsert(db: Kysely<Database>): (rows: readonly EventsTable[]) => Promise<number> {
  const columns = Object.keys(COLUMN_TYPES) as (keyof EventsTable)[];
  const names = sql.join(columns.map((c) => sql.ref(c)));
  const shape = sql.raw(columns.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(", "));
  return async (rows) => {
    if (!rows.length) return 0;
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
        // Only the known columns, in case a caller's row object carries more.
        const json = JSON.stringify(rows.slice(i, i + CHUNK_ROWS), columns);
        await sql`insert into events (${names})
          select ${names} from json_to_recordset(${json}::json) as r(${shape})
          on conflict (event_key) do nothing`.execute(trx);
      }
    });
    return rows.length;
  };
}
