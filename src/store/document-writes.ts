// Writing documents inside the caller's transaction: a document with its near-duplicate bands,
// then its events and mentions (event-writes.ts), the recount of events reported before
// (event-recount.ts) and the actors and places it names (seen-counts.ts).
import { createHash } from "node:crypto";
import { CompiledQuery, type Insertable, type Kysely, sql, type Transaction } from "kysely";
import type { CodedEvent } from "../types.ts";
import { annotationJson, insertAnnotationParts, PART_CHARS } from "./annotation-parts.ts";
import { recount } from "./event-recount.ts";
import { insertEventsOf, type LogRow, newEventState } from "./event-writes.ts";
import { simhashBits } from "./postgres/band-fingerprints.ts";
import type { Database, DocumentsTable } from "./schema.ts";
import { countSeen, fitsOneStatement, type SeenRows, seenRowsOf } from "./seen-counts.ts";
import {
  GROUPED_ROLLUP_MIN_ROWS,
  GROUPED_TRIGGER_NAMES,
  type GroupedRollupWrite,
  STORED_TRIGGERS_SQL,
  type StoredTrigger,
  suspendRollupTriggers,
} from "./sqlite/grouped-rollups.ts";
import type { DocumentRecord, SaveResult } from "./store.ts";

export type Db = Kysely<Database> | Transaction<Database>;
type Backend = "sqlite" | "postgres";

/** Eight 8-bit bands: fingerprints within 7 bits of each other share at least one (pigeonhole). */
export function bands(hash: string): string[] {
  return Array.from({ length: 8 }, (_, i) => `${i}:${hash.slice(i * 2, i * 2 + 2)}`);
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
 * (each with the SimHash's bits, migration 022) only when the document row went in. Foreign keys are checked at the statement's end, when the
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
    insert into document_bands (band, doc_key, simhash_bits)
    select b.band, doc.doc_key, ${simhashBits(rec.simhash)}::bigint
    from doc, unnest(${bands(rec.simhash)}::text[]) as b(band)
    returning doc_key`.execute(db);
  return r.rows.length > 0;
}

/** suspendRollupTriggers over a Kysely transaction on SQLite. */
function suspendSqliteRollupTriggers(db: Db): Promise<GroupedRollupWrite> {
  const run = async (statement: string, values: readonly unknown[] = []) => {
    await db.executeQuery(CompiledQuery.raw(statement, [...values]));
  };
  const readTriggers = async () =>
    (await db.executeQuery<StoredTrigger>(CompiledQuery.raw(STORED_TRIGGERS_SQL, [...GROUPED_TRIGGER_NAMES])))
      .rows;
  return suspendRollupTriggers(run, readTriggers);
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
  annotationPartChars = PART_CHARS,
): Promise<SaveResult & { log?: LogRow[]; seen?: SeenRows }> {
  const now = new Date().toISOString();
  const clusterKey = rec.clusterKey ?? docKey;
  // A long document's annotations go in parts, written as they are produced (annotation-parts.ts).
  const annotations = annotationJson(rec.annotations, annotationPartChars);
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
    annotations_json: annotations.kind === "whole" ? annotations.json : "",
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
  // The article JSON (20M characters for a 20 MB text) is written: let go of it, or a long
  // document's windows are all coded and stored with it still live.
  row.article_json = "";
  row.annotations_json = "";
  if (stored && annotations.kind === "parts") await insertAnnotationParts(db, docKey, annotations.parts);
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
  // SQLite, a window of many events (a long document's): roll-ups by grouped statements rather
  // than row triggers (sqlite/grouped-rollups.ts), the same cells. PostgreSQL's triggers are per
  // statement already.
  let grouped: GroupedRollupWrite | null = null;
  // A long document's events come a window at a time (rec.moreEvents): each written as it comes.
  for (const batch of eventBatchesOf(rec)) {
    events += batch.length;
    if (backend === "sqlite" && !grouped && batch.length >= GROUPED_ROLLUP_MIN_ROWS)
      grouped = await suspendSqliteRollupTriggers(db);
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
    if (grouped) await grouped.add(written.created);
    for (const row of written.log) log.push(row);
  }
  // The triggers are back before the recount updates events (its update triggers move cells).
  if (grouped) await grouped.restore();
  // Events reported again: each has this document's report now, so none is dropped.
  await recount(db, [...state.recount], undefined, backend, true);
  const seen = seenRowsOf(rec);
  // PostgreSQL: a document that logs events has its actors and places counted by the event log's
  // statement (writeEventLog), a round trip less; the rows stay locked as briefly as before (they
  // are its first work, and the commit follows).
  if (backend === "postgres" && log.length && fitsOneStatement(seen))
    return { docKey, inserted: true, clusterKey, events, log, seen };
  await countSeen(db, seen, backend);
  return { docKey, inserted: true, clusterKey, events, log };
}

/** sha256 of a stored article's text, for versions stored before body hashes were kept. */
export function bodyHashOf(articleJson: string): string {
  const text = (JSON.parse(articleJson) as { text?: string }).text ?? "";
  return createHash("sha256").update(text).digest("hex");
}
