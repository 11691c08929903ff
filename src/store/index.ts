// Stage 7, store: one interface, two backends. SQLite is the embedded default; PostgreSQL is
// chosen by a postgres:// URL (config.databaseUrl or SITREP_DATABASE_URL).
import type { Config } from "../types.ts";
import { createKyselyStore } from "./kysely-store.ts";
import { connectPostgres, mapPostgresError } from "./postgres/connect-postgres.ts";
import { connectSqlite, mapSqliteError } from "./sqlite/connect-sqlite.ts";
import type { Store } from "./store.ts";

export type * from "./store.ts";

/** Opens the configured store and brings its schema up to date. */
export async function openStore(
  config: Pick<Config, "dbPath" | "databaseUrl">,
  options: { busyTimeoutMs?: number } = {},
): Promise<Store> {
  const store = config.databaseUrl?.startsWith("postgres")
    ? createKyselyStore(connectPostgres(config.databaseUrl), "postgres", mapPostgresError)
    : createKyselyStore(connectSqlite(config.dbPath, options.busyTimeoutMs), "sqlite", mapSqliteError);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
