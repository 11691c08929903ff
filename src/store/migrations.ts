// Versioned migrations, written once with the dialect-neutral schema builder so SQLite and
// PostgreSQL get the same tables (only trigger bodies are per dialect). Never edit a released migration: add the next one.
import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";
import { m016_actor_page_indexes } from "./actor-page-indexes.ts";
import { createDyadRollup } from "./dyad-rollup-schema.ts";
import { m021_dyad_write_stamps } from "./dyad-write-stamps.ts";
import { m005_live } from "./live-schema.ts";
import { m019_prefix_month_quads } from "./month-quad-migration.ts";
import { m006_month_rollup } from "./month-rollup-schema.ts";
import { m015_pair_months } from "./pair-month-rollup.ts";
import { m014_period_rollups } from "./period-rollup-schema.ts";
import { m023_place_page_index } from "./place-page-index.ts";
import { m020_actor_code_statistics } from "./postgres/actor-code-statistics.ts";
import { m022_band_fingerprints } from "./postgres/band-fingerprints.ts";
import { m024_commit_stamps } from "./postgres/commit-stamps.ts";
import { m013_hot_recounts } from "./postgres/hot-recount-migration.ts";
import { m018_one_statement_rollups } from "./postgres/one-statement-rollups.ts";
import { m011_rollup_trigger_guards } from "./postgres/rollup-guard-migration.ts";
import { m017_prefix_week_quads } from "./prefix-quad-rollup.ts";
import { m004_rollups } from "./rollup-schema.ts";
import { m008_series_rollups } from "./series-rollup-schema.ts";
import { m003_serve } from "./serve-migration.ts";
import { m009_simhash_refingerprint } from "./simhash-migration.ts";

type Backend = "sqlite" | "postgres";

const m001_initial = (backend: Backend): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("sources")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("first_seen", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("documents")
      .addColumn("doc_key", "text", (c) => c.primaryKey())
      .addColumn("input_id", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull().unique())
      .addColumn("url", "text")
      .addColumn("source", "text", (c) => c.references("sources.name"))
      .addColumn("title", "text")
      .addColumn("published_at", "text")
      .addColumn("lang", "text")
      .addColumn("simhash", "text", (c) => c.notNull())
      .addColumn("cluster_key", "text", (c) => c.notNull())
      .addColumn("article_json", "text", (c) => c.notNull())
      .addColumn("annotations_json", "text", (c) => c.notNull())
      .addColumn("dictionary_version", "text")
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("document_bands")
      .addColumn("band", "text", (c) => c.notNull())
      .addColumn("doc_key", "text", (c) => c.notNull().references("documents.doc_key"))
      .addPrimaryKeyConstraint("document_bands_pk", ["band", "doc_key"])
      .execute();
    await db.schema.createIndex("documents_url").on("documents").column("url").execute();
    await db.schema
      .createTable("events")
      .addColumn("event_key", "text", (c) => c.primaryKey())
      .addColumn("day", "text", (c) => c.notNull())
      .addColumn("week", "text", (c) => c.notNull())
      .addColumn("month", "text", (c) => c.notNull())
      .addColumn("source_code", "text", (c) => c.notNull())
      .addColumn("source_name", "text", (c) => c.notNull())
      .addColumn("source_country", "text", (c) => c.notNull())
      .addColumn("target_code", "text")
      .addColumn("target_name", "text")
      .addColumn("target_country", "text")
      .addColumn("cameo_code", "text", (c) => c.notNull())
      .addColumn("cameo_root", "text", (c) => c.notNull())
      .addColumn("quad_class", "integer", (c) => c.notNull())
      .addColumn("goldstein", "double precision", (c) => c.notNull())
      .addColumn("plover_type", "text", (c) => c.notNull())
      .addColumn("plover_mode", "text")
      .addColumn("plover_contexts", "text", (c) => c.notNull())
      .addColumn("modality", "text", (c) => c.notNull())
      .addColumn("negated", "integer", (c) => c.notNull())
      .addColumn("place_name", "text")
      .addColumn("country", "text")
      .addColumn("admin1", "text")
      .addColumn("lat", "double precision")
      .addColumn("lon", "double precision")
      .addColumn("num_mentions", "integer", (c) => c.notNull())
      .addColumn("num_sources", "integer", (c) => c.notNull())
      .addColumn("num_articles", "integer", (c) => c.notNull())
      .addColumn("first_seen", "text", (c) => c.notNull())
      .addColumn("evidence", "text", (c) => c.notNull())
      .addColumn("origin", "text", (c) => c.notNull())
      .execute();
    // Indexes are what ingest pays for on every row, so each one here serves a query that needs it
    // (see bench/README.md, bench/store): the day index covers top dyads over a date range.
    await db.schema
      .createIndex("events_day_dyad")
      .on("events")
      .columns(["day", "source_code", "target_code", "num_mentions", "goldstein"])
      .execute();
    // Top dyads of one month: month first, then the dyad, so the grouping streams in index order
    // (measured at 10M events on SQLite: 430 ms with a sort of the month's 82k rows, 50-100 ms so).
    await db.schema
      .createIndex("events_month_dyad")
      .on("events")
      .columns(["month", "source_code", "target_code", "day", "num_mentions", "goldstein"])
      .execute();
    // Actor filters: any code prefix is a range on the full code, a country included.
    await db.schema.createIndex("events_source_day").on("events").columns(["source_code", "day"]).execute();
    await db.schema.createIndex("events_target_day").on("events").columns(["target_code", "day"]).execute();
    // Code filters add the root (its first two digits), so one root index serves both.
    await db.schema.createIndex("events_root_day").on("events").columns(["cameo_root", "day"]).execute();
    await db.schema.createIndex("events_country_day").on("events").columns(["country", "day"]).execute();
    await createDyadRollup(db, backend);
    await db.schema
      .createTable("event_mentions")
      .addColumn("event_key", "text", (c) => c.notNull().references("events.event_key"))
      .addColumn("doc_key", "text", (c) => c.notNull().references("documents.doc_key"))
      .addColumn("event_id", "text", (c) => c.notNull())
      .addColumn("sentence_index", "integer", (c) => c.notNull())
      .addColumn("trigger_start", "integer", (c) => c.notNull())
      .addColumn("trigger_end", "integer", (c) => c.notNull())
      .addColumn("source_start", "integer", (c) => c.notNull())
      .addColumn("source_end", "integer", (c) => c.notNull())
      .addColumn("target_start", "integer")
      .addColumn("target_end", "integer")
      .addColumn("evidence", "text", (c) => c.notNull())
      .addColumn("confidence", "double precision", (c) => c.notNull())
      .addColumn("attribution_code", "text")
      .addColumn("dictionary_version", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("event_mentions_pk", ["doc_key", "event_id"])
      .execute();
    await db.schema.createIndex("event_mentions_event").on("event_mentions").column("event_key").execute();
    await db.schema
      .createTable("actors_seen")
      .addColumn("code", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("mentions", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("actors_seen_pk", ["code", "name"])
      .execute();
    await db.schema
      .createTable("places_seen")
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("country", "text")
      .addColumn("lat", "double precision", (c) => c.notNull())
      .addColumn("lon", "double precision", (c) => c.notNull())
      .addColumn("mentions", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("places_seen_pk", ["name", "lat", "lon"])
      .execute();
    await db.schema
      .createTable("dictionary_versions")
      .addColumn("version", "text", (c) => c.primaryKey())
      .addColumn("first_used_at", "text", (c) => c.notNull())
      .execute();
  },
});

/** Adds a column unless a half-applied earlier run already did (SQLite has no ADD COLUMN IF NOT EXISTS). */
async function addColumnOnce(
  db: Kysely<unknown>,
  table: string,
  column: string,
  build: (t: ReturnType<Kysely<unknown>["schema"]["alterTable"]>) => { execute(): Promise<void> },
): Promise<void> {
  const tables = await db.introspection.getTables();
  const has = tables.find((t) => t.name === table)?.columns.some((c) => c.name === column);
  if (!has) await build(db.schema.alterTable(table)).execute();
}

/**
 * 002: document versions (an updated article at a known URL is a new version whose events
 * supersede the old ones), per-document tone and length, and the place detail GDELT exports need.
 * Every step is guarded, so a database that already has a column or table is left as it is.
 */
const m002_versions_tone_geo: Migration = {
  async up(db: Kysely<unknown>) {
    const docColumns: [string, "text" | "integer" | "double precision"][] = [
      ["url_key", "text"],
      ["superseded_by", "text"],
      ["body_hash", "text"],
      ["tone", "double precision"],
      ["char_count", "integer"],
    ];
    for (const [name, type] of docColumns)
      await addColumnOnce(db, "documents", name, (t) => t.addColumn(name, type));
    await addColumnOnce(db, "documents", "version", (t) =>
      t.addColumn("version", "integer", (c) => c.notNull().defaultTo(1)),
    );
    // Existing documents with a URL were keyed by it: that key is what every later version shares.
    await sql`update documents set url_key = doc_key where url is not null and url_key is null`.execute(db);
    await db.schema
      .createIndex("documents_url_key")
      .ifNotExists()
      .on("documents")
      .column("url_key")
      .execute();
    const eventColumns: [string, "text" | "integer" | "double precision"][] = [
      ["avg_tone", "double precision"],
      ["confidence", "double precision"],
      ["place_kind", "text"],
      ["admin1_code", "text"],
      ["feature_id", "text"],
      ["is_root", "integer"],
    ];
    for (const [name, type] of eventColumns)
      await addColumnOnce(db, "events", name, (t) => t.addColumn(name, type));
    // Confidence of events stored before: the best of their mentions, as the recount keeps it.
    await sql`update events set confidence = (select max(m.confidence) from event_mentions m
      where m.event_key = events.event_key) where origin = 'sitrep' and confidence is null`.execute(db);
    // The same columns as events (so one filter serves both), without events' triggers or indexes.
    await sql`create table if not exists superseded_events as select * from events where 1 = 0`.execute(db);
    await addColumnOnce(db, "superseded_events", "superseded_by", (t) =>
      t.addColumn("superseded_by", "text"),
    );
    await addColumnOnce(db, "superseded_events", "superseded_at", (t) =>
      t.addColumn("superseded_at", "text"),
    );
    await db.schema
      .createIndex("superseded_events_key")
      .ifNotExists()
      .on("superseded_events")
      .column("event_key")
      .execute();
  },
};

/**
 * 012: a long document's annotations JSON in parts (annotation-parts.ts), so neither the process
 * nor the database builds one value of tens of millions of characters. Documents stored before keep
 * theirs whole in `annotations_json`, which readers still take as it is.
 */
const m012_annotation_parts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("document_annotation_parts")
      .ifNotExists()
      .addColumn("doc_key", "text", (c) => c.notNull().references("documents.doc_key"))
      .addColumn("part", "integer", (c) => c.notNull())
      .addColumn("json", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("document_annotation_parts_pk", ["doc_key", "part"])
      .execute();
  },
};

/** The migrations for one backend: the same tables, with triggers written in each dialect. */
export function migrationsFor(backend: Backend): Record<string, Migration> {
  return {
    "001_initial": m001_initial(backend),
    "002_versions_tone_geo": m002_versions_tone_geo,
    "003_serve": m003_serve(backend),
    "004_rollups": m004_rollups(backend),
    "005_live": m005_live,
    "006_month_rollup": m006_month_rollup(backend),
    "008_series_rollups": m008_series_rollups(backend),
    "009_simhash_refingerprint": m009_simhash_refingerprint,
    "011_rollup_trigger_guards": m011_rollup_trigger_guards(backend),
    "012_annotation_parts": m012_annotation_parts,
    "013_hot_recounts": m013_hot_recounts(backend),
    "014_period_rollups": m014_period_rollups(backend),
    "015_pair_months": m015_pair_months(backend),
    "016_actor_page_indexes": m016_actor_page_indexes,
    "017_prefix_week_quads": m017_prefix_week_quads(backend),
    "018_one_statement_rollups": m018_one_statement_rollups(backend),
    "019_prefix_month_quads": m019_prefix_month_quads(backend),
    "020_actor_code_statistics": m020_actor_code_statistics(backend),
    "021_dyad_write_stamps": m021_dyad_write_stamps(backend),
    "022_band_fingerprints": m022_band_fingerprints(backend),
    "023_place_page_index": m023_place_page_index,
    "024_commit_stamps": m024_commit_stamps(backend),
  };
}

export function migrationProviderFor(backend: Backend): MigrationProvider {
  return { getMigrations: async () => migrationsFor(backend) };
}
