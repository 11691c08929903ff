// Stage 7, store: one interface, two backends. SQLite is the embedded default; PostgreSQL is
// chosen by a postgres:// URL (config.databaseUrl or SITREP_DATABASE_URL).

import { sql } from "kysely";
import type { Config } from "../types.ts";
import { createKyselyStore } from "./kysely-store.ts";
import { postgresBulkInsert } from "./postgres/bulk-insert-postgres.ts";
import { connectPostgres, mapPostgresError } from "./postgres/connect-postgres.ts";
import { sqliteBulkInsert } from "./sqlite/bulk-insert-sqlite.ts";
import { closeSelfContained, connectSqlite, mapSqliteError } from "./sqlite/connect-sqlite.ts";
import type { Store } from "./store.ts";

export type * from "./store.ts";

/** Opens the configured store and brings its schema up to date. */
export async function openStore(
  config: Pick<Config, "dbPath" | "databaseUrl">,
  options: { busyTimeoutMs?: number; readOnly?: boolean } = {},
): Promise<Store> {
  let store: Store;
  if (config.databaseUrl?.startsWith("postgres")) {
    const db = connectPostgres(config.databaseUrl);
    store = createKyselyStore(db, "postgres", {
      mapError: mapPostgresError,
      bulkInsert: postgresBulkInsert(db),
      // VACUUM also sets the visibility map, without which covering indexes still read the table.
      analyze: async () => {
        await sql`vacuum analyze`.execute(db);
      },
    });
  } else {
    const { db, raw } = connectSqlite(config.dbPath, options);
    const sqliteStore = createKyselyStore(db, "sqlite", {
      mapError: mapSqliteError,
      bulkInsert: sqliteBulkInsert(raw),
      analyze: async () => {
        raw.exec("analyze");
      },
    });
    store = options.readOnly
      ? sqliteStore
      : {
          ...sqliteStore,
          close: async () => {
            closeSelfContained(raw);
            await sqliteStore.close();
          },
        };
  }
  // A read-only SQLite store is read as it is: its schema cannot be brought up to date.
  if (options.readOnly && !config.databaseUrl?.startsWith("postgres")) return store;
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
