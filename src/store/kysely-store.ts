// The store over Kysely: one implementation for every backend. Every value reaches the database
// as a bound parameter; identifiers come only from fixed whitelists in this file.
import { type Kysely, Migrator, type SelectQueryBuilder, sql } from "kysely";
import { SitrepError } from "../errors.ts";
import { createAggregateQueries } from "./aggregate-queries.ts";
import { readAnnotations } from "./annotation-parts.ts";
import { bands, bodyHashOf, currentVersion, insertDocument } from "./document-writes.ts";
import { decodeCursor, encodeCursor } from "./event-cursor.ts";
import { applyEventFilter } from "./event-filter.ts";
import { documentKey } from "./event-key.ts";
import { recount } from "./event-recount.ts";
import { EVENT_COLUMNS, fromStoredEvent, num, toStoredEvent } from "./event-rows.ts";
import { insertEventsOf, writeEventLog } from "./event-writes.ts";
import { migrationProviderFor } from "./migrations.ts";
import type { Database, EventsTable } from "./schema.ts";
import { createServeQueries } from "./serve-queries.ts";
import type { EventFilter, EventSort, EventSortKey, SaveResult, Store, StoredDocument } from "./store.ts";

/** Re-exported for the modules that read events through the store's mapping. */
export { toStoredEvent };

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
    ...createAggregateQueries(db, backend, guard),
    ...(parts.readGeneration ? { generation: () => guard(async () => parts.readGeneration!()) } : {}),

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
          // The same bytes are the same document, whatever its URL; without a URL and body hash,
          // the same key is too. One query for both: a same-bytes row wins.
          const byKey = !(rec.url && rec.bodyHash);
          // PostgreSQL, no URL: no version to look for, and the document insert itself does
          // nothing for known bytes (insertDocument then reads the stored one): a round trip less.
          const known =
            backend === "postgres" && !rec.url
              ? []
              : await trx
                  .selectFrom("documents")
                  .select(["doc_key", "cluster_key", "content_hash"])
                  .where((eb) =>
                    byKey
                      ? eb.or([eb("content_hash", "=", rec.contentHash), eb("doc_key", "=", docKey)])
                      : eb("content_hash", "=", rec.contentHash),
                  )
                  .limit(2)
                  .execute();
          const existing = known.find((d) => d.content_hash === rec.contentHash) ?? known[0];
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
          const { log, seen, ...saved } = await insertDocument(
            trx,
            rec,
            newKey,
            urlKey,
            version,
            backend,
            parts.annotationPartChars,
          );
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
              backend,
            );
          }
          await writeEventLog(trx, backend, log ?? [], seen);
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
          const written = await insertEventsOf(trx, docKey, events, fallbackDay, now, null);
          await trx
            .updateTable("documents")
            .set({ dictionary_version: dictionaryVersion })
            .where("doc_key", "=", docKey)
            .execute();
          // Every event it touched is recounted: the tone and counts come from all its reports.
          await recount(
            trx,
            [...new Set([...old.map((o) => o.event_key), ...written.keys])].sort(),
            undefined,
            backend,
          );
          await writeEventLog(trx, backend, written.log);
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
            annotations: await readAnnotations(db, r.doc_key, r.annotations_json),
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
