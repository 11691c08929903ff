// Writing a document's events inside the caller's transaction: each event once (the first report
// of an id), its mentions, and the event log lines (`new` once per event, then `update`), in few
// multi-row statements; the recount that keeps counts true when reports come and go is event-recount.ts.
import { sql } from "kysely";
import type { CodedEvent } from "../types.ts";
import type { Db } from "./document-writes.ts";
import { eventKey } from "./event-key.ts";
import { chunks, INSERT_CHUNK } from "./event-recount.ts";
import { eventRow } from "./event-rows.ts";
import { ANSWERED_AT_COMMIT } from "./postgres/pipelined-driver.ts";
import type { EventsTable } from "./schema.ts";
import { countSeen, type SeenRows, seenCountsCte } from "./seen-counts.ts";

type Backend = "sqlite" | "postgres";

export type LogRow = { event_key: string; doc_key: string; kind: "new" | "update"; logged_at: string };

/**
 * What insertEventsOf remembers between the calls for one document's windows: the event ids already
 * reported (the first report of an id is kept), the events this document created and those it has
 * announced as new (its later reports of them are updates), and the events to recount at the end.
 */
export interface DocumentEventState {
  readonly seenIds: Set<string>;
  /**
   * The highest sentence index reported so far, and whether every id so far named its sentence.
   * The coder's event ids do ("doc#12.0"), so when a call's events all come from later sentences
   * (a long document's next window) no earlier id can come again and `seenIds` starts over: it
   * holds one window's ids, not the document's (230,000 at 20 MB of text).
   */
  lastSentence: number;
  idsNameSentences: boolean;
  readonly created: Set<string>;
  readonly announcedNew: Set<string>;
  readonly recount: Set<string>;
}

export function newEventState(): DocumentEventState {
  return {
    seenIds: new Set(),
    lastSentence: Number.NEGATIVE_INFINITY,
    idsNameSentences: true,
    created: new Set(),
    announcedNew: new Set(),
    recount: new Set(),
  };
}

/** True when the event's id names its sentence as the coder's do ("doc#12.0", "doc#12.0.1"). */
function namesSentence(e: CodedEvent): boolean {
  const hash = e.eventId.lastIndexOf("#");
  if (hash < 0) return false;
  const dot = e.eventId.indexOf(".", hash);
  return dot > hash + 1 && Number(e.eventId.slice(hash + 1, dot)) === e.sentenceIndex;
}

/**
 * Before a call's events are read: `seenIds` starts over when no id it holds can come again (every
 * id so far named its sentence and these events all come from later sentences), so a long
 * document's windows keep one window's ids, not all of them.
 */
export function forgetEarlierWindows(state: DocumentEventState, events: readonly CodedEvent[]): void {
  const previousLast = state.lastSentence;
  let firstSentence = Number.POSITIVE_INFINITY;
  for (const e of events) {
    if (e.sentenceIndex < firstSentence) firstSentence = e.sentenceIndex;
    if (e.sentenceIndex > state.lastSentence) state.lastSentence = e.sentenceIndex;
    if (state.idsNameSentences && !namesSentence(e)) state.idsNameSentences = false;
  }
  if (state.idsNameSentences && firstSentence > previousLast) state.seenIds.clear();
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
): Promise<{ keys: string[]; recount: string[]; log: LogRow[]; created: string[] }> {
  // One mention per event id, the first (as the primary key keeps it), with its event's key.
  const { seenIds, announcedNew } = state;
  forgetEarlierWindows(state, events);
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
  return { keys, recount: recountKeys, log, created: [...created] };
}

/** PostgreSQL advisory lock key of the event log: "sitrep event log" as one 63-bit number. */
const EVENT_LOG_LOCK = 0x5317_e7e1_0600;

/**
 * Appends the event log rows, last in the transaction. On PostgreSQL a sequence value is taken at
 * insert, not at commit, so without a lock a reader could see seq 11 committed while 10 is still
 * in flight and step past 10 for good; holding one advisory lock from these inserts to the commit
 * makes seq order commit order, so "everything after seq N" (streams, the announcement outbox)
 * never misses a row. SQLite has one writer at a time already. `seen` (PostgreSQL): the document's
 * actor and place counts, written by the same statement before the lock is taken (seen-counts.ts).
 */
export async function writeEventLog(
  db: Db,
  backend: "sqlite" | "postgres",
  log: readonly LogRow[],
  seen?: SeenRows,
): Promise<void> {
  if (!log.length) {
    if (seen) await countSeen(db, seen, backend);
    return;
  }
  if (backend === "postgres") {
    // The lock and the first rows in one round trip: the rows come out of a join with the
    // (materialized, once-only) lock, so no row, and no seq, exists before the lock is held.
    const [first, ...rest] = chunks(log, 500);
    const rows = first!.map(
      (r, i) => sql`(${i}::integer, ${r.event_key}, ${r.doc_key}, ${r.kind}, ${r.logged_at})`,
    );
    // With the seen counts: they come first (the lock waits for their count), so their rows are
    // locked before the log's lock, as when they were a statement of their own.
    const held = seen
      ? sql`${seenCountsCte(seen)}, held as materialized (select pg_advisory_xact_lock(${EVENT_LOG_LOCK})
          from (select count(*) from seen_places) as places, (select count(*) from seen_actors) as actors)`
      : sql`held as materialized (select pg_advisory_xact_lock(${EVENT_LOG_LOCK}))`;
    // Its answer is awaited with the next statement's, or the COMMIT's when it is the last
    // (pipelined-driver.ts): the log's lock is then released without a round trip through this
    // process between the insert and the commit.
    await sql`${sql.raw(ANSWERED_AT_COMMIT)}with ${held}
      insert into event_log (event_key, doc_key, kind, logged_at)
      select v.k, v.d, v.kind, v.at from held, (values ${sql.join(rows)}) as v(i, k, d, kind, at)
      order by v.i`.execute(db);
    for (const part of rest) await db.insertInto("event_log").values(part).execute();
    return;
  }
  for (const part of chunks(log, 500)) await db.insertInto("event_log").values(part).execute();
}
