// SQLite bulk event insert for imports and benchmarks (GDELT files, bench/store, bench/api).
import type BetterSqlite3 from "better-sqlite3";
import type { EventsTable } from "../schema.ts";
import {
  bumpsGeneration,
  GROUPED_ROLLUP_MIN_ROWS,
  GROUPED_TRIGGER_NAMES,
  groupedCellsSql,
  STORED_TRIGGERS_SQL,
  type StoredTrigger,
} from "./grouped-rollups.ts";

export { GROUPED_ROLLUP_MIN_ROWS };

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
  const stored = raw.prepare(STORED_TRIGGERS_SQL).all(...GROUPED_TRIGGER_NAMES) as StoredTrigger[];
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
  for (const statement of groupedCellsSql(stored, fresh)) raw.exec(statement);
  if (bumpsGeneration(stored))
    raw.prepare("update store_generation set generation = generation + ? where id = 1").run(inserted);
  raw.exec("delete from temp.bulk_inserted_keys");
  for (const t of stored) raw.exec(t.sql);
}
