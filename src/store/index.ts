// Stage 7, store: one interface, two backends. SQLite is the embedded default; PostgreSQL is
// chosen by a postgres:// URL (config.databaseUrl or SITREP_DATABASE_URL).

import { sql } from "kysely";
import type { Config } from "../types.ts";
import { createKyselyStore } from "./kysely-store.ts";
import { postgresBulkInsert } from "./postgres/bulk-insert-postgres.ts";
import { connectPostgres, mapPostgresError } from "./postgres/connect-postgres.ts";
import { sqliteBulkInsert } from "./sqlite/bulk-insert-sqlite.ts";
import { connectSqlite, mapSqliteError } from "./sqlite/connect-sqlite.ts";
import type { Store } from "./store.ts";

export { type ActorNetwork, networkFromDyads } from "./actor-network.ts";
export type * from "./serve-store.ts";
export type * from "./store.ts";

/** Opens the configured store and brings its schema up to date. */
export async function openStore(
  config: Pick<Config, "dbPath" | "databaseUrl">,
  options: { busyTimeoutMs?: number } = {},
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
    const { db, raw } = connectSqlite(config.dbPath, options.busyTimeoutMs);
    store = createKyselyStore(db, "sqlite", {
      mapError: mapSqliteError,
      bulkInsert: sqliteBulkInsert(raw),
      analyze: async () => {
        raw.exec("analyze");
      },
    });
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
export { documentTone } from "./document-tone.ts";
export {
  EVENT_SORT_KEYS,
  type EventQuery,
  FILTER_PARAMS,
  PAGE_PARAMS,
  type ParamValue,
  parseEventFilter,
  parseEventQuery,
  type QueryParam,
} from "./filter-params.ts";
