// SQLite bulk event insert for imports and benchmarks (GDELT files, bench/store).
import type BetterSqlite3 from "better-sqlite3";
import type { EventsTable } from "../schema.ts";

/**
 * Bulk event insert for imports and benchmarks: one prepared statement run in one transaction,
 * which better-sqlite3 executes without a query-builder round trip per row. Callers should pass
 * tens of thousands of rows: every transaction rewrites each index page it touched (WAL), and
 * with a few hundred dyads and actors each batch touches most hot pages however small it is.
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
    raw.transaction((batch: readonly EventsTable[]) => {
      for (const row of batch) statement.run(columns.map((c) => row[c]));
    })(rows);
    return rows.length;
  };
}
