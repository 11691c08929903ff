// Reads of migration 014's roll-ups (period-rollup-schema.ts), each split the way the month
// roll-ups are (rollup-month-queries.ts): the whole periods of the asked range from the coarse
// table, the days of a partial first or last period from the day roll-up.
//   /geo by country or admin-1: whole months from place_months, partial months from place_days.
//     The two parts cover disjoint days, so their sums per place are added.
//   a weekly or monthly series of two block prefixes (USAGOV → CHN) or countries: whole weeks
//     (Monday to Sunday) from prefix_dyad_week_quads (migration 017), whole months from
//     prefix_dyad_month_quads (migration 019), one row per point; the days of a partial first or
//     last period from a day roll-up. The parts cover disjoint periods, so their points are put
//     side by side.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { applyEventFilter, listOf } from "./event-filter.ts";
import { weekOf } from "./event-key.ts";
import { PLACE_MONTHS } from "./period-rollup-schema.ts";
import { QUADS, type QuadPrefixRollup, quadColumns } from "./prefix-quad-rollup.ts";
import { splitByMonth } from "./rollup-month-queries.ts";
import type { Database } from "./schema.ts";
import { byPeriod, readSeriesCells, round, type SeriesCells } from "./series-cells.ts";
import type { EventFilter, GeoCount } from "./store.ts";

type Backend = "sqlite" | "postgres";
// biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
type Cells = SelectQueryBuilder<Database, "events", {}>;

const from = (db: Kysely<Database>, table: string) =>
  db.selectFrom(`${table} as events` as "events") as unknown as Cells;

/** Filter fields place_months keeps (the month for whole months of from/to). */
const PLACE_MONTH_FIELDS = new Set(["from", "to", "country", "quad"]);

/** True when place_months with place_days answers the filter exactly and the range holds a whole month. */
export function placeMonthsAnswer(filter: EventFilter): boolean {
  const fieldsKept = Object.entries(filter).every(([field, value]) => {
    if (value === undefined) return true;
    if (field === "includeSuperseded") return !value;
    return PLACE_MONTH_FIELDS.has(field) && listOf(value as unknown).every((v) => v !== "");
  });
  return fieldsKept && splitByMonth(filter.from, filter.to).months !== null;
}

interface PlaceSums {
  key: string;
  country: string;
  events: number;
  goldstein: number;
  lat: number;
  lon: number;
}

/** One part's sums per place (no means: parts are added before dividing). */
async function placeSums(q: Cells, level: "country" | "admin1"): Promise<PlaceSums[]> {
  const rows = await q
    .select([
      sql.ref<string>(level).as("key"),
      sql.ref<string>("country").as("country"),
      sql<number>`sum(events)`.as("events"),
      sql<number>`sum(goldstein_sum)`.as("goldstein"),
      sql<number>`sum(lat_sum)`.as("lat"),
      sql<number>`sum(lon_sum)`.as("lon"),
    ])
    .groupBy(level === "country" ? [sql.ref("country")] : [sql.ref("admin1"), sql.ref("country")])
    .execute();
  return rows.map((r) => ({
    key: String(r.key),
    country: String(r.country),
    events: Number(r.events),
    goldstein: Number(r.goldstein),
    lat: Number(r.lat),
    lon: Number(r.lon),
  }));
}

/** /geo by country or admin-1 from place_months and place_days (placeMonthsAnswer decided it). */
export async function geoFromMonths(
  db: Kysely<Database>,
  level: "country" | "admin1",
  filter: EventFilter,
  backend: Backend,
): Promise<GeoCount[]> {
  const split = splitByMonth(filter.from, filter.to);
  const parts: PlaceSums[][] = [];
  for (const range of split.dayRanges)
    parts.push(
      await placeSums(applyEventFilter(from(db, "place_days"), { ...filter, ...range }, backend), level),
    );
  if (split.months) {
    const { from: _f, to: _t, ...rest } = filter;
    let q = applyEventFilter(from(db, PLACE_MONTHS.table), rest, backend);
    if (split.months.from) q = q.where(sql.ref("month"), ">=", split.months.from);
    if (split.months.to) q = q.where(sql.ref("month"), "<=", split.months.to);
    parts.push(await placeSums(q, level));
  }
  const places = new Map<string, PlaceSums>();
  for (const p of parts.flat()) {
    const id = `${p.key}\u0000${p.country}`;
    const seen = places.get(id);
    if (!seen) places.set(id, { ...p });
    else {
      seen.events += p.events;
      seen.goldstein += p.goldstein;
      seen.lat += p.lat;
      seen.lon += p.lon;
    }
  }
  // As geoFromRollup: most events first, then the key; at most 1000 places.
  return [...places.values()]
    .filter((p) => p.events > 0)
    .sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, 1000)
    .map((p) => ({
      key: p.key,
      country: p.country === "" ? null : p.country,
      lat: round(p.lat / p.events),
      lon: round(p.lon / p.events),
      events: p.events,
      meanGoldstein: round(p.goldstein / p.events),
    }));
}

/** How a date range splits into days of partial weeks and whole weeks (Monday dates, inclusive). */
export interface WeekSplit {
  readonly dayRanges: readonly { readonly from?: string; readonly to?: string }[];
  readonly weeks: { readonly from?: string; readonly to?: string } | null;
}

const addDays = (day: string, by: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

export function splitByWeek(from?: string, to?: string): WeekSplit {
  if (from && to && from > to) return { dayRanges: [{ from, to }], weeks: null };
  const fromWhole = !from || weekOf(from) === from;
  const toWhole = !to || addDays(weekOf(to), 6) === to;
  if (from && to && weekOf(from) === weekOf(to) && !(fromWhole && toWhole))
    return { dayRanges: [{ from, to }], weeks: null };
  const dayRanges: { from?: string; to?: string }[] = [];
  let first = from ? weekOf(from) : undefined;
  let last = to ? weekOf(to) : undefined;
  if (from && !fromWhole) {
    dayRanges.push({ from, to: addDays(first!, 6) });
    first = addDays(first!, 7);
  }
  if (to && !toWhole) {
    dayRanges.push({ from: last!, to });
    last = addDays(last!, -7);
  }
  const weeks = first && last && first > last ? null : { from: first, to: last };
  return { dayRanges, weeks };
}

/**
 * The points of whole periods of a dyad of block prefixes from a roll-up with the QuadClasses as
 * columns (prefix-quad-rollup.ts): one row per point, read by its key; the filter's QuadClasses
 * (all when none) pick the columns summed, and a period without events in them is no point.
 */
export function quadPrefixPoints(
  db: Kysely<Database>,
  p: QuadPrefixRollup,
  source: string,
  target: string,
  periods: { readonly from?: string; readonly to?: string },
  quadFilter: EventFilter["quad"],
): Promise<SeriesCells[]> {
  // validateFilter has held the QuadClasses to 1–4, so they are written into the SQL as numbers.
  const asked = new Set(listOf(quadFilter).map(Number));
  const quads = QUADS.filter((n) => asked.size === 0 || asked.has(n));
  const plus = (pick: (n: number) => string) => sql.raw(quads.map(pick).join(" + "));
  const events = plus((n) => quadColumns(n).events);
  const quad = (n: number) => sql.raw(quads.includes(n as 1) ? quadColumns(n).events : "0");
  let q = from(db, p.table)
    .where(sql.ref("source_prefix"), "=", source)
    .where(sql.ref("target_prefix"), "=", target)
    .where(sql<boolean>`${events} > 0`);
  if (periods.from) q = q.where(sql.ref(p.period), ">=", periods.from);
  if (periods.to) q = q.where(sql.ref(p.period), "<=", periods.to);
  const query = q
    .select([
      sql.ref<string>(p.period).as("period"),
      sql<number>`${events}`.as("events"),
      sql<number>`${quad(1)}`.as("q1"),
      sql<number>`${quad(2)}`.as("q2"),
      sql<number>`${quad(3)}`.as("q3"),
      sql<number>`${quad(4)}`.as("q4"),
      sql<number>`${plus((n) => quadColumns(n).goldstein)}`.as("goldstein"),
      // Mentions of cooperation (QuadClasses 1–2) count for, of conflict against.
      sql<number>`${plus((n) => `${n <= 2 ? "" : "-"}${quadColumns(n).mentions}`)}`.as("coop"),
      sql<number>`${plus((n) => quadColumns(n).mentions)}`.as("mentions"),
    ])
    .orderBy(sql.ref(p.period));
  return readSeriesCells(db, query, "sum");
}

/**
 * A series by week or month of two block prefixes (or two countries, the roll-ups' first level):
 * `days` answers a day range, the whole periods come from `p` (prefix_dyad_week_quads, migration
 * 017, or prefix_dyad_month_quads, migration 019) with the filter's QuadClasses.
 */
export async function quadPrefixSeries(
  db: Kysely<Database>,
  p: QuadPrefixRollup,
  source: string,
  target: string,
  filter: EventFilter,
  days: (range: { from?: string; to?: string }) => Promise<SeriesCells[]>,
): Promise<SeriesCells[]> {
  const split =
    p.period === "week" ? splitByWeek(filter.from, filter.to) : splitByMonth(filter.from, filter.to);
  const whole = "weeks" in split ? split.weeks : split.months;
  const parts: SeriesCells[][] = [];
  for (const range of split.dayRanges) parts.push(await days(range));
  if (whole) parts.push(await quadPrefixPoints(db, p, source, target, whole, filter.quad));
  return byPeriod(parts);
}
