// PostgreSQL for scale: selected when SITREP_DATABASE_URL=postgres://... is set.
import { Kysely } from "kysely";
import pg from "pg";
import { SitrepError } from "../../errors.ts";
import type { Database } from "../schema.ts";
import { coalesceWritesPerTick, PipelinedPostgresDialect } from "./pipelined-driver.ts";
import { prepareRepeatedStatements } from "./prepared-statements.ts";

/** A query waiting this long for a row lock fails with E_DB_LOCKED instead of hanging. */
const LOCK_TIMEOUT_MS = 5000;

export function mapPostgresError(error: unknown): SitrepError {
  if (error instanceof SitrepError) return error;
  const code = (error as { code?: string }).code ?? "";
  const message = (error as Error).message ?? String(error);
  if (code === "55P03" || code === "40P01") return new SitrepError("E_DB_LOCKED", message);
  if (code === "XX001" || code === "XX002") return new SitrepError("E_DB_CORRUPT", message);
  // 53100 disk_full: the server's disk is full.
  if (code === "53100" || code === "ENOSPC") return new SitrepError("E_DISK_FULL", message);
  if (["ECONNREFUSED", "ENOTFOUND", "28P01", "3D000", "28000"].includes(code))
    return new SitrepError("E_DB_OPEN", message);
  return new SitrepError("E_INTERNAL", message);
}

export function connectPostgres(url: string): Kysely<Database> {
  // Counts and sums come back as numbers, not strings (bigint 20, numeric 1700).
  pg.types.setTypeParser(20, (v) => Number(v));
  pg.types.setTypeParser(1700, (v) => Number(v));
  // Pipeline mode: a transaction's BEGIN travels with its first statement (pipelined-driver.ts).
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    options: `-c lock_timeout=${LOCK_TIMEOUT_MS}`,
    pipeline: true,
  });
  // Repeated statements prepared once per connection; a BEGIN and the statement behind it (or a
  // statement sent ahead and its COMMIT) in one socket write.
  pool.on("connect", (client) => {
    prepareRepeatedStatements(client as never);
    const socket = (client as unknown as { connection?: { stream?: unknown } }).connection?.stream;
    if (socket && typeof (socket as { cork?: unknown }).cork === "function")
      coalesceWritesPerTick(socket as Parameters<typeof coalesceWritesPerTick>[0]);
  });
  pool.on("error", () => {
    // Idle-client errors surface on the next query, which maps them to a coded error.
  });
  return new Kysely<Database>({ dialect: new PipelinedPostgresDialect({ pool }) });
}
