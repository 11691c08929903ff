import type BetterSqlite3 from "better-sqlite3";
import type { EventsTable } from "../schema.ts";

/**
 * Bulk event insert for imports and benchmarks: one prepared statement run in a transaction,
 * which better-sqlite3 executes without a query-builder round trip per row.
 */
export function sqliteBulkInsert(
  raw: BetterSqlite3.Database,
): (rows: readonly EventsTable[]) => Promise<number> {
  let insert: BetterSqlite3.Statement | null = null;
  let columns: string[] = [];
  return async (rows) => {
    if (!rows.length) return 0;
    if (!insert) {
      columns = Object.keys(rows[0]!);
      insert = raw.prepare(
        `insert into events (${columns.join(", ")}) values (${columns.map((c) => `@${c}`).join(", ")}) on conflict (event_key) do nothing`,
      );
    }
    const statement = insert;
    raw.transaction((batch: readonly EventsTable[]) => {
      for (const row of batch) statement.run(row);
    })(rows);
    return rows.length;
  };
}
