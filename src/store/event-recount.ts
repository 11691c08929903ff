// The recount that keeps each event's mention, article and source counts, mean tone and best
// confidence true when reports come and go (a document stored, superseded or recoded).
import { sql } from "kysely";
import type { Db } from "./document-writes.ts";
import { EVENT_COLUMNS, num } from "./event-rows.ts";
import { ANSWERED_AT_COMMIT } from "./postgres/pipelined-driver.ts";

type Backend = "sqlite" | "postgres";

/**
 * Recounts mentions, articles, distinct sources, mean tone and best confidence of the given
 * events; drops events left with none. When a newer document version took their reports away
 * (`superseded`), dropped events are first copied to superseded_events, queryable on request.
 */
export async function recount(
  db: Db,
  keys: readonly string[],
  superseded?: { by: string; at: string },
  backend: Backend = "sqlite",
  /** Every key was just given a report by the caller (a document stored): none can be left with none. */
  allReported = false,
): Promise<void> {
  // In key order: every writer locks shared events (and their roll-up cells) in the same order.
  const ordered = [...new Set(keys)].sort();
  if (backend === "postgres" && !superseded) return recountPostgres(db, ordered, allReported);
  const counts = new Map<
    string,
    { mentions: number; articles: number; sources: number; tone: number | null; confidence: number | null }
  >();
  for (const part of chunks(ordered, 500)) {
    const rows = await db
      .selectFrom("event_mentions as m")
      .innerJoin("documents as d", "d.doc_key", "m.doc_key")
      .select((eb) => [
        "m.event_key",
        eb.fn.countAll<number>().as("mentions"),
        eb.fn.count<number>("m.doc_key").distinct().as("articles"),
        eb.fn.count<number>("d.source").distinct().as("sources"),
        sql<number | null>`avg(d.tone)`.as("tone"),
        sql<number | null>`max(m.confidence)`.as("confidence"),
      ])
      .where("m.event_key", "in", part)
      .groupBy("m.event_key")
      .execute();
    for (const r of rows) counts.set(r.event_key, r);
  }
  const counted = (c: {
    mentions: number;
    articles: number;
    sources: number;
    tone: number | null;
    confidence: number | null;
  }) => ({
    num_mentions: Number(c.mentions),
    num_articles: Number(c.articles),
    // A document without a known source still counts as one source.
    num_sources: Math.max(1, Number(c.sources)),
    avg_tone: c.tone === null ? null : Math.round(Number(c.tone) * 100) / 100,
    confidence: num(c.confidence),
  });
  if (backend === "postgres") {
    // (With `superseded`; without, recountPostgres did it all.) One statement for every event still reported (a document's events, in key order as the
    // rows are listed), instead of one round trip each; the ones left with none go below.
    const kept = ordered.filter((k) => Number(counts.get(k)?.mentions ?? 0) > 0);
    for (const part of chunks(kept, 500)) {
      const rows = part.map((k) => {
        const c = counted(counts.get(k)!);
        return sql`(${k}::text, ${c.num_mentions}::integer, ${c.num_articles}::integer, ${c.num_sources}::integer,
          ${c.avg_tone}::double precision, ${c.confidence}::double precision)`;
      });
      await sql`update events e set num_mentions = v.m, num_articles = v.a, num_sources = v.s,
          avg_tone = v.t, confidence = v.c
        from (values ${sql.join(rows)}) as v(k, m, a, s, t, c) where e.event_key = v.k`.execute(db);
    }
  }
  if (backend === "sqlite") {
    // The events still reported, 500 to a statement: a long document recounts tens of thousands
    // of events, and one update each was a statement (compiled, run) per event.
    const kept = ordered.filter((k) => Number(counts.get(k)?.mentions ?? 0) > 0);
    for (const part of chunks(kept, 500)) {
      const rows = part.map((k) => {
        const c = counted(counts.get(k)!);
        return sql`(${k}, ${c.num_mentions}, ${c.num_articles}, ${c.num_sources}, ${c.avg_tone}, ${c.confidence})`;
      });
      await sql`update events set num_mentions = v.column2, num_articles = v.column3,
          num_sources = v.column4, avg_tone = v.column5, confidence = v.column6
        from (values ${sql.join(rows)}) as v where events.event_key = v.column1`.execute(db);
    }
  }
  // Events left with no report are dropped (kept first as superseded when a newer version took them).
  for (const key of ordered) {
    if (Number(counts.get(key)?.mentions ?? 0) > 0) continue;
    if (superseded) {
      const cols = sql.join(EVENT_COLUMNS.map((col) => sql.ref(col)));
      await sql`insert into superseded_events (${cols}, superseded_by, superseded_at)
        select ${cols}, ${superseded.by}, ${superseded.at} from events
        where event_key = ${key} and origin = 'sitrep'`.execute(db);
    }
    await db.deleteFrom("events").where("event_key", "=", key).where("origin", "=", "sitrep").execute();
  }
}

/**
 * recount on PostgreSQL in one statement per 500 events (a round trip, where reading the counts and
 * writing them took two): the events locked in key order first, then each set from its reports'
 * counts. The lock is FOR NO KEY UPDATE (what the update itself takes): FOR UPDATE also waits for
 * the KEY SHARE lock another writer's mention insert holds on the event (its foreign key check)
 * until that writer commits, and that writer's own recount waits for this one's the same way: two
 * workers storing reports of one event deadlocked (test/queue/outbox-relay.test.ts). Tone is rounded as Math.round does (half up). Events left without reports are dropped
 * as recount does (a document's own events always have its reports: none is, on this path).
 */
async function recountPostgres(db: Db, ordered: readonly string[], allReported: boolean): Promise<void> {
  const gone: string[] = [];
  // With every event reported, no row of the answer is needed (no event to drop): the statement is
  // sent ahead and answered with the transaction's next one (pipelined-driver.ts), a round trip less.
  const ahead = sql.raw(allReported ? ANSWERED_AT_COMMIT : "");
  for (const part of chunks(ordered, 500)) {
    const r = await sql<{ event_key: string }>`${ahead}with locked as materialized (
        select event_key from events where event_key in (${sql.join(part)}) order by event_key for no key update),
      counted as (
        select m.event_key, count(*) as mentions, count(distinct m.doc_key) as articles,
          count(distinct d.source) as sources, avg(d.tone) as tone, max(m.confidence) as confidence
        from event_mentions m join documents d on d.doc_key = m.doc_key
        where m.event_key in (${sql.join(part)}) group by m.event_key)
      update events e set num_mentions = c.mentions, num_articles = c.articles,
        num_sources = greatest(1, c.sources),
        avg_tone = case when c.tone is null then null else floor(c.tone * 100 + 0.5) / 100 end,
        confidence = c.confidence
      from counted c join locked l on l.event_key = c.event_key
      where e.event_key = c.event_key
      returning e.event_key`.execute(db);
    if (allReported) continue;
    const counted = new Set(r.rows.map((row) => row.event_key));
    gone.push(...part.filter((k) => !counted.has(k)));
  }
  for (const key of gone)
    await db.deleteFrom("events").where("event_key", "=", key).where("origin", "=", "sitrep").execute();
}

/** Rows per multi-row insert: inside SQLite's and PostgreSQL's bound-parameter limits at ~40 columns. */
export const INSERT_CHUNK = 200;

export function chunks<T>(items: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
