// The live side's tables, beside the event store in the same database: source status and fetch
// state (ETag, Last-Modified), the article URLs already seen, the embedded job queue, and how far
// the event log has been announced (the outbox cursor). Migration 005 creates them on SQLite and
// PostgreSQL alike; Kysely's migrator serialises processes that open a fresh database at once.
import type { Kysely, Migration } from "kysely";

export interface LiveSourcesTable {
  name: string;
  type: string;
  address: string;
  last_poll_at: string | null;
  next_poll_at: number;
  last_status: number | null;
  last_error_code: string | null;
  last_error_message: string | null;
  consecutive_failures: number;
  polls: number;
  items_last: number;
  items_new_last: number;
  items_new_total: number;
  documents_stored: number;
  documents_failed: number;
  etag: string | null;
  last_modified: string | null;
}

export interface LiveSeenTable {
  /** The article URL as the feed lists it, or `file:` path + size + mtime for local files. */
  key: string;
  source: string;
  first_seen: string;
}

export interface LiveJobsTable {
  id: string;
  kind: string;
  payload: string;
  /** waiting → active → done | dead (a failed job waits again with a later run_at until its attempts run out). */
  state: string;
  attempts: number;
  max_attempts: number;
  /** Epoch milliseconds. */
  run_at: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per announcement stream: the event log is the outbox, `published_seq` how far it is announced. */
export interface LiveOutboxTable {
  name: string;
  published_seq: number;
  updated_at: string;
}

export interface LiveDatabase {
  live_sources: LiveSourcesTable;
  live_seen: LiveSeenTable;
  live_jobs: LiveJobsTable;
  live_outbox: LiveOutboxTable;
}

/**
 * 005: the live tables. `if not exists` throughout: stores opened by earlier versions created the
 * first three on open, and keep them as they are.
 */
export const m005_live: Migration = {
  async up(db: Kysely<unknown>) {
    await createLiveTables(db as Kysely<LiveDatabase>);
  },
};

async function createLiveTables(db: Kysely<LiveDatabase>): Promise<void> {
  await db.schema
    .createTable("live_sources")
    .ifNotExists()
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("last_poll_at", "text")
    .addColumn("next_poll_at", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("last_status", "integer")
    .addColumn("last_error_code", "text")
    .addColumn("last_error_message", "text")
    .addColumn("consecutive_failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("polls", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("items_last", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("items_new_last", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("items_new_total", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("documents_stored", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("documents_failed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .execute();
  await db.schema
    .createTable("live_seen")
    .ifNotExists()
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("first_seen", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("live_jobs")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("run_at", "double precision", (c) => c.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "double precision")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("live_jobs_due")
    .ifNotExists()
    .on("live_jobs")
    .columns(["state", "run_at"])
    .execute();
  await db.schema
    .createTable("live_outbox")
    .ifNotExists()
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("published_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}
