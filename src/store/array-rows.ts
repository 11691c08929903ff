// Rows read as arrays, in the order the query selects its columns, for reads whose cost grows with
// the rows returned (a ten-year weekly series is ~520 rows). better-sqlite3 builds an object with a
// property per column for every row unless a statement is put in raw mode, and Kysely's SQLite
// driver gives no way to ask for that; so the statement's text carries a leading comment that
// the SQLite connection (sqlite/connect-sqlite.ts, withStatementCache) reads as "raw mode", and
// the statement is kept under that text, apart from the same query read as objects. Other
// backends ignore the comment and return objects, which are turned into arrays here.
import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Leading comment of a statement whose rows are read as arrays. */
export const ROWS_AS_ARRAYS = "/* rows as arrays */ ";

/** The rows of `query` as arrays of its selected columns, in order. */
export async function selectArrays(db: Kysely<Database>, query: Compilable): Promise<unknown[][]> {
  const { sql, parameters } = query.compile();
  const { rows } = await db.executeQuery(CompiledQuery.raw(`${ROWS_AS_ARRAYS}${sql}`, [...parameters]));
  if (rows.length === 0 || Array.isArray(rows[0])) return rows as unknown[][];
  // Column names are the select list's distinct aliases, so the values come in select order.
  return (rows as Record<string, unknown>[]).map((r) => Object.values(r));
}
