// The embedded default: one SQLite file, WAL journal so readers never block the writer.
import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { SitrepError } from "../../errors.ts";
import { ROWS_AS_ARRAYS } from "../array-rows.ts";
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
  // SQLITE_FULL: the disk (or max_page_count) is full; ENOSPC when the OS says so directly.
  if (code.startsWith("SQLITE_FULL") || code === "ENOSPC") return new SitrepError("E_DISK_FULL", message);
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

export interface SqliteOpenOptions {
  readonly busyTimeoutMs?: number;
  /**
   * Only reading (query, export): the file must exist (E_DB_MISSING, never an empty new one) and is
   * opened read-only, so a database in a read-only folder or on read-only media can be queried.
   */
  readonly readOnly?: boolean;
}

/** Opens (read-only: only reads) a SQLite database file; never creates folders. */
export function connectSqlite(
  path: string,
  options: SqliteOpenOptions = {},
): { db: Kysely<Database>; raw: BetterSqlite3.Database } {
  const { busyTimeoutMs = BUSY_TIMEOUT_MS, readOnly = false } = options;
  if (path !== ":memory:") {
    const dir = dirname(path);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new SitrepError("E_DB_DIR_MISSING", `No folder ${dir} for the database ${path}`);
    if (readOnly && !existsSync(path)) throw new SitrepError("E_DB_MISSING", `No database at ${path}`);
  }
  let raw: BetterSqlite3.Database;
  try {
    raw = readOnly ? openReadOnly(path, busyTimeoutMs) : new BetterSqlite3(path, { timeout: busyTimeoutMs });
    // Reading the schema fails at once on a file that is not a database, before any write.
    raw.prepare("select count(*) from sqlite_master").get();
    if (!readOnly) {
      raw.pragma("journal_mode = WAL");
      raw.pragma("foreign_keys = ON");
      raw.pragma("synchronous = NORMAL");
    }
    // SQLite's default page cache is 2 MB: at millions of events every index insert then reads its
    // pages back through the OS. Negative = KiB; allocated only as pages are touched.
    raw.pragma(`cache_size = -${CACHE_KIB}`);
    raw.pragma("temp_store = MEMORY");
  } catch (error) {
    throw mapSqliteError(error);
  }
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) }),
    raw,
  };
}

/** Prepared statements kept per connection (least recently used dropped first). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The connection as Kysely's SQLite driver sees it, with prepared statements reused by SQL text.
 * The driver prepares every query it runs, and compiling a 40-column select costs about as much as
 * running it for one page of events; an API read repeats the same few statements with other bound
 * values. A statement still iterating (a streamed query) is never handed out twice: a new one is
 * prepared instead. SQLite re-prepares a kept statement itself after a schema change. A text that
 * starts with ROWS_AS_ARRAYS (array-rows.ts) gets a statement in raw mode: its rows are arrays.
 */
function withStatementCache(raw: BetterSqlite3.Database): {
  close(): void;
  prepare(sql: string): BetterSqlite3.Statement;
} {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare: (sql) => {
      const hit = kept.get(sql);
      if (hit && !hit.busy) {
        kept.delete(sql);
        kept.set(sql, hit);
        return hit;
      }
      const statement = raw.prepare(sql);
      if (sql.startsWith(ROWS_AS_ARRAYS)) statement.raw(true);
      if (!hit) {
        kept.set(sql, statement);
        if (kept.size > STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
      }
      return statement;
    },
  };
}

/**
 * A read-only connection. A database left in WAL mode needs its -shm file, which SQLite cannot
 * create in a read-only folder; openStore therefore leaves every file it wrote in rollback-journal
 * mode when it closes (see closeSelfContained), and a file still in WAL mode there is E_DB_OPEN.
 */
function openReadOnly(path: string, busyTimeoutMs: number): BetterSqlite3.Database {
  return new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
}

/**
 * Before closing a connection that wrote: back to rollback-journal mode, which checkpoints the WAL
 * and leaves one self-contained file that a read-only folder or medium can still be queried from.
 * When another process still has the file open the mode stays WAL (SQLite refuses the change).
 */
export function closeSelfContained(raw: BetterSqlite3.Database): void {
  try {
    raw.pragma("journal_mode = DELETE");
  } catch {
    // Busy or read-only: the next writer's close will do it.
  }
}

/**
 * Reads the store generation (rollup-schema.ts) with one statement prepared on first use (the
 * table exists once migrations ran). On this connection, so it sees what this process wrote.
 */
export function sqliteGeneration(raw: BetterSqlite3.Database): () => number {
  let statement: BetterSqlite3.Statement | null = null;
  return () => {
    statement ??= raw.prepare("select generation from store_generation where id = 1").pluck();
    return Number(statement.get() ?? 0);
  };
}

/** Reads a country dyad's write stamp (dyad-write-stamps.ts) as sqliteGeneration reads the generation. */
export function sqliteDyadStamp(raw: BetterSqlite3.Database): (source: string, target: string) => number {
  let statement: BetterSqlite3.Statement | null = null;
  return (source, target) => {
    statement ??= raw
      .prepare("select writes from dyad_write_stamps where source_country = ? and target_country = ?")
      .pluck();
    return Number(statement.get(source, target) ?? 0);
  };
}
