// Writing documents inside the caller's transaction: a document with its near-duplicate bands,
// its events and mentions (each new report logged), actors and places (the recount that keeps each
// event's counts true when reports come and go is event-recount.ts).
import { createHash } from "node:crypto";
import { type Insertable, type Kysely, type QueryCreator, sql, type Transaction } from "kysely";
import type { CodedEvent } from "../types.ts";
import { eventKey } from "./event-key.ts";
import { chunks, INSERT_CHUNK, recount } from "./event-recount.ts";
import { eventRow } from "./event-rows.ts";
import type { Database, DocumentsTable, EventsTable } from "./schema.ts";
import type { DocumentRecord, SaveResult } from "./store.ts";

export type Db = Kysely<Database> | Transaction<Database>;
type Backend = "sqlite" | "postgres";

/** Eight 8-bit bands: fingerprints within 7 bits of each other share at least one (pigeonhole). */
export function bands(hash: string): string[] {
  return Array.from({ length: 8 }, (_, i) => `${i}:${hash.slice(i * 2, i * 2 + 2)}`);
}

export type LogRow = { event_key: string; doc_key: string; kind: "new" | "update"; logged_at: string };

/**
 * What insertEventsOf remembers between the calls for one document's windows: the event ids already
 * reported (the first report of an id is kept), the events this document created and those it has
 * announced as new (its later reports of them are updates), and the events to recount at the end.
 */
export interface DocumentEventState {
  readonly seenIds: Set<string>;
  readonly created: Set<string>;
  readonly announcedNew: Set<string>;
  readonly recount: Set<string>;
}

export function newEventState(): DocumentEventState {
  return { seenIds: new Set(), created: new Set(), announcedNew: new Set(), recount: new Set() };
}

/**
 * Inserts a document's events and mentions. Rows shared between documents (an event reported
 * twice, its dyad roll-up cell) are locked until commit, so two writers serialise on them: each
 * kind goes in one statement, in key order (the same lock order for every writer), to keep that
 * stretch short. An event this document creates has no other report, so it is inserted already
 * counted; events stored before come back in `recount`. The event log rows are returned for
 * writeEventLog, the transaction's last statement. A long document comes in several calls (one a
 * window) sharing `state`: an event a later window reports again was inserted counted for the
 * earlier window's reports, so it is recounted, as an event another document stored is.
 */
export async function insertEventsOf(
  db: Db,
  docKey: string,
  events: readonly CodedEvent[],
  fallbackDay: string,
  now: string,
  docTone: number | null,
  backend: Backend = "sqlite",
  state: DocumentEventState = newEventState(),
): Promise<{ keys: string[]; recount: string[]; log: LogRow[] }> {
  // One mention per event id, the first (as the primary key keeps it), with its event's key.
  const { seenIds, announcedNew } = state;
  const reported: CodedEvent[] = [];
  const keys: string[] = [];
  for (const e of events) {
    if (seenIds.has(e.eventId)) continue;
    seenIds.add(e.eventId);
    reported.push(e);
    keys.push(eventKey(e.date ?? fallbackDay, e));
  }
  /** Per event key: its first report, and how many reports and the best confidence it has here. */
  const fresh = new Map<string, { first: number; mentions: number; confidence: number }>();
  for (let i = 0; i < reported.length; i++) {
    const e = reported[i]!;
    const known = fresh.get(keys[i]!);
    if (known) {
      known.mentions += 1;
      known.confidence = Math.max(known.confidence, e.confidence);
      continue;
    }
    fresh.set(keys[i]!, { first: i, mentions: 1, confidence: e.confidence });
  }
  const ordered = [...fresh.keys()].sort();
  const eventRowOf = (key: string): EventsTable => {
    const f = fresh.get(key)!;
    const e = reported[f.first]!;
    return {
      ...eventRow(e, e.date ?? fallbackDay, now),
      num_mentions: f.mentions,
      num_articles: 1,
      num_sources: 1,
      avg_tone: docTone === null ? null : Math.round(docTone * 100) / 100,
      confidence: f.confidence,
    };
  };
  const insertEvents = (part: readonly string[]) =>
    db
      .insertInto("events")
      .values(part.map(eventRowOf))
      .onConflict((oc) => oc.column("event_key").doNothing())
      .returning("event_key");
  /** The mentions of reported[from, to). */
  const insertMentions = (from: number, to: number) =>
    db
      .insertInto("event_mentions")
      .values(
        reported.slice(from, to).map((e, k) => ({
          event_key: keys[from + k]!,
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
        })),
      )
      .onConflict((oc) => oc.columns(["doc_key", "event_id"]).doNothing())
      .returning("event_id");
  const created = new Set<string>();
  const inserted = new Set<string>();
  if (
    backend === "postgres" &&
    ordered.length &&
    ordered.length <= INSERT_CHUNK &&
    reported.length <= INSERT_CHUNK
  ) {
    // A document's events and mentions in one statement (one round trip): the mentions' foreign
    // key to events is checked at the statement's end, when the events are there.
    const r = await sql<{ kind: "e" | "m"; key: string }>`with ev as (${insertEvents(ordered)}),
        mn as (${insertMentions(0, reported.length)})
      select 'e' as kind, event_key as key from ev union all select 'm' as kind, event_id as key from mn`.execute(
      db,
    );
    for (const row of r.rows) (row.kind === "e" ? created : inserted).add(row.key);
  } else {
    // Rows are built a statement's worth at a time (a 20 MB document has 230,000 events: their
    // rows all at once took hundreds of MB).
    for (const part of chunks(ordered)) {
      for (const r of await insertEvents(part).execute()) created.add(r.event_key);
    }
    for (let from = 0; from < reported.length; from += INSERT_CHUNK) {
      for (const r of await insertMentions(from, from + INSERT_CHUNK).execute()) inserted.add(r.event_id);
    }
  }
  // "new" for the first report of an event this document created, "update" for every other.
  for (const key of created) state.created.add(key);
  const log: LogRow[] = [];
  for (let i = 0; i < reported.length; i++) {
    if (!inserted.has(reported[i]!.eventId)) continue;
    const key = keys[i]!;
    const isNew = state.created.has(key) && !announcedNew.has(key);
    if (isNew) announcedNew.add(key);
    log.push({ event_key: key, doc_key: docKey, kind: isNew ? "new" : "update", logged_at: now });
  }
  // Not created by this call: stored before, by another document or an earlier window of this one.
  const recountKeys = [...new Set(keys.filter((k) => !created.has(k)))].sort();
  for (const key of recountKeys) state.recount.add(key);
  return { keys, recount: recountKeys, log };
}

/** PostgreSQL advisory lock key of the event log: "sitrep event log" as one 63-bit number. */
const EVENT_LOG_LOCK = 0x5317_e7e1_0600;

/**
 * Appends the event log rows, last in the transaction. On PostgreSQL a sequence value is taken at
 * insert, not at commit, so without a lock a reader could see seq 11 committed while 10 is still
 * in flight and step past 10 for good; holding one advisory lock from these inserts to the commit
 * makes seq order commit order, so "everything after seq N" (streams, the announcement outbox)
 * never misses a row. SQLite has one writer at a time already.
 */
export async function writeEventLog(
  db: Db,
  backend: "sqlite" | "postgres",
  log: readonly LogRow[],
): Promise<void> {
  if (!log.length) return;
  if (backend === "postgres") {
    // The lock and the first rows in one round trip: the rows come out of a join with the
    // (materialized, once-only) lock, so no row, and no seq, exists before the lock is held.
    const [first, ...rest] = chunks(log, 500);
    const rows = first!.map(
      (r, i) => sql`(${i}::integer, ${r.event_key}, ${r.doc_key}, ${r.kind}, ${r.logged_at})`,
    );
    await sql`with held as materialized (select pg_advisory_xact_lock(${EVENT_LOG_LOCK}))
      insert into event_log (event_key, doc_key, kind, logged_at)
      select v.k, v.d, v.kind, v.at from held, (values ${sql.join(rows)}) as v(i, k, d, kind, at)
      order by v.i`.execute(db);
    for (const part of rest) await db.insertInto("event_log").values(part).execute();
    return;
  }
  for (const part of chunks(log, 500)) await db.insertInto("event_log").values(part).execute();
}

/** Counts of the actors and places a document names: one upsert each, in key order (see insertEventsOf);
 * on PostgreSQL both in one statement when they fit one (a document names a few dozen at most). */
export async function countSeen(db: Db, rec: DocumentRecord, backend: Backend = "sqlite"): Promise<void> {
  const actors = new Map<string, { code: string; name: string; mentions: number }>();
  for (const a of rec.actors) {
    const k = JSON.stringify([a.code, a.name]);
    const known = actors.get(k);
    if (known) known.mentions++;
    else actors.set(k, { code: a.code, name: a.name, mentions: 1 });
  }
  const actorRows = [...actors.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  const places = new Map<
    string,
    { name: string; country: string | null; lat: number; lon: number; mentions: number }
  >();
  for (const p of rec.places) {
    const k = JSON.stringify([p.name, p.lat, p.lon]);
    const known = places.get(k);
    if (known) known.mentions++;
    else places.set(k, { ...p, mentions: 1 });
  }
  const placeRows = [...places.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  const upsertActors = (qc: QueryCreator<Database>, rows: typeof actorRows) =>
    qc
      .insertInto("actors_seen")
      .values(rows)
      .onConflict((oc) =>
        oc.columns(["code", "name"]).doUpdateSet({ mentions: sql`actors_seen.mentions + excluded.mentions` }),
      );
  const upsertPlaces = (qc: QueryCreator<Database>, rows: typeof placeRows) =>
    qc
      .insertInto("places_seen")
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(["name", "lat", "lon"])
          .doUpdateSet({ mentions: sql`places_seen.mentions + excluded.mentions` }),
      );
  if (
    backend === "postgres" &&
    actorRows.length &&
    placeRows.length &&
    actorRows.length + placeRows.length <= 500
  ) {
    // Lock order: PostgreSQL runs an unread data-modifying WITH after the main statement, so the
    // places' rows are locked before the actors' here, and the statements below keep that order.
    await upsertPlaces(
      db.with("counted_actors", (qc) =>
        upsertActors(qc, actorRows).returning("code"),
      ) as unknown as QueryCreator<Database>,
      placeRows,
    ).execute();
    return;
  }
  // PostgreSQL: places first, as the one statement above locks them.
  if (backend === "postgres")
    for (const part of chunks(placeRows, 500)) await upsertPlaces(db, part).execute();
  for (const part of chunks(actorRows, 500)) await upsertActors(db, part).execute();
  if (backend !== "postgres")
    for (const part of chunks(placeRows, 500)) await upsertPlaces(db, part).execute();
}

type DocumentRow = Insertable<DocumentsTable>;

/** The document row with its source, dictionary version and bands, a statement each; true when stored. */
async function insertDocumentRow(
  db: Db,
  rec: DocumentRecord,
  row: DocumentRow,
  now: string,
): Promise<boolean> {
  if (rec.source) {
    await db
      .insertInto("sources")
      .values({ name: rec.source, first_seen: now })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
  }
  const stored = await db
    .insertInto("documents")
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning("doc_key")
    .executeTakeFirst();
  if (!stored) return false;
  await db
    .insertInto("document_bands")
    .values(bands(rec.simhash).map((band) => ({ band, doc_key: row.doc_key })))
    .execute();
  if (rec.dictionaryVersion) {
    await db
      .insertInto("dictionary_versions")
      .values({ version: rec.dictionaryVersion, first_used_at: now })
      .onConflict((oc) => oc.column("version").doNothing())
      .execute();
  }
  return true;
}

/**
 * The same in one statement on PostgreSQL (data-modifying WITH): the source and dictionary version
 * (kept whether or not the document is new: they name what exists), the document, and its bands
 * only when the document row went in. Foreign keys are checked at the statement's end, when the
 * source row is there. One round trip instead of four, per document.
 */
async function insertDocumentRowPostgres(
  db: Db,
  rec: DocumentRecord,
  row: DocumentRow,
  now: string,
): Promise<boolean> {
  const source = rec.source
    ? sql`, src as (insert into sources (name, first_seen) values (${rec.source}, ${now})
        on conflict (name) do nothing)`
    : sql``;
  const version = rec.dictionaryVersion
    ? sql`, dv as (insert into dictionary_versions (version, first_used_at)
        values (${rec.dictionaryVersion}, ${now}) on conflict (version) do nothing)`
    : sql``;
  const columns = Object.keys(row) as (keyof DocumentRow)[];
  const r = await sql<{ doc_key: string }>`with doc as (
      insert into documents (${sql.join(columns.map((c) => sql.ref(c)))})
      values (${sql.join(columns.map((c) => row[c]))})
      on conflict do nothing returning doc_key)${source}${version}
    insert into document_bands (band, doc_key)
    select b.band, doc.doc_key from doc, unnest(${bands(rec.simhash)}::text[]) as b(band)
    returning doc_key`.execute(db);
  return r.rows.length > 0;
}

/** A document's events: `events`, then each window's of `moreEvents`. */
function* eventBatchesOf(rec: DocumentRecord): Generator<readonly CodedEvent[]> {
  yield rec.events;
  if (rec.moreEvents) yield* rec.moreEvents;
}

/** Inserts a new document with its bands, events, actors and places (inside the caller's transaction). */
export async function insertDocument(
  db: Db,
  rec: DocumentRecord,
  docKey: string,
  urlKey: string | null,
  version: number,
  backend: Backend = "sqlite",
): Promise<SaveResult & { log?: LogRow[] }> {
  const now = new Date().toISOString();
  const clusterKey = rec.clusterKey ?? docKey;
  const row = {
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
  };
  // Another process may have stored the same document since the caller's check (two ingests of one
  // folder on PostgreSQL): the insert then does nothing and the document is skipped, instead of a
  // duplicate-key error. The unique key waits for that process's commit.
  const stored =
    backend === "postgres"
      ? await insertDocumentRowPostgres(db, rec, row, now)
      : await insertDocumentRow(db, rec, row, now);
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
  const fallbackDay = (rec.publishedAt ?? now).slice(0, 10);
  // From here on rows other documents share are locked: few statements, then the commit.
  const state = newEventState();
  const log: LogRow[] = [];
  let events = 0;
  // A long document's events come a window at a time (rec.moreEvents): each written as it comes.
  for (const batch of eventBatchesOf(rec)) {
    events += batch.length;
    const written = await insertEventsOf(
      db,
      docKey,
      batch,
      fallbackDay,
      now,
      rec.tone ?? null,
      backend,
      state,
    );
    for (const row of written.log) log.push(row);
  }
  await recount(db, [...state.recount], undefined, backend);
  await countSeen(db, rec, backend);
  return { docKey, inserted: true, clusterKey, events, log };
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
