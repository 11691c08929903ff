// Writing documents inside the caller's transaction: a document with its near-duplicate bands,
// its events and mentions (each new report logged), actors and places; and the recount that keeps
// each event's mention, article and source counts true when reports come and go.
import { createHash } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { CodedEvent } from "../types.ts";
import { EVENT_COLUMNS, eventRow } from "./event-rows.ts";
import { countSeen, type EventWrite, insertEventWrites, recountEvents } from "./event-writes.ts";
import type { Database } from "./schema.ts";
import type { DocumentRecord, SaveResult } from "./store.ts";

export type Db = Kysely<Database> | Transaction<Database>;

/** Eight 8-bit bands: fingerprints within 7 bits of each other share at least one (pigeonhole). */
export function bands(hash: string): string[] {
  return Array.from({ length: 8 }, (_, i) => `${i}:${hash.slice(i * 2, i * 2 + 2)}`);
}

/**
 * Recounts mentions, articles, distinct sources, mean tone and best confidence of the given
 * events; drops events left with none. When a newer document version took their reports away
 * (`superseded`), dropped events are first copied to superseded_events, queryable on request.
 */
export async function recount(
  db: Db,
  keys: readonly string[],
  superseded?: { by: string; at: string },
): Promise<void> {
  for (const key of await recountEvents(db, keys)) {
    if (superseded) {
      const cols = sql.join(EVENT_COLUMNS.map((col) => sql.ref(col)));
      await sql`insert into superseded_events (${cols}, superseded_by, superseded_at)
        select ${cols}, ${superseded.by}, ${superseded.at} from events
        where event_key = ${key} and origin = 'sitrep'`.execute(db);
    }
    await db.deleteFrom("events").where("event_key", "=", key).where("origin", "=", "sitrep").execute();
  }
}

export async function insertEventsOf(
  db: Db,
  docKey: string,
  events: readonly CodedEvent[],
  fallbackDay: string,
  now: string,
): Promise<string[]> {
  const writes: EventWrite[] = events.map((e) => ({
    row: eventRow(e, e.date ?? fallbackDay, now),
    mention: {
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
    },
  }));
  return insertEventWrites(db, docKey, writes, now);
}

/** Inserts a new document with its bands, events, actors and places (inside the caller's transaction). */
export async function insertDocument(
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
  await countSeen(db, rec.actors, rec.places);
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
export async function currentVersion(db: Db, urlKey: string) {
  return db
    .selectFrom("documents")
    .select(["doc_key", "version", "body_hash", "article_json", "cluster_key"])
    .where((eb) => eb.or([eb("url_key", "=", urlKey), eb("doc_key", "=", urlKey)]))
    .where("superseded_by", "is", null)
    .orderBy("version", "desc")
    .executeTakeFirst();
}

/** sha256 of a stored article's text, for versions stored before body hashes were kept. */
export function bodyHashOf(articleJson: string): string {
  const text = (JSON.parse(articleJson) as { text?: string }).text ?? "";
  return createHash("sha256").update(text).digest("hex");
}
