// The announcement outbox: the event log (written in the same transaction as the events it lists)
// is the outbox, and `live_outbox` holds how far a channel has announced it. A process killed after
// its commit and before its announcement leaves rows past the cursor; the next relay to run, in any
// process, announces them. Announcing is at least once: a relay that dies after publishing and
// before moving the cursor is repeated by the next, and subscribers drop a seq they have had.
import type { Kysely, Transaction } from "kysely";
import type { ErrorMapper } from "./kysely-store.ts";
import { toStoredEvent } from "./kysely-store.ts";
import type { LiveDatabase } from "./live-schema.ts";
import { readLogLocked } from "./postgres/outbox-read-postgres.ts";
import type { Database, EventsTable } from "./schema.ts";
import type { StoredEvent } from "./store.ts";

/** One stored document's newly logged events, as a channel announces them. */
export interface LoggedDocument {
  readonly docKey: string;
  /** The last event log seq of this document in the batch: subscribers order and dedupe by it. */
  readonly seq: number;
  readonly url: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  /** The publishing source the store knows (site or agency), if any. */
  readonly source: string | null;
  /** When the document was stored (ISO 8601). */
  readonly storedAt: string;
  /** The logged events as they stand now (rolled-up counts included). */
  readonly events: readonly StoredEvent[];
}

export interface OutboxBatch {
  readonly documents: readonly LoggedDocument[];
  /** The cursor after this batch (the input seq when nothing was logged since). */
  readonly lastSeq: number;
  /** The log held more than the batch: read again from `lastSeq` (no read needed otherwise). */
  readonly more: boolean;
}

export interface Outbox {
  /** The newest seq of the event log (0 when empty). */
  lastSeq(): Promise<number>;
  /** Creates the named cursor at the log's end unless it exists (a relay calls it when it starts,
   * so what is stored after that is announced). */
  startCursor(name: string): Promise<void>;
  /** Documents logged after `afterSeq`, whole documents only, about `limit` log rows at most. */
  after(afterSeq: number, limit: number): Promise<OutboxBatch>;
  /**
   * Runs `publish` on what was logged past the named cursor, then moves the cursor past it. A new
   * cursor starts at the log's end (history is not announced). On PostgreSQL the cursor row is
   * held for the duration, so a relay of another process waits and then reads past what this one
   * announced instead of publishing the same rows ("busy" is for a cursor row that went missing); on SQLite, where writers take turns anyway, the move is a compare-and-set.
   */
  relay(
    name: string,
    limit: number,
    publish: (batch: OutboxBatch) => Promise<void>,
  ): Promise<{ published: number; more: boolean } | "busy">;
}

type Db = Kysely<Database> | Transaction<Database>;

async function logAfter(db: Db, afterSeq: number, limit: number): Promise<OutboxBatch> {
  const rows = await db
    .selectFrom("event_log")
    .select(["seq", "event_key", "doc_key", "logged_at"])
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .limit(limit + 1)
    .execute();
  return assembleBatch(rows, afterSeq, limit, async (docKeys, eventKeys) => {
    const docs = await db
      .selectFrom("documents")
      .select(["doc_key", "url", "title", "published_at", "source", "ingested_at"])
      .where("doc_key", "in", docKeys)
      .execute();
    const events: EventsTable[] = [];
    for (let i = 0; i < eventKeys.length; i += 500) {
      const part = eventKeys.slice(i, i + 500);
      events.push(...(await db.selectFrom("events").selectAll().where("event_key", "in", part).execute()));
    }
    return { docs, events };
  });
}

/** A log row as the relay reads it. */
export interface LogRowRead {
  readonly seq: number | string;
  readonly event_key: string;
  readonly doc_key: string;
}

/** The document columns an announcement carries. */
export interface AnnouncedDocumentRow {
  readonly doc_key: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published_at: string | null;
  readonly source: string | null;
  readonly ingested_at: string;
}

/**
 * The batch of `rows` (up to limit + 1 log rows past `afterSeq`, in seq order): whole documents
 * only, with their documents and events as `read` returns them (or as already read with the rows).
 */
export async function assembleBatch(
  rows: readonly LogRowRead[],
  afterSeq: number,
  limit: number,
  read: (
    docKeys: string[],
    eventKeys: string[],
  ) => Promise<{ docs: readonly AnnouncedDocumentRow[]; events: readonly EventsTable[] }>,
): Promise<OutboxBatch> {
  if (!rows.length) return { documents: [], lastSeq: afterSeq, more: false };
  // A full batch may cut a document's rows in two: its rows wait for the next batch, unless the
  // document alone fills the batch.
  let take = rows.slice(0, limit);
  if (rows.length > limit) {
    const cut = rows[limit]!.doc_key;
    const whole = take.filter((r) => r.doc_key !== cut);
    if (whole.length) take = whole;
  }
  const byDoc = new Map<string, { seq: number; keys: string[] }>();
  for (const r of take) {
    const d = byDoc.get(r.doc_key) ?? { seq: 0, keys: [] };
    d.seq = Math.max(d.seq, Number(r.seq));
    d.keys.push(r.event_key);
    byDoc.set(r.doc_key, d);
  }
  const found = await read([...byDoc.keys()], [...new Set(take.map((r) => r.event_key))]);
  const docs = new Map(found.docs.map((d) => [d.doc_key, d]));
  const events = new Map(found.events.map((e) => [e.event_key, toStoredEvent(e)]));
  const documents: LoggedDocument[] = [];
  for (const [docKey, d] of byDoc) {
    const doc = docs.get(docKey);
    documents.push({
      docKey,
      seq: d.seq,
      url: doc?.url ?? null,
      title: doc?.title ?? null,
      publishedAt: doc?.published_at ?? null,
      source: doc?.source ?? null,
      storedAt: doc?.ingested_at ?? "",
      // An event dropped since (a later version took its reports) is no longer announced.
      events: [...new Set(d.keys)].flatMap((k) => (events.has(k) ? [events.get(k)!] : [])),
    });
  }
  documents.sort((a, b) => a.seq - b.seq);
  return { documents, lastSeq: Number(take[take.length - 1]!.seq), more: rows.length > take.length };
}

async function maxSeq(db: Db): Promise<number> {
  const r = await db
    .selectFrom("event_log")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .executeTakeFirst();
  return Number(r?.seq ?? 0);
}

export function openOutbox(
  storeDb: Kysely<Database>,
  backend: "sqlite" | "postgres",
  mapError: ErrorMapper,
): Outbox {
  const live = storeDb as unknown as Kysely<LiveDatabase>;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw mapError(error);
    }
  };
  const ensured = new Set<string>();
  const ensureCursor = async (name: string) => {
    if (ensured.has(name)) return;
    const start = await maxSeq(storeDb);
    await live
      .insertInto("live_outbox")
      .values({ name, published_seq: start, updated_at: new Date().toISOString() })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    ensured.add(name);
  };
  return {
    lastSeq: () => guard(() => maxSeq(storeDb)),
    startCursor: (name) => guard(() => ensureCursor(name)),
    after: (afterSeq, limit) => guard(() => logAfter(storeDb, afterSeq, limit)),
    relay: (name, limit, publish) =>
      guard(async () => {
        if (backend === "postgres") {
          await ensureCursor(name);
          return storeDb.transaction().execute(async (trx) => {
            // The cursor row locked and what lies past it read in one statement (postgres/).
            const read = await readLogLocked(trx, name, limit);
            if (read === "busy") return "busy" as const;
            const { batch } = read;
            if (batch.lastSeq === read.from) return { published: 0, more: false };
            await publish(batch);
            // The read moved the cursor already unless the log held more than a batch.
            if (!read.moved)
              await (trx as unknown as Transaction<LiveDatabase>)
                .updateTable("live_outbox")
                .set({ published_seq: batch.lastSeq, updated_at: new Date().toISOString() })
                .where("name", "=", name)
                .execute();
            return { published: batch.documents.length, more: batch.more };
          });
        }
        await ensureCursor(name);
        const row = await live
          .selectFrom("live_outbox")
          .select("published_seq")
          .where("name", "=", name)
          .executeTakeFirstOrThrow();
        const from = Number(row.published_seq);
        const batch = await logAfter(storeDb, from, limit);
        if (batch.lastSeq === from) return { published: 0, more: false };
        await publish(batch);
        const moved = await live
          .updateTable("live_outbox")
          .set({ published_seq: batch.lastSeq, updated_at: new Date().toISOString() })
          .where("name", "=", name)
          .where("published_seq", "=", from)
          .executeTakeFirst();
        return { published: batch.documents.length, more: batch.more && Number(moved.numUpdatedRows) > 0 };
      }),
  };
}
