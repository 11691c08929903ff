// Aggregates answered from the day roll-ups (rollup-schema.ts) when every field of the filter is a
// column the roll-up keeps; otherwise the caller scans the events. The filter itself is applied by
// the one filter implementation (applyEventFilter) to the roll-up table: its key columns carry the
// events columns' names, so a country, an actor prefix, a code or a date range selects the same
// events from either.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { applyEventFilter, likePrefix, listOf } from "./event-filter.ts";
import type { Database } from "./schema.ts";
import { readSeriesCells, round, type SeriesCells } from "./series-cells.ts";
import type { ActorCount, DyadCount, EventFilter, GeoCount, Interval } from "./store.ts";

type Backend = "sqlite" | "postgres";

/** Filter fields each roll-up answers: the ones whose columns it keeps (day for from/to). */
const ANSWERS = {
  place_days: new Set(["from", "to", "country", "code", "root", "quad"]),
  actor_days: new Set(["from", "to", "actor", "source", "target", "code", "root", "quad"]),
} as const;

type RollupTable = keyof typeof ANSWERS;

/**
 * True when the roll-up selects exactly the events the filter selects. An empty value is refused:
 * '' stands for "none" in a roll-up key, where the events column holds NULL.
 */
export function rollupAnswers(table: RollupTable, filter: EventFilter): boolean {
  return Object.entries(filter).every(([field, value]) => {
    if (value === undefined) return true;
    if (field === "includeSuperseded") return !value;
    return ANSWERS[table].has(field) && listOf(value as unknown).every((v) => v !== "");
  });
}

/** The roll-up under the name `events`, so applyEventFilter's column names resolve on it. */
function filtered(db: Kysely<Database>, table: RollupTable, filter: EventFilter, backend: Backend) {
  const from = db.selectFrom(`${table} as events` as "events") as unknown as SelectQueryBuilder<
    Database,
    "events",
    object
  >;
  return applyEventFilter(from, filter, backend);
}

const sum = (column: string) => sql<number>`sum(${sql.ref(column)})`;
const perEvent = (column: string) => sql<number>`sum(${sql.ref(column)}) * 1.0 / sum(events)`;

export async function geoFromRollup(
  db: Kysely<Database>,
  level: "country" | "admin1",
  filter: EventFilter,
  backend: Backend,
): Promise<GeoCount[]> {
  const groups = level === "country" ? ["country"] : ["admin1", "country"];
  const rows = await filtered(db, "place_days", filter, backend)
    .select([
      sql.ref<string>(level).as("key"),
      sql.ref<string>("country").as("country"),
      perEvent("lat_sum").as("lat"),
      perEvent("lon_sum").as("lon"),
      sum("events").as("events"),
      perEvent("goldstein_sum").as("goldstein"),
    ])
    .groupBy(groups.map((g) => sql.ref(g)))
    .orderBy(sql`sum(events)`, "desc")
    .orderBy(sql.ref(level))
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    key: String(r.key),
    country: r.country === "" ? null : r.country,
    lat: round(Number(r.lat)),
    lon: round(Number(r.lon)),
    events: Number(r.events),
    meanGoldstein: round(Number(r.goldstein)),
  }));
}

export async function topDyadsFromRollup(
  db: Kysely<Database>,
  filter: EventFilter,
  limit: number,
  backend: Backend,
): Promise<DyadCount[]> {
  const rows = await filtered(db, "actor_days", filter, backend)
    .where(sql.ref("target_code"), "<>", "")
    .select(dyadTotalColumns())
    .groupBy([sql.ref("source_code"), sql.ref("target_code")])
    .orderBy(sql`sum(events)`, "desc")
    .orderBy(sql.ref("source_code"))
    .orderBy(sql.ref("target_code"))
    .limit(limit)
    .execute();
  return rows.map(toDyadCount);
}

/** The columns of a top-dyads answer summed over the rows of one (source, target) group. */
export function dyadTotalColumns() {
  return [
    sql.ref<string>("source_code").as("source_code"),
    sql.ref<string>("target_code").as("target_code"),
    sum("events").as("events"),
    sum("mentions").as("mentions"),
    perEvent("goldstein_sum").as("goldstein"),
  ];
}

/** A top-dyads row as the store reports it (drivers return sums as strings on PostgreSQL). */
export function toDyadCount(r: {
  source_code: string;
  target_code: string;
  events: number;
  mentions: number;
  goldstein: number;
}): DyadCount {
  return {
    sourceCode: r.source_code,
    targetCode: r.target_code,
    events: Number(r.events),
    mentions: Number(r.mentions),
    meanGoldstein: round(Number(r.goldstein)),
  };
}

export async function topActorsFromRollup(
  db: Kysely<Database>,
  filter: EventFilter,
  limit: number,
  backend: Backend,
): Promise<ActorCount[]> {
  const rows = await filtered(db, "actor_days", filter, backend)
    .select([
      sql.ref<string>("source_code").as("source_code"),
      sum("events").as("events"),
      sum("mentions").as("mentions"),
    ])
    .groupBy(sql.ref("source_code"))
    .orderBy(sql`sum(events)`, "desc")
    .orderBy(sql.ref("source_code"))
    .limit(limit)
    .execute();
  return rows.map((r) => ({ code: r.source_code, events: Number(r.events), mentions: Number(r.mentions) }));
}

/**
 * A dyad's series from actor_days: any code prefixes (PAKMIL → IND) with the filters it answers.
 * An empty side means any actor; on the target side that is "has a target" ('' is no target here).
 */
export function dyadSeriesFromActorDays(
  db: Kysely<Database>,
  source: string,
  target: string,
  interval: Interval,
  filter: EventFilter,
  backend: Backend,
): Promise<SeriesCells[]> {
  let q = filtered(db, "actor_days", filter, backend);
  if (source) q = q.where(likePrefix("source_code", source));
  q = q.where(target ? likePrefix("target_code", target) : sql<boolean>`target_code <> ''`);
  return seriesOfCells(db, q, interval);
}

/** Every event's series (targets or not, as /timeline shows it) from actor_days. */
export function eventSeriesFromActorDays(
  db: Kysely<Database>,
  interval: Interval,
  filter: EventFilter,
  backend: Backend,
): Promise<SeriesCells[]> {
  return seriesOfCells(db, filtered(db, "actor_days", filter, backend), interval);
}

/** Counts per period and QuadClass of the actor_days (or actor_months) cells `q` selects. */
export function seriesOfCells(
  db: Kysely<Database>,
  // biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
  q: SelectQueryBuilder<Database, "events", {}>,
  interval: Interval,
): Promise<SeriesCells[]> {
  const period = ({ day: "day", week: "week", month: "month" } as const)[interval];
  const quad = (n: number) => sql<number>`sum(case when quad_class = ${sql.lit(n)} then events else 0 end)`;
  const query = q
    .select([
      sql.ref<string>(period).as("period"),
      sum("events").as("events"),
      quad(1).as("q1"),
      quad(2).as("q2"),
      quad(3).as("q3"),
      quad(4).as("q4"),
      sum("goldstein_sum").as("goldstein"),
      sql<number>`sum(case when quad_class <= 2 then mentions else -mentions end)`.as("coop"),
      sum("mentions").as("mentions"),
    ])
    .groupBy(sql.ref(period))
    .orderBy(sql.ref(period));
  return readSeriesCells(db, query, "sum");
}
