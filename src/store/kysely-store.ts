// The store over Kysely: one implementation for every backend. Every value reaches the database
// as a bound parameter; identifiers come only from fixed whitelists in this file.
import { type Kysely, Migrator, sql, type Transaction } from "kysely";
import { SitrepError } from "../errors.ts";
import type { CodedEvent } from "../types.ts";
import { dyadSeriesFromRollup, rollupServes, round, toSeriesPoint } from "./dyad-series-rollup.ts";
import { applyEventFilter, likePrefix } from "./event-filter.ts";
import { documentKey, eventKey, weekOf } from "./event-key.ts";
import { migrationProviderFor } from "./migrations.ts";
import type { Database, EventsTable } from "./schema.ts";
import type {
  ActorCount,
  DyadCount,
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

/** Rows per page when streaming exports: bounded memory at any store size. */
const STREAM_PAGE = 1000;

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
  };
}

function toStoredEvent(r: EventsTable): StoredEvent {
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
  };
}

/** Recounts mentions, articles and distinct sources of the given events; drops events left with none. */
async function recount(db: Db, keys: readonly string[]): Promise<void> {
  for (const key of new Set(keys)) {
    const c = await db
      .selectFrom("event_mentions as m")
      .innerJoin("documents as d", "d.doc_key", "m.doc_key")
      .select((eb) => [
        eb.fn.countAll<number>().as("mentions"),
        eb.fn.count<number>("m.doc_key").distinct().as("articles"),
        eb.fn.count<number>("d.source").distinct().as("sources"),
      ])
      .where("m.event_key", "=", key)
      .executeTakeFirstOrThrow();
    if (Number(c.mentions) === 0) {
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
    await db
      .insertInto("events")
      .values(row)
      .onConflict((oc) => oc.column("event_key").doNothing())
      .execute();
    await db
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
      .execute();
  }
  return keys;
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

  return {
    backend,

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
        const row = await db
          .selectFrom("documents")
          .select("doc_key")
          .where((eb) =>
            eb.or([eb("doc_key", "=", documentKey(url, contentHash)), eb("content_hash", "=", contentHash)]),
          )
          .executeTakeFirst();
        return row ? { docKey: row.doc_key } : null;
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
          const existing = await trx
            .selectFrom("documents")
            .select(["doc_key", "cluster_key"])
            .where((eb) => eb.or([eb("doc_key", "=", docKey), eb("content_hash", "=", rec.contentHash)]))
            .executeTakeFirst();
          if (existing) {
            return { docKey: existing.doc_key, inserted: false, clusterKey: existing.cluster_key, events: 0 };
          }
          const now = new Date().toISOString();
          if (rec.source) {
            await trx
              .insertInto("sources")
              .values({ name: rec.source, first_seen: now })
              .onConflict((oc) => oc.column("name").doNothing())
              .execute();
          }
          const clusterKey = rec.clusterKey ?? docKey;
          // Another process may have stored the same document since the check above (two ingests
          // of one folder on PostgreSQL): the insert then does nothing and the document is skipped,
          // instead of a duplicate-key error. The unique key waits for that process's commit.
          const stored = await trx
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
            })
            .onConflict((oc) => oc.doNothing())
            .returning("doc_key")
            .executeTakeFirst();
          if (!stored) {
            const other = await trx
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
          await trx
            .insertInto("document_bands")
            .values(bands(rec.simhash).map((band) => ({ band, doc_key: docKey })))
            .execute();
          const fallbackDay = (rec.publishedAt ?? now).slice(0, 10);
          const keys = await insertEventsOf(trx, docKey, rec.events, fallbackDay, now);
          await recount(trx, keys);
          for (const a of rec.actors) {
            await trx
              .insertInto("actors_seen")
              .values({ code: a.code, name: a.name, mentions: 1 })
              .onConflict((oc) =>
                oc.columns(["code", "name"]).doUpdateSet({ mentions: sql`actors_seen.mentions + 1` }),
              )
              .execute();
          }
          for (const p of rec.places) {
            await trx
              .insertInto("places_seen")
              .values({ ...p, mentions: 1 })
              .onConflict((oc) =>
                oc.columns(["name", "lat", "lon"]).doUpdateSet({ mentions: sql`places_seen.mentions + 1` }),
              )
              .execute();
          }
          if (rec.dictionaryVersion) {
            await trx
              .insertInto("dictionary_versions")
              .values({ version: rec.dictionaryVersion, first_used_at: now })
              .onConflict((oc) => oc.column("version").doNothing())
              .execute();
          }
          return { docKey, inserted: true, clusterKey, events: rec.events.length };
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

    async *streamEvents(filter) {
      let after = "";
      for (;;) {
        const rows = await guard(() =>
          applyEventFilter(db.selectFrom("events").selectAll(), filter, backend)
            .where("event_key", ">", after)
            .orderBy("event_key")
            .limit(STREAM_PAGE)
            .execute(),
        );
        if (!rows.length) return;
        const keys = rows.map((r) => r.event_key);
        const urls = await guard(() =>
          db
            .selectFrom("event_mentions as m")
            .innerJoin("documents as d", "d.doc_key", "m.doc_key")
            .select(["m.event_key", "d.url"])
            .where("m.event_key", "in", keys)
            .orderBy("d.ingested_at")
            .execute(),
        );
        const urlOf = new Map<string, string | null>();
        for (const u of urls) if (!urlOf.has(u.event_key)) urlOf.set(u.event_key, u.url);
        for (const r of rows) yield { ...toStoredEvent(r), sourceUrl: urlOf.get(r.event_key) ?? null };
        after = keys[keys.length - 1]!;
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
        const period = ({ day: "day", week: "week", month: "month" } as const)[interval];
        const q = applyEventFilter(db.selectFrom("events"), filter, backend)
          .where(likePrefix("source_code", source))
          .where(likePrefix("target_code", target))
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
        const rows = await q.execute();
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
