// Writing one document's events, mentions and seen actors and places in multi-row statements.
// A statement per row cost more than all of annotation and coding together (bench/scale profile:
// ~8 CPU s per MB of text, five compiled and prepared statements per event); these write the same
// rows with a few statements per few hundred events, on SQLite and PostgreSQL alike.
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database, EventsTable } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** Bound parameters per statement: far below SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMETERS_PER_STATEMENT = 8000;

/** `rows` in slices whose statements bind at most PARAMETERS_PER_STATEMENT values. */
function* slices<T>(rows: readonly T[], parametersPerRow: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Math.max(1, parametersPerRow)));
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** One event of a document, as its events row and its mention of it. */
export interface EventWrite {
  readonly row: EventsTable;
  readonly mention: {
    readonly event_id: string;
    readonly sentence_index: number;
    readonly trigger_start: number;
    readonly trigger_end: number;
    readonly source_start: number;
    readonly source_end: number;
    readonly target_start: number | null;
    readonly target_end: number | null;
    readonly evidence: string;
    readonly confidence: number;
    readonly attribution_code: string | null;
    readonly dictionary_version: string;
  };
}

/**
 * Inserts the events (an existing key is kept), the document's mentions of them (a repeated event
 * id is kept once) and a log line per mention stored: `new` for the mention that created its event,
 * `update` for the rest. Returns every event key, in order, for the recount.
 */
export async function insertEventWrites(
  db: Db,
  docKey: string,
  writes: readonly EventWrite[],
  now: string,
): Promise<string[]> {
  const keys = writes.map((w) => w.row.event_key);
  // Which keys this document created, and which mentions it stored: what each statement's RETURNING
  // says, so a concurrent writer's rows are never taken for ours.
  const createdKeys = new Set<string>();
  const storedIds = new Set<string>();
  const columns = Math.max(1, Object.keys(writes[0]?.row ?? {}).length);
  for (const slice of slices(writes, columns)) {
    const created = await db
      .insertInto("events")
      .values(slice.map((w) => w.row))
      .onConflict((oc) => oc.column("event_key").doNothing())
      .returning("event_key")
      .execute();
    for (const r of created) createdKeys.add(r.event_key);
  }
  for (const slice of slices(writes, 14)) {
    const stored = await db
      .insertInto("event_mentions")
      .values(slice.map((w) => ({ ...w.mention, event_key: w.row.event_key, doc_key: docKey })))
      .onConflict((oc) => oc.columns(["doc_key", "event_id"]).doNothing())
      .returning("event_id")
      .execute();
    for (const r of stored) storedIds.add(r.event_id);
  }
  // In event order, as one statement per event logged them: the first stored mention of a created
  // key is its `new`, later ones `update`; a repeated event id was stored once, for its first event.
  const logged = new Set<string>();
  const newLogged = new Set<string>();
  const log: { event_key: string; doc_key: string; kind: "new" | "update"; logged_at: string }[] = [];
  for (const w of writes) {
    const id = w.mention.event_id;
    if (!storedIds.has(id) || logged.has(id)) continue;
    logged.add(id);
    const key = w.row.event_key;
    const isNew = createdKeys.has(key) && !newLogged.has(key);
    if (isNew) newLogged.add(key);
    log.push({ event_key: key, doc_key: docKey, kind: isNew ? "new" : "update", logged_at: now });
  }
  for (const slice of slices(log, 4)) await db.insertInto("event_log").values(slice).execute();
  return keys;
}

/** The figures recount writes to one event. */
interface EventCounts {
  readonly key: string;
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
  readonly tone: number | null;
  readonly confidence: number | null;
}

/**
 * `(values (key, mentions, articles, sources, tone, confidence), ...)`: the new figures as a
 * table both SQLite and PostgreSQL name column1..column6. Casts give PostgreSQL the types.
 */
function countsTable(counts: readonly EventCounts[]) {
  return sql.join(
    counts.map(
      (c) =>
        sql`(${c.key}, cast(${c.mentions} as integer), cast(${c.articles} as integer), cast(${c.sources} as integer), cast(${c.tone} as double precision), cast(${c.confidence} as double precision))`,
    ),
  );
}

/**
 * Mentions, articles, distinct sources, mean tone and best confidence of the given events, read
 * with one grouped query and written with one update per thousand-odd events. Keys no mention
 * reports any more are returned (the caller drops them); keys not in `events` are ignored.
 */
export async function recountEvents(db: Db, keys: readonly string[]): Promise<string[]> {
  const unique = [...new Set(keys)];
  const orphans: string[] = [];
  // Six parameters per key in the update, one in the grouped read.
  for (const slice of slices(unique, 6)) {
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
      .where("m.event_key", "in", slice)
      .groupBy("m.event_key")
      .execute();
    const byKey = new Map(rows.map((r) => [r.event_key, r]));
    const counts: EventCounts[] = [];
    for (const key of slice) {
      const c = byKey.get(key);
      if (!c || Number(c.mentions) === 0) {
        orphans.push(key);
        continue;
      }
      counts.push({
        key,
        mentions: Number(c.mentions),
        articles: Number(c.articles),
        // A document without a known source still counts as one source.
        sources: Math.max(1, Number(c.sources)),
        tone: c.tone === null ? null : Math.round(Number(c.tone) * 100) / 100,
        confidence: c.confidence === null || c.confidence === undefined ? null : Number(c.confidence),
      });
    }
    if (!counts.length) continue;
    // One UPDATE ... FROM (VALUES ...) per slice: an index lookup per row, and a statement far
    // cheaper to prepare than a CASE per column (which cost more than the writes it made).
    await sql`update events set num_mentions = v.column2, num_articles = v.column3,
      num_sources = v.column4, avg_tone = v.column5, confidence = v.column6
      from (values ${countsTable(counts)}) as v where events.event_key = v.column1`.execute(db);
  }
  return orphans;
}

/** Adds one mention per actor and per place to the seen tables, a few hundred rows per statement. */
export async function countSeen(
  db: Db,
  actors: readonly { code: string; name: string }[],
  places: readonly { name: string; country: string | null; lat: number; lon: number }[],
): Promise<void> {
  // Repeats are summed first: one upsert statement may not touch a row twice (PostgreSQL).
  const actorCounts = new Map<string, { code: string; name: string; mentions: number }>();
  for (const a of actors) {
    const key = JSON.stringify([a.code, a.name]);
    const seen = actorCounts.get(key);
    if (seen) seen.mentions++;
    else actorCounts.set(key, { code: a.code, name: a.name, mentions: 1 });
  }
  for (const slice of slices([...actorCounts.values()], 3)) {
    await db
      .insertInto("actors_seen")
      .values(slice)
      .onConflict((oc) =>
        oc.columns(["code", "name"]).doUpdateSet({ mentions: sql`actors_seen.mentions + excluded.mentions` }),
      )
      .execute();
  }
  const placeCounts = new Map<
    string,
    { name: string; country: string | null; lat: number; lon: number; mentions: number }
  >();
  for (const p of places) {
    const key = JSON.stringify([p.name, p.lat, p.lon]);
    const seen = placeCounts.get(key);
    // The first mention's country is the one kept, as when each mention was its own upsert.
    if (seen) seen.mentions++;
    else placeCounts.set(key, { name: p.name, country: p.country, lat: p.lat, lon: p.lon, mentions: 1 });
  }
  for (const slice of slices([...placeCounts.values()], 5)) {
    await db
      .insertInto("places_seen")
      .values(slice)
      .onConflict((oc) =>
        oc
          .columns(["name", "lat", "lon"])
          .doUpdateSet({ mentions: sql`places_seen.mentions + excluded.mentions` }),
      )
      .execute();
  }
}
