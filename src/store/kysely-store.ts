// The store over Kysely: one implementation for every backend. This file assembles it from its
// parts (document versions, event views, serving and aggregate queries), maps driver errors to
// coded ones, and keeps the lifecycle (migrate, counts, bulk insert, analyze, close). Every value
// reaches the database as a bound parameter; identifiers come only from fixed whitelists.
import { type Kysely, Migrator } from "kysely";
import { SitrepError } from "../errors.ts";
import { createAggregateQueries } from "./aggregate-queries.ts";
import { createDocumentVersions } from "./document-versions.ts";
import { createEventQueries } from "./event-queries.ts";
import { fromStoredEvent, toStoredEvent } from "./event-rows.ts";
import { migrationProviderFor } from "./migrations.ts";
import type { Database, EventsTable } from "./schema.ts";
import {
  createSeriesTextCache,
  DEFAULT_SERIES_TEXT_CACHE,
  type ReadDyadStamp,
  readDyadStampWith,
  type SeriesTextCacheOptions,
} from "./series-text-cache.ts";
import { createServeQueries } from "./serve-queries.ts";
import type { Store } from "./store.ts";

/** Re-exported for the modules that read events through the store's mapping. */
export { toStoredEvent };

/** Maps a driver error to a coded SitrepError; each backend knows its own error shapes. */
export type ErrorMapper = (error: unknown) => SitrepError;

/** What differs between backends beyond the SQL dialect: error shapes and bulk loading. */
export interface BackendParts {
  readonly mapError: ErrorMapper;
  /** Inserts all the rows in one transaction (existing keys are skipped). */
  readonly bulkInsert: (rows: readonly EventsTable[]) => Promise<number>;
  /** Refreshes planner statistics after bulk loads (ANALYZE). */
  readonly analyze: () => Promise<void>;
  /**
   * The store generation read without the query builder, where the driver can (SQLite: one
   * statement prepared once). Every cacheable API request reads it, so its cost is the floor of a
   * cached answer; through Kysely the SQLite driver prepares the statement again on every call.
   */
  readonly readGeneration?: () => number;
  /** Characters of annotations JSON per part (annotation-parts.ts; default PART_CHARS). */
  readonly annotationPartChars?: number;
  /** A country dyad's write stamp read without the query builder, where the driver can (as readGeneration). */
  readonly readDyadStamp?: ReadDyadStamp;
  /** Bounds of the per-dyad /series text cache (series-text-cache.ts); false computes every answer. */
  readonly seriesTextCache?: SeriesTextCacheOptions | false;
}

export function createKyselyStore(
  db: Kysely<Database>,
  backend: "sqlite" | "postgres",
  parts: BackendParts,
): Store {
  const { mapError } = parts;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw mapError(error);
    }
  };

  return {
    backend,
    ...createServeQueries(db, backend, guard),
    ...createAggregateQueries(
      db,
      backend,
      guard,
      parts.seriesTextCache === false
        ? null
        : createSeriesTextCache(
            parts.readDyadStamp ?? readDyadStampWith(db),
            parts.seriesTextCache ?? DEFAULT_SERIES_TEXT_CACHE,
          ),
    ),
    ...(parts.readGeneration ? { generation: () => guard(async () => parts.readGeneration!()) } : {}),
    ...createDocumentVersions(db, backend, guard, parts.annotationPartChars),
    ...createEventQueries(db, backend, guard),

    migrate: () =>
      guard(async () => {
        const migrator = new Migrator({ db, provider: migrationProviderFor(backend) });
        const { error, results } = await migrator.migrateToLatest();
        if (error) {
          const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
          throw new SitrepError(
            "E_DB_MIGRATION",
            `migration ${failed}: ${(error as Error).message ?? error}`,
          );
        }
      }),

    insertEvents: (events) =>
      guard(async () => {
        return parts.bulkInsert(events.map(fromStoredEvent));
      }),

    analyze: () => guard(() => parts.analyze()),

    counts: () =>
      guard(async () => {
        const one = async (table: "documents" | "events" | "event_mentions") =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as("n"))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const clusters = await db
          .selectFrom("documents")
          .select((eb) => eb.fn.count<number>("cluster_key").distinct().as("n"))
          .executeTakeFirstOrThrow();
        return {
          documents: await one("documents"),
          events: await one("events"),
          mentions: await one("event_mentions"),
          clusters: Number(clusters.n),
        };
      }),

    close: () => db.destroy(),
  };
}
