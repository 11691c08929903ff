// The relay's read on PostgreSQL in one statement: the channel's cursor row locked, the event log
// rows past it, and the documents and events those rows name. A relay runs about once per stored
// document on a busy worker (kicked after each, at most every 250 ms): measured on bench:live, its
// transaction of seven statements (begin, cursor, log, documents, events, cursor move, commit) was
// 43 % of the statements a worker sent; now four (three when nothing was logged).
// When another process's relay holds the cursor, this one waits for it (FOR UPDATE) and then
// reads past where that one moved the cursor: it sees its own process's commits (made before it
// started) and nothing the other announced. It used to skip the held row (SKIP LOCKED) and look
// again 50 ms later, and with two workers half of all relay runs were such retries (3 statements
// each, repeated until the holder was done).
import { sql, type Transaction } from "kysely";
import { type AnnouncedDocumentRow, assembleBatch, type OutboxBatch } from "../live-outbox.ts";
import type { Database, EventsTable } from "../schema.ts";

interface Row {
  published_seq: string | number;
  /** The cursor this statement moved to (all of the log past it fit the batch), else null. */
  moved_to: string | number | null;
  seq: string | number | null;
  event_key: string | null;
  doc_key: string | null;
  doc: AnnouncedDocumentRow | null;
  event: EventsTable | null;
}

/**
 * Locks the named cursor (waiting for another relay that holds it) and reads the batch past it;
 * "busy" only when the cursor row is missing (startCursor creates it). When everything past the
 * cursor fits the batch (a relay's usual run), the same statement also moves the cursor past it
 * (`moved`: the caller's transaction must then roll back if publishing fails, so nothing is
 * skipped): a round trip less per run. A larger backlog is cut at a whole document (assembleBatch)
 * and the caller moves the cursor itself.
 */
export async function readLogLocked(
  trx: Transaction<Database>,
  name: string,
  limit: number,
): Promise<{ from: number; batch: OutboxBatch; moved: boolean } | "busy"> {
  // One result row per log row (or one row of nulls when nothing was logged past the cursor).
  const r = await sql<Row>`with cur as (
      select published_seq from live_outbox where name = ${name} for update),
    log as (
      select l.seq, l.event_key, l.doc_key from event_log l, cur
      where l.seq > cur.published_seq order by l.seq limit ${limit + 1}),
    moved as (
      update live_outbox set published_seq = last.seq, updated_at = ${new Date().toISOString()}
      from (select max(seq) as seq, count(*) as n from log) last
      where name = ${name} and last.n between 1 and ${limit}
      returning published_seq)
    select cur.published_seq, (select published_seq from moved) as moved_to, log.seq, log.event_key, log.doc_key,
      (select to_json(d) from (select doc_key, url, title, published_at, source, ingested_at
        from documents where doc_key = log.doc_key) d) as doc,
      (select to_json(e) from events e where e.event_key = log.event_key) as event
    from cur left join log on true order by log.seq`.execute(trx);
  const first = r.rows[0];
  if (!first) return "busy";
  const from = Number(first.published_seq);
  const rows = r.rows.filter((row) => row.seq !== null) as (Row & {
    seq: string | number;
    event_key: string;
    doc_key: string;
  })[];
  const batch = await assembleBatch(rows, from, limit, async () => ({
    docs: rows.flatMap((row) => (row.doc ? [row.doc] : [])),
    events: rows.flatMap((row) => (row.event ? [row.event] : [])),
  }));
  const moved = first.moved_to !== null && Number(first.moved_to) === batch.lastSeq;
  if (first.moved_to !== null && !moved)
    throw new Error(`outbox ${name}: cursor moved to ${first.moved_to}, batch ends at ${batch.lastSeq}`);
  return { from, batch, moved };
}
