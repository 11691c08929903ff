// The embedded default: one SQLite file, WAL journal so readers never block the writer.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { SitrepError } from "../../errors.ts";
import type { Database } from "../schema.ts";

/** How long a writer waits for another process's lock before E_DB_LOCKED. */
const BUSY_TIMEOUT_MS = 5000;

/** Page cache per connection, 256 MiB: holds the hot index pages of a 10-million-event store
 * (measured in bench/store: the 2 MB default spent more time in read() than in SQLite). */
const CACHE_KIB = 256 * 1024;

export function mapSqliteError(error: unknown): SitrepError {
  if (error instanceof SitrepError) return error;
  const code = (error as { code?: string }).code ?? "";
  const message = (error as Error).message ?? String(error);
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"))
    return new SitrepError("E_DB_CORRUPT", message);
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    return new SitrepError("E_DB_LOCKED", message);
  if (
    code.startsWith("SQLITE_CANTOPEN") ||
    code.startsWith("SQLITE_READONLY") ||
    code.startsWith("SQLITE_PERM")
  ) {
    return new SitrepError("E_DB_OPEN", message);
  }
  return new SitrepError("E_INTERNAL", message);
}

export function connectSqlite(
  path: string,
  busyTimeoutMs = BUSY_TIMEOUT_MS,
): { db: Kysely<Database>; raw: BetterSqlite3.Database } {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { timeout: busyTimeoutMs });
    // Reading the schema fails at once on a file that is not a database, before any write.
    raw.prepare("select count(*) from sqlite_master").get();
    raw.pragma("journal_mode = WAL");
    raw.pragma("foreign_keys = ON");
    raw.pragma("synchronous = NORMAL");
    // SQLite's default page cache is 2 MB: at millions of events every index insert then reads its
    // pages back through the OS. Negative = KiB; allocated only as pages are touched.
    raw.pragma(`cache_size = -${CACHE_KIB}`);
    raw.pragma("temp_store = MEMORY");
  } catch (error) {
    throw mapSqliteError(error);
  }
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }), raw };
}
