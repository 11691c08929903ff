// Keyset pages of events, newest day first (the /events route, the MCP tools, the dashboard), and
// the same pages as pre-serialised JSON for the API. One query builder serves both, so a page's
// rows are the same whichever form is asked for; filters are the one implementation
// (applyEventFilter) the CLI uses.
//
// Why JSON from the store: an uncached /events page of 50 spent most of its CPU making objects
// (better-sqlite3 builds one 38-key object per row, toStoredEvent another, the reply serialiser
// walks them again). SQLite's json_object writes each row's reply text in the query itself, with
// only the fields the API publishes (EVENT_JSON_FIELDS, the Event schema's properties in order);
// PostgreSQL rows are written by JSON.stringify from the same field list.
import { type Kysely, type RawBuilder, sql } from "kysely";
import { pageRows } from "./page-query.ts";
import type { Database, EventsTable } from "./schema.ts";
import type { EventCursor } from "./serve-store.ts";
import type { EventFilter } from "./store.ts";

type Backend = "sqlite" | "postgres";

/** How a column becomes a JSON value: as stored, a number, 0/1 as a boolean, or a comma list as an array. */
type FieldKind = "value" | "number" | "boolean" | "list";

/**
 * The published fields of an event (the API's Event schema, in its order) and their columns.
 * A test checks this list against the schema, so the two cannot drift apart.
 */
export const EVENT_JSON_FIELDS: readonly (readonly [string, keyof EventsTable, FieldKind])[] = [
  ["eventKey", "event_key", "value"],
  ["day", "day", "value"],
  ["sourceCode", "source_code", "value"],
  ["sourceName", "source_name", "value"],
  ["targetCode", "target_code", "value"],
  ["targetName", "target_name", "value"],
  ["cameoCode", "cameo_code", "value"],
  ["cameoRoot", "cameo_root", "value"],
  ["quadClass", "quad_class", "number"],
  ["goldstein", "goldstein", "number"],
  ["ploverType", "plover_type", "value"],
  ["ploverMode", "plover_mode", "value"],
  ["ploverContexts", "plover_contexts", "list"],
  ["modality", "modality", "value"],
  ["negated", "negated", "boolean"],
  ["placeName", "place_name", "value"],
  ["country", "country", "value"],
  ["admin1", "admin1", "value"],
  ["lat", "lat", "number"],
  ["lon", "lon", "number"],
  ["numMentions", "num_mentions", "number"],
  ["numSources", "num_sources", "number"],
  ["numArticles", "num_articles", "number"],
  ["firstSeen", "first_seen", "value"],
  ["evidence", "evidence", "value"],
  ["origin", "origin", "value"],
];

/** One row of a JSON page: its cursor position and its reply text. */
export interface EventJsonRow {
  readonly day: string;
  readonly eventKey: string;
  readonly json: string;
}

/**
 * SQLite's value for one field. A comma list becomes an array by quoting the whole list as one JSON
 * string (json_quote escapes every special character and never a comma) and turning each comma
 * into `","`; an empty or missing list is `[]`, as toStoredEvent reads it.
 */
function sqliteValue(column: string, kind: FieldKind): RawBuilder<unknown> {
  const c = sql.ref(column);
  if (kind === "boolean") return sql`json(case when ${c} then 'true' else 'false' end)`;
  if (kind === "list")
    return sql`json(case when coalesce(${c}, '') = '' then '[]' else '[' || replace(json_quote(${c}), ',', '","') || ']' end)`;
  return sql`${c}`;
}

/** The json_object of the published fields, as SQLite writes it. */
const SQLITE_EVENT_JSON = sql<string>`json_object(${sql.join(
  EVENT_JSON_FIELDS.map(([name, column, kind]) => sql`${sql.lit(name)}, ${sqliteValue(column, kind)}`),
)})`;

/** The same JSON written in JavaScript from a row (PostgreSQL, whose numerics arrive as text). */
export function eventJsonOfRow(row: Readonly<Record<string, unknown>>): string {
  const out: Record<string, unknown> = {};
  for (const [name, column, kind] of EVENT_JSON_FIELDS) {
    const v = row[column] ?? null;
    out[name] =
      kind === "number"
        ? v === null
          ? null
          : Number(v)
        : kind === "boolean"
          ? Boolean(Number(v))
          : kind === "list"
            ? v
              ? String(v).split(",")
              : []
            : v;
  }
  return JSON.stringify(out);
}

/** A page as reply text, one row per event (see the head of this file). */
export async function eventJsonPage(
  db: Kysely<Database>,
  backend: Backend,
  filter: EventFilter,
  limit: number,
  after: EventCursor | null,
): Promise<EventJsonRow[]> {
  if (backend === "sqlite") {
    const rows = await pageRows(db, backend, filter, limit, after, (q) =>
      q.select(["day", "event_key", SQLITE_EVENT_JSON.as("json")]),
    );
    return rows.map((r) => ({ day: r.day, eventKey: r.event_key, json: r.json }));
  }
  const rows = await pageRows(db, backend, filter, limit, after, (q) =>
    q.select(EVENT_JSON_FIELDS.map(([, column]) => column)),
  );
  return rows.map((r) => ({
    day: r.day as string,
    eventKey: r.event_key as string,
    json: eventJsonOfRow(r),
  }));
}
