// Stage 7, store: one interface, two backends. SQLite is the embedded default; PostgreSQL is
// chosen by a postgres:// URL (config.databaseUrl or SITREP_DATABASE_URL).

import { type Kysely, sql } from "kysely";
import { SitrepError } from "../errors.ts";
import type { Config } from "../types.ts";
import { createKyselyStore, type ErrorMapper } from "./kysely-store.ts";
import { type LiveState, openLiveState as openLiveStateOn } from "./live-state.ts";
import { postgresBulkInsert } from "./postgres/bulk-insert-postgres.ts";
import { connectPostgres, mapPostgresError } from "./postgres/connect-postgres.ts";
import type { Database } from "./schema.ts";
import { sqliteBulkInsert } from "./sqlite/bulk-insert-sqlite.ts";
import {
  closeSelfContained,
  connectSqlite,
  mapSqliteError,
  sqliteDyadStamp,
  sqliteGeneration,
} from "./sqlite/connect-sqlite.ts";
import type { Store } from "./store.ts";

export { type ActorNetwork, networkFromDyads } from "./actor-network.ts";
export { JsonList } from "./annotation-parts.ts";
export type { EventJsonRow } from "./event-page.ts";
export type { LoggedDocument, Outbox, OutboxBatch } from "./live-outbox.ts";
export type { JobRow, JobTable, LiveState, PollRecord, SourceStatus } from "./live-state.ts";
export type * from "./serve-store.ts";
export type * from "./store.ts";

/** The database handle behind each open store, for the live tables that share its connection
 * (on SQLite a second connection would wait on the first one's write lock inside one process). */
const handles = new WeakMap<Store, { db: Kysely<Database>; mapError: ErrorMapper }>();

/** The live side's tables (source status, seen URLs, the embedded job queue) in the store's own database. */
export function openLiveState(store: Store): Promise<LiveState> {
  const handle = handles.get(store);
  if (!handle) throw new SitrepError("E_INTERNAL", "openLiveState needs a store opened by openStore");
  return openLiveStateOn(handle.db, handle.mapError, store.backend);
}

/** Opens the configured store and brings its schema up to date. */
export async function openStore(
  config: Pick<Config, "dbPath" | "databaseUrl">,
  options: {
    busyTimeoutMs?: number;
    readOnly?: boolean;
    /** Characters of annotations JSON per part (annotation-parts.ts): tests set it small. */
    annotationPartChars?: number;
    /**
     * Keep /series texts per country dyad until one of its events is written (series-text-cache.ts;
     * default on). Off for a read-only store, whose schema may predate the stamps.
     */
    seriesTextCache?: boolean;
  } = {},
): Promise<Store> {
  const { annotationPartChars } = options;
  const seriesTextCache = options.seriesTextCache === false || options.readOnly ? false : undefined;
  let store: Store;
  if (config.databaseUrl?.startsWith("postgres")) {
    const db = connectPostgres(config.databaseUrl);
    store = createKyselyStore(db, "postgres", {
      mapError: mapPostgresError,
      bulkInsert: postgresBulkInsert(db),
      annotationPartChars,
      seriesTextCache,
      // VACUUM also sets the visibility map, without which covering indexes still read the table.
      analyze: async () => {
        await sql`vacuum analyze`.execute(db);
      },
    });
    handles.set(store, { db, mapError: mapPostgresError });
  } else {
    const { db, raw } = connectSqlite(config.dbPath, options);
    const sqliteStore = createKyselyStore(db, "sqlite", {
      mapError: mapSqliteError,
      bulkInsert: sqliteBulkInsert(raw),
      analyze: async () => {
        raw.exec("analyze");
      },
      readGeneration: sqliteGeneration(raw),
      readDyadStamp: sqliteDyadStamp(raw),
      annotationPartChars,
      seriesTextCache,
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
    handles.set(store, { db, mapError: mapSqliteError });
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
