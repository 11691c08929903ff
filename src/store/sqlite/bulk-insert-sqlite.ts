// SQLite bulk event insert for imports and benchmarks (GDELT files, bench/store, bench/api).
import type BetterSqlite3 from "better-sqlite3";
import { ACTOR_MONTHS } from "../month-rollup-schema.ts";
import { addPrefixCellsSql, PREFIX_TABLE } from "../prefix-rollup.ts";
import { ACTOR_DAYS, addCellsSql, DYAD_DAYS, PLACE_DAYS, type RollupSpec } from "../rollup-schema.ts";
import type { EventsTable } from "../schema.ts";
import { ACTOR_DYAD_DAYS, DYAD_MONTHS } from "../series-rollup-schema.ts";

/**
 * The per-row insert triggers a bulk batch replaces with one grouped statement each: the roll-ups
 * (dyad-rollup-schema.ts, rollup-schema.ts) and the store generation. Any other trigger on events
 * (one a later migration adds) keeps firing per row.
 */
const cellsOf = (spec: RollupSpec) => (from: string) => addCellsSql(spec, from);
/** Each trigger with the statement that adds a batch's grouped cells (`from`: the new rows). */
const ROLLUP_TRIGGERS: readonly (readonly [string, (from: string) => string])[] = [
  ["events_rollup_insert", cellsOf(DYAD_DAYS)],
  ["events_place_days_insert", cellsOf(PLACE_DAYS)],
  ["events_actor_days_insert", cellsOf(ACTOR_DAYS)],
  ["events_actor_months_insert", cellsOf(ACTOR_MONTHS)],
  ["events_dyad_months_insert", cellsOf(DYAD_MONTHS)],
  ["events_actor_dyad_days_insert", cellsOf(ACTOR_DYAD_DAYS)],
  [`events_${PREFIX_TABLE}_insert`, addPrefixCellsSql],
];
const GENERATION_TRIGGER = "events_generation_insert";

/**
 * Batches at least this large take the grouped path: below it, dropping and recreating triggers
 * (two schema changes, which make every connection re-prepare its statements) costs more than the
 * row triggers it saves.
 */
export const GROUPED_ROLLUP_MIN_ROWS = 500;

/**
 * Bulk event insert for imports and benchmarks: one prepared statement run in one transaction,
 * which better-sqlite3 executes without a query-builder round trip per row. Callers should pass
 * tens of thousands of rows: every transaction rewrites each index page it touched (WAL), and
 * with a few hundred dyads and actors each batch touches most hot pages however small it is.
 *
 * A large batch does not fire the roll-up triggers row by row (four upserts per event, most of the
 * load's time): inside the batch's transaction the insert triggers are dropped, the rows inserted,
 * the keys actually inserted (existing keys are skipped) remembered in a temporary table, every
 * roll-up given the grouped cells of those rows in one upsert, the generation raised by their
 * number, and the triggers recreated from their own stored SQL. The transaction makes it atomic:
 * other connections see the triggers throughout and the roll-ups never out of step with events.
 * The roll-ups end exactly as row triggers leave them (test/store/bulk-insert.test.ts).
 */
export function sqliteBulkInsert(
  raw: BetterSqlite3.Database,
): (rows: readonly EventsTable[]) => Promise<number> {
  let insert: BetterSqlite3.Statement | null = null;
  let columns: (keyof EventsTable)[] = [];
  return async (rows) => {
    if (!rows.length) return 0;
    if (!insert) {
      columns = Object.keys(rows[0]!) as (keyof EventsTable)[];
      insert = raw.prepare(
        `insert into events (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")}) on conflict (event_key) do nothing`,
      );
    }
    const statement = insert;
    // Positional values: binding 30 named parameters from an object per row cost more than the insert.
    const values = (row: EventsTable) => columns.map((c) => row[c]);
    if (rows.length < GROUPED_ROLLUP_MIN_ROWS) {
      raw.transaction((batch: readonly EventsTable[]) => {
        for (const row of batch) statement.run(values(row));
      })(rows);
      return rows.length;
    }
    raw.transaction((batch: readonly EventsTable[]) => groupedBatch(raw, statement, batch, values))(rows);
    return rows.length;
  };
}

/** One large batch with the roll-ups added per group, not per row (inside the caller's transaction). */
function groupedBatch(
  raw: BetterSqlite3.Database,
  insert: BetterSqlite3.Statement,
  batch: readonly EventsTable[],
  values: (row: EventsTable) => unknown[],
): void {
  const names = [...ROLLUP_TRIGGERS.map(([name]) => name), GENERATION_TRIGGER];
  const stored = raw
    .prepare(
      `select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'events' and name in (${names.map(() => "?").join(", ")})`,
    )
    .all(...names) as { name: string; sql: string }[];
  const present = new Set(stored.map((t) => t.name));
  for (const t of stored) raw.exec(`drop trigger ${t.name}`);
  raw.exec("create temp table if not exists bulk_inserted_keys (event_key text primary key)");
  raw.exec("delete from temp.bulk_inserted_keys");
  const remember = raw.prepare("insert into temp.bulk_inserted_keys (event_key) values (?)");
  let inserted = 0;
  for (const row of batch) {
    if (insert.run(values(row)).changes > 0) {
      remember.run(row.event_key);
      inserted++;
    }
  }
  const fresh = "(select e.* from temp.bulk_inserted_keys k join events e on e.event_key = k.event_key)";
  for (const [name, addCells] of ROLLUP_TRIGGERS) if (present.has(name)) raw.exec(addCells(fresh));
  if (present.has(GENERATION_TRIGGER))
    raw.prepare("update store_generation set generation = generation + ? where id = 1").run(inserted);
  raw.exec("delete from temp.bulk_inserted_keys");
  for (const t of stored) raw.exec(t.sql);
}
