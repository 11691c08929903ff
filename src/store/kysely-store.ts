// The store over Kysely: one implementation for every backend. Every value reaches the database
// as a bound parameter; identifiers come only from fixed whitelists in this file.
import { createHash } from "node:crypto";
import { type Kysely, Migrator, type SelectQueryBuilder, sql, type Transaction } from "kysely";
import { SitrepError } from "../errors.ts";
import type { CodedEvent } from "../types.ts";
import { dyadSeriesFromRollup, rollupServes, round, toSeriesPoint } from "./dyad-series-rollup.ts";
import { decodeCursor, encodeCursor } from "./event-cursor.ts";
import { applyEventFilter, likePrefix } from "./event-filter.ts";
import { documentKey, eventKey, weekOf } from "./event-key.ts";
import { migrationProviderFor } from "./migrations.ts";
import type { Database, EventsTable } from "./schema.ts";
import { createServeQueries } from "./serve-queries.ts";
import type {
  ActorCount,
  DocumentRecord,
  DyadCount,
  EventFilter,
  EventSort,
  EventSortKey,
  GeoCount,
  Interval,
  SaveResult,
  Store,
  StoredDocument,
  StoredEvent,
} from "./store.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** Band matches examined per new document. A random 8-bit band matches 1 in 256 documents, so
 * in a large store most candidates are chance matches; this bounds the work per document. */
const CANDIDATE_LIMIT = 2000;

/** A row of the events (or superseded events) a query reads. */
type EventSourceRow = EventsTable & { superseded_by: string | null };

const SORT_COLUMN: Record<EventSortKey, keyof EventsTable> = {
  day: "day",
  mentions: "num_mentions",
  goldstein: "goldstein",
  tone: "avg_tone",
  confidence: "confidence",
};

const DEFAULT_SORT: EventSort = { key: "day", descending: true };

/** Rows per page when streaming exports: bounded memory at any store size. */
const STREAM_PAGE = 1000;

/** Counts by period and QuadClass, mean Goldstein and signed mentions of the events `q` selects. */
// biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
function seriesQuery(q: SelectQueryBuilder<Database, "events", {}>, interval: Interval) {
  const period = ({ day: "day", week: "week", month: "month" } as const)[interval];
  return q
    .select((eb) => [
      eb.ref(period).as("period"),
      eb.fn.countAll<number>().as("events"),
      sql<number>`sum(case when quad_class = 1 then 1 else 0 end)`.as("q1"),
      sql<number>`sum(case when quad_class = 2 then 1 else 0 end)`.as("q2"),
      sql<number>`sum(case when quad_class = 3 then 1 else 0 end)`.as("q3"),
      sql<number>`sum(case when quad_class = 4 then 1 else 0 end)`.as("q4"),
      sql<number>`avg(goldstein)`.as("goldstein"),
      sql<number>`sum(case when quad_class <= 2 then num_mentions else -num_mentions end)`.as("coop"),
      sql<number>`sum(num_mentions)`.as("mentions"),
    ])
    .groupBy(period)
    .orderBy(period);
}

/** Maps a driver error to a coded SitrepError; each backend knows its own error shapes. */
export type ErrorMapper = (error: unknown) => SitrepError;

/** Eight 8-bit bands: fingerprints within 7 bits of each other share at least one (pigeonhole). */
function bands(hash: string): string[] {
  return Array.from({ length: 8 }, (_, i) => `${i}:${hash.slice(i * 2, i * 2 + 2)}`);
}

function eventRow(e: CodedEvent, day: string, firstSeen: string): EventsTable {
  return {
    event_key: eventKey(day, e),
    day,
    week: weekOf(day),
    month: day.slice(0, 7),
    source_code: e.source.code,
    source_name: e.source.name,
    source_country: e.source.code.slice(0, 3),
    target_code: e.target?.code ?? null,
    target_name: e.target?.name ?? null,
    target_country: e.target?.code.slice(0, 3) ?? null,
    cameo_code: e.cameo.code,
    cameo_root: e.cameo.root,
    quad_class: e.cameo.quadClass,
    goldstein: e.cameo.goldstein,
    plover_type: e.plover.type,
    plover_mode: e.plover.mode,
    plover_contexts: e.plover.contexts.join(","),
    modality: e.modality,
    negated: e.negated ? 1 : 0,
    place_name: e.location?.name ?? null,
    country: e.location?.country ?? null,
    admin1: e.location?.admin1 ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    num_mentions: 0,
    num_sources: 0,
    num_articles: 0,
    first_seen: firstSeen,
    evidence: e.evidence,
    origin: "sitrep",
    avg_tone: null,
    confidence: e.confidence,
    place_kind: e.location?.type ?? null,
    admin1_code: e.location?.admin1Code ?? null,
    feature_id: e.location?.geonameid ? String(e.location.geonameid) : null,
    is_root: null,
  };
}

/** Every column of `events`, in one fixed order: copies into superseded_events name them all. */
const EVENT_COLUMNS = Object.keys(
  eventRow(
    {
      source: { code: "", name: "", start: 0, end: 0 },
      cameo: { code: "", root: "", quadClass: 1, goldstein: 0 },
      plover: { type: "", mode: null, contexts: [] },
    } as unknown as CodedEvent,
    "2000-01-01",
    "",
  ),
) as (keyof EventsTable)[];

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function toStoredEvent(r: EventsTable): StoredEvent {
  return {
    eventKey: r.event_key,
    day: r.day,
    sourceCode: r.source_code,
    sourceName: r.source_name,
    targetCode: r.target_code,
    targetName: r.target_name,
    cameoCode: r.cameo_code,
    cameoRoot: r.cameo_root,
    quadClass: Number(r.quad_class),
    goldstein: Number(r.goldstein),
    ploverType: r.plover_type,
    ploverMode: r.plover_mode,
    ploverContexts: r.plover_contexts ? r.plover_contexts.split(",") : [],
    modality: r.modality,
    negated: Boolean(Number(r.negated)),
    placeName: r.place_name,
    country: r.country,
    admin1: r.admin1,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    numMentions: Number(r.num_mentions),
    numSources: Number(r.num_sources),
    numArticles: Number(r.num_articles),
    firstSeen: r.first_seen,
    evidence: r.evidence,
    origin: r.origin,
    avgTone: num(r.avg_tone),
    confidence: num(r.confidence),
    placeKind: r.place_kind ?? null,
    admin1Code: r.admin1_code ?? null,
    featureId: r.feature_id ?? null,
    isRoot: r.is_root === null || r.is_root === undefined ? null : Boolean(Number(r.is_root)),
  };
}

function fromStoredEvent(e: StoredEvent): EventsTable {
  return {
    event_key: e.eventKey,
    day: e.day,
    week: weekOf(e.day),
    month: e.day.slice(0, 7),
    source_code: e.sourceCode,
    source_name: e.sourceName,
    source_country: e.sourceCode.slice(0, 3),
    target_code: e.targetCode,
    target_name: e.targetName,
    target_country: e.targetCode?.slice(0, 3) ?? null,
    cameo_code: e.cameoCode,
    cameo_root: e.cameoRoot,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    plover_type: e.ploverType,
    plover_mode: e.ploverMode,
    plover_contexts: e.ploverContexts.join(","),
    modality: e.modality,
    negated: e.negated ? 1 : 0,
    place_name: e.placeName,
    country: e.country,
    admin1: e.admin1,
    lat: e.lat,
    lon: e.lon,
    num_mentions: e.numMentions,
    num_sources: e.numSources,
    num_articles: e.numArticles,
    first_seen: e.firstSeen,
    evidence: e.evidence,
    origin: e.origin,
    avg_tone: e.avgTone ?? null,
    confidence: e.confidence ?? null,
    place_kind: e.placeKind ?? null,
    admin1_code: e.admin1Code ?? null,
    feature_id: e.featureId ?? null,
    is_root: e.isRoot === null || e.isRoot === undefined ? null : e.isRoot ? 1 : 0,
  };
}

/**
 * Recounts mentions, articles, distinct sources, mean tone and best confidence of the given
 * events; drops events left with none. When a newer document version took their reports away
 * (`superseded`), dropped events are first copied to superseded_events, queryable on request.
 */
async function recount(
  db: Db,
  keys: readonly string[],
  superseded?: { by: string; at: string },
): Promise<void> {
  for (const key of new Set(keys)) {
    const c = await db
      .selectFrom("event_mentions as m")
      .innerJoin("documents as d", "d.doc_key", "m.doc_key")
      .select((eb) => [
        eb.fn.countAll<number>().as("mentions"),
        eb.fn.count<number>("m.doc_key").distinct().as("articles"),
        eb.fn.count<number>("d.source").distinct().as("sources"),
        sql<number | null>`avg(d.tone)`.as("tone"),
        sql<number | null>`max(m.confidence)`.as("confidence"),
      ])
      .where("m.event_key", "=", key)
      .executeTakeFirstOrThrow();
    if (Number(c.mentions) === 0) {
      if (superseded) {
        const cols = sql.join(EVENT_COLUMNS.map((col) => sql.ref(col)));
        await sql`insert into superseded_events (${cols}, superseded_by, superseded_at)
          select ${cols}, ${superseded.by}, ${superseded.at} from events
          where event_key = ${key} and origin = 'sitrep'`.execute(db);
      }
      await db.deleteFrom("events").where("event_key", "=", key).where("origin", "=", "sitrep").execute();
      continue;
    }
    await db
      .updateTable("events")
      .set({
        num_mentions: Number(c.mentions),
        num_articles: Number(c.articles),
        // A document without a known source still counts as one source.
        num_sources: Math.max(1, Number(c.sources)),
        avg_tone: c.tone === null ? null : Math.round(Number(c.tone) * 100) / 100,
        confidence: num(c.confidence),
      })
      .where("event_key", "=", key)
      .execute();
  }
}

async function insertEventsOf(
  db: Db,
  docKey: string,
  events: readonly CodedEvent[],
  fallbackDay: string,
  now: string,
): Promise<string[]> {
  const keys: string[] = [];
  for (const e of events) {
    const day = e.date ?? fallbackDay;
    const row = eventRow(e, day, now);
    keys.push(row.event_key);
    const created = await db
      .insertInto("events")
      .values(row)
      .onConflict((oc) => oc.column("event_key").doNothing())
      .executeTakeFirst();
    const mention = await db
      .insertInto("event_mentions")
      .values({
        event_key: row.event_key,
        doc_key: docKey,
        event_id: e.eventId,
        sentence_index: e.sentenceIndex,
        trigger_start: e.trigger.start,
        trigger_end: e.trigger.end,
        source_start: e.source.start,
        source_end: e.source.end,
        target_start: e.target?.start ?? null,
        target_end: e.target?.end ?? null,
        evidence: e.evidence,
        confidence: e.confidence,
        attribution_code: e.attribution?.code ?? null,
        dictionary_version: e.dictionaryVersion,
      })
      .onConflict((oc) => oc.columns(["doc_key", "event_id"]).doNothing())
      .executeTakeFirst();
    if (Number(mention.numInsertedOrUpdatedRows ?? 0) > 0) {
      const kind = Number(created.numInsertedOrUpdatedRows ?? 0) > 0 ? "new" : "update";
      await db
        .insertInto("event_log")
        .values({ event_key: row.event_key, doc_key: docKey, kind, logged_at: now })
        .execute();
    }
  }
  return keys;
}

/** Inserts a new document with its bands, events, actors and places (inside the caller's transaction). */
async function insertDocument(
  db: Db,
  rec: DocumentRecord,
  docKey: string,
  urlKey: string | null,
  version: number,
): Promise<SaveResult> {
  const now = new Date().toISOString();
  if (rec.source) {
    await db
      .insertInto("sources")
      .values({ name: rec.source, first_seen: now })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
  }
  const clusterKey = rec.clusterKey ?? docKey;
  // Another process may have stored the same document since the caller's check (two ingests of one
  // folder on PostgreSQL): the insert then does nothing and the document is skipped, instead of a
  // duplicate-key error. The unique key waits for that process's commit.
  const stored = await db
    .insertInto("documents")
    .values({
      doc_key: docKey,
      input_id: rec.inputId,
      content_hash: rec.contentHash,
      url: rec.url,
      source: rec.source,
      title: rec.title,
      published_at: rec.publishedAt,
      lang: rec.lang,
      simhash: rec.simhash,
      cluster_key: clusterKey,
      article_json: JSON.stringify(rec.article),
      annotations_json: JSON.stringify(rec.annotations),
      dictionary_version: rec.dictionaryVersion,
      ingested_at: now,
      url_key: urlKey,
      version,
      superseded_by: null,
      body_hash: rec.bodyHash ?? null,
      tone: rec.tone ?? null,
      char_count: rec.charCount ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("doc_key")
    .executeTakeFirst();
  if (!stored) {
    const other = await db
      .selectFrom("documents")
      .select(["doc_key", "cluster_key"])
      .where((eb) => eb.or([eb("doc_key", "=", docKey), eb("content_hash", "=", rec.contentHash)]))
      .executeTakeFirst();
    return {
      docKey: other?.doc_key ?? docKey,
      inserted: false,
      clusterKey: other?.cluster_key ?? docKey,
      events: 0,
    };
  }
  await db
    .insertInto("document_bands")
    .values(bands(rec.simhash).map((band) => ({ band, doc_key: docKey })))
    .execute();
  const fallbackDay = (rec.publishedAt ?? now).slice(0, 10);
  const keys = await insertEventsOf(db, docKey, rec.events, fallbackDay, now);
  await recount(db, keys);
  for (const a of rec.actors) {
    await db
      .insertInto("actors_seen")
      .values({ code: a.code, name: a.name, mentions: 1 })
      .onConflict((oc) =>
        oc.columns(["code", "name"]).doUpdateSet({ mentions: sql`actors_seen.mentions + 1` }),
      )
      .execute();
  }
  for (const p of rec.places) {
    await db
      .insertInto("places_seen")
      .values({ ...p, mentions: 1 })
      .onConflict((oc) =>
        oc.columns(["name", "lat", "lon"]).doUpdateSet({ mentions: sql`places_seen.mentions + 1` }),
      )
      .execute();
  }
  if (rec.dictionaryVersion) {
    await db
      .insertInto("dictionary_versions")
      .values({ version: rec.dictionaryVersion, first_used_at: now })
      .onConflict((oc) => oc.column("version").doNothing())
      .execute();
  }
  return { docKey, inserted: true, clusterKey, events: rec.events.length };
}

/** The current (not superseded) version of the document at a canonical URL. */
async function currentVersion(db: Db, urlKey: string) {
  return db
    .selectFrom("documents")
    .select(["doc_key", "version", "body_hash", "article_json", "cluster_key"])
    .where((eb) => eb.or([eb("url_key", "=", urlKey), eb("doc_key", "=", urlKey)]))
    .where("superseded_by", "is", null)
    .orderBy("version", "desc")
    .executeTakeFirst();
}

/** sha256 of a stored article's text, for versions stored before body hashes were kept. */
function bodyHashOf(articleJson: string): string {
  const text = (JSON.parse(articleJson) as { text?: string }).text ?? "";
  return createHash("sha256").update(text).digest("hex");
}

/** What differs between backends beyond the SQL dialect: error shapes and bulk loading. */
export interface BackendParts {
  readonly mapError: ErrorMapper;
  /** Inserts all the rows in one transaction (existing keys are skipped). */
  readonly bulkInsert: (rows: readonly EventsTable[]) => Promise<number>;
  /** Refreshes planner statistics after bulk loads (ANALYZE). */
  readonly analyze: () => Promise<void>;
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

  /**
   * The filtered events; with includeSuperseded also those only superseded document versions
   * reported (superseded_by set). One source for pages and exports, so both filter alike.
   */
  const eventSource = (filter: EventFilter): SelectQueryBuilder<Database, "events", EventSourceRow> => {
    const live = applyEventFilter(
      db.selectFrom("events").select(EVENT_COLUMNS).select(sql<string | null>`null`.as("superseded_by")),
      filter,
      backend,
    );
    if (!filter.includeSuperseded) return live as SelectQueryBuilder<Database, "events", EventSourceRow>;
    const old = applyEventFilter(
      (
        db.selectFrom("superseded_events as events") as unknown as SelectQueryBuilder<
          Database,
          "events",
          object
        >
      )
        .select(EVENT_COLUMNS)
        .select(sql<string | null>`superseded_by`.as("superseded_by")),
      filter,
      backend,
    );
    return db.selectFrom(live.unionAll(old).as("events")).selectAll() as unknown as SelectQueryBuilder<
      Database,
      "events",
      EventSourceRow
    >;
  };

  /**
   * The document that first reported each event, preferring one with a URL (GDELT's SOURCEURL);
   * for a superseded event, the document version that reported it.
   */
  const firstReports = async (rows: readonly EventSourceRow[]) => {
    const out = new Map<EventSourceRow, { docKey: string | null; url: string | null; lead?: boolean }>();
    const liveKeys = rows.filter((r) => !r.superseded_by).map((r) => r.event_key);
    const byKey = new Map<string, { docKey: string; url: string | null; lead: boolean }>();
    if (liveKeys.length) {
      const reports = await db
        .selectFrom("event_mentions as m")
        .innerJoin("documents as d", "d.doc_key", "m.doc_key")
        .select(["m.event_key", "m.doc_key", "d.url", "m.sentence_index"])
        .where("m.event_key", "in", liveKeys)
        .orderBy(sql`case when d.url is null then 1 else 0 end`)
        .orderBy("d.ingested_at")
        .orderBy("m.doc_key")
        .execute();
      // GDELT's IsRootEvent: some report has the event in its lead (first) sentence.
      const lead = new Set(reports.filter((r) => Number(r.sentence_index) === 0).map((r) => r.event_key));
      for (const r of reports)
        if (!byKey.has(r.event_key))
          byKey.set(r.event_key, { docKey: r.doc_key, url: r.url, lead: lead.has(r.event_key) });
    }
    const replacedBy = [...new Set(rows.flatMap((r) => (r.superseded_by ? [r.superseded_by] : [])))];
    const oldVersion = new Map<string, { docKey: string; url: string | null }>();
    if (replacedBy.length) {
      const docs = await db
        .selectFrom("documents")
        .select(["doc_key", "url", "superseded_by"])
        .where("superseded_by", "in", replacedBy)
        .execute();
      for (const d of docs) oldVersion.set(d.superseded_by!, { docKey: d.doc_key, url: d.url });
    }
    for (const r of rows) {
      const report = r.superseded_by ? oldVersion.get(r.superseded_by) : byKey.get(r.event_key);
      if (report) out.set(r, report);
      // An imported GDELT event has no stored document; its evidence field keeps the SOURCEURL.
      else if (r.origin === "gdelt" && /^https?:\/\//.test(r.evidence))
        out.set(r, { docKey: null, url: r.evidence });
    }
    return out;
  };

  return {
    backend,
    ...createServeQueries(db, backend, guard),

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

    findDocument: (contentHash, url) =>
      guard(async () => {
        const same = await db
          .selectFrom("documents")
          .select("doc_key")
          .where("content_hash", "=", contentHash)
          .executeTakeFirst();
        if (same) return { docKey: same.doc_key, sameContent: true };
        if (!url) return null;
        const current = await currentVersion(db, documentKey(url, contentHash));
        return current ? { docKey: current.doc_key, sameContent: false } : null;
      }),

    nearDuplicateCandidates: (hash) =>
      guard(async () => {
        const rows = await db
          .selectFrom("documents")
          .select(["doc_key", "simhash", "cluster_key"])
          .where("doc_key", "in", (eb) =>
            eb
              .selectFrom("document_bands")
              .select("doc_key")
              .where("band", "in", bands(hash))
              .limit(CANDIDATE_LIMIT),
          )
          .execute();
        return rows.map((r) => ({ docKey: r.doc_key, simhash: r.simhash, clusterKey: r.cluster_key }));
      }),

    saveDocument: (rec) =>
      guard(() =>
        db.transaction().execute(async (trx): Promise<SaveResult> => {
          const docKey = documentKey(rec.url, rec.contentHash);
          // The same bytes are the same document, whatever its URL.
          const sameBytes = await trx
            .selectFrom("documents")
            .select(["doc_key", "cluster_key"])
            .where("content_hash", "=", rec.contentHash)
            .executeTakeFirst();
          const existing =
            sameBytes ??
            (rec.url && rec.bodyHash
              ? undefined
              : await trx
                  .selectFrom("documents")
                  .select(["doc_key", "cluster_key"])
                  .where("doc_key", "=", docKey)
                  .executeTakeFirst());
          if (existing) {
            return { docKey: existing.doc_key, inserted: false, clusterKey: existing.cluster_key, events: 0 };
          }
          // A known URL: the same body is the same document; a changed body is its next version.
          const urlKey = rec.url ? docKey : null;
          const previous = urlKey ? await currentVersion(trx, urlKey) : undefined;
          if (previous) {
            const body = previous.body_hash ?? bodyHashOf(previous.article_json);
            if (!rec.bodyHash || body === rec.bodyHash) {
              return {
                docKey: previous.doc_key,
                inserted: false,
                clusterKey: previous.cluster_key,
                events: 0,
              };
            }
          }
          const version = previous ? Number(previous.version) + 1 : 1;
          const newKey = previous ? `${urlKey}-v${version}` : docKey;
          const saved = await insertDocument(trx, rec, newKey, urlKey, version);
          if (!saved.inserted) return saved;
          if (previous) {
            const old = await trx
              .selectFrom("event_mentions")
              .select("event_key")
              .where("doc_key", "=", previous.doc_key)
              .execute();
            await trx.deleteFrom("event_mentions").where("doc_key", "=", previous.doc_key).execute();
            await trx
              .updateTable("documents")
              .set({ superseded_by: newKey })
              .where("doc_key", "=", previous.doc_key)
              .execute();
            await recount(
              trx,
              old.map((o) => o.event_key),
              { by: newKey, at: new Date().toISOString() },
            );
          }
          return { ...saved, version, supersedes: previous?.doc_key ?? null };
        }),
      ),

    replaceEvents: (docKey, events, dictionaryVersion) =>
      guard(() =>
        db.transaction().execute(async (trx) => {
          const doc = await trx
            .selectFrom("documents")
            .select(["published_at", "ingested_at"])
            .where("doc_key", "=", docKey)
            .executeTakeFirst();
          if (!doc) throw new SitrepError("E_QUERY_PARAM", `no stored document ${docKey}`);
          const old = await trx
            .selectFrom("event_mentions")
            .select("event_key")
            .where("doc_key", "=", docKey)
            .execute();
          await trx.deleteFrom("event_mentions").where("doc_key", "=", docKey).execute();
          const now = new Date().toISOString();
          const fallbackDay = (doc.published_at ?? doc.ingested_at).slice(0, 10);
          const keys = await insertEventsOf(trx, docKey, events, fallbackDay, now);
          await trx
            .updateTable("documents")
            .set({ dictionary_version: dictionaryVersion })
            .where("doc_key", "=", docKey)
            .execute();
          await recount(trx, [...old.map((o) => o.event_key), ...keys]);
        }),
      ),

    async *listDocuments(): AsyncIterable<StoredDocument> {
      // Paged by key so a large store streams in bounded memory.
      let after = "";
      for (;;) {
        const rows = await guard(() =>
          db
            .selectFrom("documents")
            .select(["doc_key", "input_id", "article_json", "annotations_json"])
            .where("doc_key", ">", after)
            .where("superseded_by", "is", null)
            .orderBy("doc_key")
            .limit(500)
            .execute(),
        );
        if (!rows.length) return;
        for (const r of rows) {
          yield {
            docKey: r.doc_key,
            inputId: r.input_id,
            article: JSON.parse(r.article_json),
            annotations: JSON.parse(r.annotations_json),
          };
        }
        after = rows[rows.length - 1]!.doc_key;
      }
    },

    queryEvents: (filter, page = { limit: 100, offset: 0 }) =>
      guard(async () => {
        const rows = await applyEventFilter(db.selectFrom("events").selectAll(), filter, backend)
          .orderBy("day", "desc")
          .orderBy("num_mentions", "desc")
          .orderBy("event_key")
          .limit(page.limit)
          .offset(page.offset)
          .execute();
        return rows.map(toStoredEvent);
      }),

    queryEventPage: (filter, page) =>
      guard(async () => {
        const sort = page.sort ?? DEFAULT_SORT;
        const offset = page.cursor ? decodeCursor(page.cursor, filter, sort) : 0;
        const column = SORT_COLUMN[sort.key];
        let q = eventSource(filter).orderBy(sql.ref(column), (ob) =>
          (sort.descending ? ob.desc() : ob.asc()).nullsLast(),
        );
        // Ties: newest day, then most reported, then the key, so every page is deterministic.
        if (sort.key !== "day") q = q.orderBy(sql.ref("day"), "desc");
        if (sort.key !== "mentions") q = q.orderBy(sql.ref("num_mentions"), "desc");
        const rows = await q
          .orderBy(sql.ref("event_key"))
          .limit(page.limit + 1)
          .offset(offset)
          .execute();
        const shown = rows.slice(0, page.limit);
        const reports = await firstReports(shown);
        return {
          events: shown.map((r) => ({
            ...toStoredEvent(r),
            ...(filter.includeSuperseded ? { supersededBy: r.superseded_by } : {}),
            docKey: reports.get(r)?.docKey ?? null,
            url: reports.get(r)?.url ?? null,
          })),
          next: rows.length > page.limit ? encodeCursor(offset + page.limit, filter, sort) : null,
        };
      }),

    async *streamEvents(filter) {
      let after = "";
      for (;;) {
        const rows = await guard(() =>
          eventSource(filter)
            .where(sql.ref("event_key"), ">", after)
            .orderBy(sql.ref("event_key"))
            .limit(STREAM_PAGE)
            .execute(),
        );
        if (!rows.length) return;
        const reports = await guard(() => firstReports(rows));
        for (const r of rows) {
          const e = toStoredEvent(r);
          const report = reports.get(r);
          yield { ...e, isRoot: e.isRoot ?? report?.lead ?? false, sourceUrl: report?.url ?? null };
        }
        after = rows[rows.length - 1]!.event_key;
      }
    },

    async *streamMentions(filter) {
      let after = "";
      for (;;) {
        const events = await guard(() =>
          applyEventFilter(db.selectFrom("events").select(["event_key", "day"]), filter, backend)
            .where("event_key", ">", after)
            .orderBy("event_key")
            .limit(STREAM_PAGE)
            .execute(),
        );
        if (!events.length) return;
        const dayOf = new Map(events.map((e) => [e.event_key, e.day]));
        const rows = await guard(() =>
          db
            .selectFrom("event_mentions as m")
            .innerJoin("documents as d", "d.doc_key", "m.doc_key")
            .select([
              "m.event_key",
              "m.doc_key",
              "d.url",
              "d.source",
              "d.published_at",
              "m.sentence_index",
              "m.source_start",
              "m.target_start",
              "m.trigger_start",
              "m.confidence",
              "m.evidence",
              "d.char_count",
              "d.tone",
            ])
            .where("m.event_key", "in", [...dayOf.keys()])
            .orderBy("m.event_key")
            .orderBy("m.doc_key")
            .execute(),
        );
        for (const r of rows) {
          yield {
            eventKey: r.event_key,
            day: dayOf.get(r.event_key) ?? "",
            docKey: r.doc_key,
            url: r.url,
            source: r.source,
            publishedAt: r.published_at,
            sentenceIndex: Number(r.sentence_index),
            sourceStart: Number(r.source_start),
            targetStart: r.target_start === null ? null : Number(r.target_start),
            triggerStart: Number(r.trigger_start),
            confidence: Number(r.confidence),
            evidence: r.evidence,
            docLength: num(r.char_count),
            docTone: num(r.tone),
          };
        }
        after = events[events.length - 1]!.event_key;
      }
    },

    documentEvents: (docKey) =>
      guard(async () => {
        const rows = await db
          .selectFrom("event_mentions as m")
          .innerJoin("events as e", "e.event_key", "m.event_key")
          .select([
            "m.event_id",
            "m.sentence_index",
            "m.trigger_start",
            "e.cameo_code",
            "e.source_code",
            "e.target_code",
          ])
          .where("m.doc_key", "=", docKey)
          .orderBy("m.event_id")
          .execute();
        return rows.map((r) => ({
          eventId: r.event_id,
          sentenceIndex: Number(r.sentence_index),
          triggerStart: Number(r.trigger_start),
          cameoCode: r.cameo_code,
          sourceCode: r.source_code,
          targetCode: r.target_code,
        }));
      }),

    eventMentions: (key) =>
      guard(async () => {
        const rows = await db
          .selectFrom("event_mentions")
          .select(["doc_key", "evidence", "sentence_index"])
          .where("event_key", "=", key)
          .orderBy("doc_key")
          .execute();
        return rows.map((r) => ({
          docKey: r.doc_key,
          evidence: r.evidence,
          sentenceIndex: Number(r.sentence_index),
        }));
      }),

    dyadSeries: (source, target, interval: Interval, filter = {}) =>
      guard(async () => {
        if (rollupServes(source, target, filter))
          return dyadSeriesFromRollup(db, source, target, interval, filter);
        const q = seriesQuery(
          applyEventFilter(db.selectFrom("events"), filter, backend)
            .where(likePrefix("source_code", source))
            .where(likePrefix("target_code", target)),
          interval,
        );
        const rows = await q.execute();
        return rows.map((r) => toSeriesPoint(r, Number(r.goldstein)));
      }),

    eventSeries: (interval: Interval, filter = {}) =>
      guard(async () => {
        const rows = await seriesQuery(
          applyEventFilter(db.selectFrom("events"), filter, backend),
          interval,
        ).execute();
        return rows.map((r) => toSeriesPoint(r, Number(r.goldstein)));
      }),

    topDyads: (filter, limit) =>
      guard(async () => {
        let q = applyEventFilter(db.selectFrom("events"), filter, backend).where(
          "target_code",
          "is not",
          null,
        );
        // Within one month, saying so (implied by the days) lets the month index stream the grouping.
        if (filter.from && filter.to && filter.from.slice(0, 7) === filter.to.slice(0, 7))
          q = q.where("month", "=", filter.from.slice(0, 7));
        const rows = await q
          .select((eb) => [
            "source_code",
            "target_code",
            eb.fn.countAll<number>().as("events"),
            sql<number>`sum(num_mentions)`.as("mentions"),
            sql<number>`avg(goldstein)`.as("goldstein"),
          ])
          .groupBy(["source_code", "target_code"])
          .orderBy("events", "desc")
          .orderBy("source_code")
          .orderBy("target_code")
          .limit(limit)
          .execute();
        return rows.map(
          (r): DyadCount => ({
            sourceCode: r.source_code,
            targetCode: r.target_code ?? "",
            events: Number(r.events),
            mentions: Number(r.mentions),
            meanGoldstein: round(Number(r.goldstein)),
          }),
        );
      }),

    topActors: (filter, limit) =>
      guard(async () => {
        const rows = await applyEventFilter(db.selectFrom("events"), filter, backend)
          .select((eb) => [
            "source_code",
            eb.fn.countAll<number>().as("events"),
            sql<number>`sum(num_mentions)`.as("mentions"),
          ])
          .groupBy("source_code")
          .orderBy("events", "desc")
          .orderBy("source_code")
          .limit(limit)
          .execute();
        return rows.map(
          (r): ActorCount => ({
            code: r.source_code,
            events: Number(r.events),
            mentions: Number(r.mentions),
          }),
        );
      }),

    geoAggregates: (level, filter) =>
      guard(async () => {
        const base = applyEventFilter(db.selectFrom("events"), filter, backend).where("lat", "is not", null);
        const rows =
          level === "point"
            ? await base
                .select((eb) => [
                  "place_name as key",
                  "country",
                  "lat",
                  "lon",
                  eb.fn.countAll<number>().as("events"),
                  sql<number>`avg(goldstein)`.as("goldstein"),
                ])
                .groupBy(["place_name", "country", "lat", "lon"])
                .orderBy("events", "desc")
                .limit(1000)
                .execute()
            : await base
                .select((eb) => [
                  eb.ref(level === "country" ? "country" : "admin1").as("key"),
                  "country",
                  sql<number>`avg(lat)`.as("lat"),
                  sql<number>`avg(lon)`.as("lon"),
                  eb.fn.countAll<number>().as("events"),
                  sql<number>`avg(goldstein)`.as("goldstein"),
                ])
                .groupBy(level === "country" ? ["country"] : ["admin1", "country"])
                .orderBy("events", "desc")
                .limit(1000)
                .execute();
        return rows.map(
          (r): GeoCount => ({
            key: String(r.key ?? ""),
            country: r.country,
            lat: r.lat === null ? null : round(Number(r.lat)),
            lon: r.lon === null ? null : round(Number(r.lon)),
            events: Number(r.events),
            meanGoldstein: round(Number(r.goldstein)),
          }),
        );
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
