// Series by month from the coarsest roll-up that answers them exactly: the whole months of the
// requested range from actor_months (migration 006), the days of a partial first or last month from
// actor_days. The parts cover disjoint months, so their points are put side by side, never added.
// A source prefix (PAKMIL, or a country) is read as one key range per source code under it: the
// codes are found by a skip-scan of the table's key (a recursive query that jumps from one code to
// the next), so a ten-year series of one dyad reads that dyad's cells and nothing else (measured on
// 1M generated events: USAGOV → CHN by month 5 ms, 53 ms from actor_days, at load 18).
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { applyEventFilter, likePrefix, prefixEnd } from "./event-filter.ts";
import { dyadSeriesFromActorDays, seriesOfCells } from "./rollup-queries.ts";
import type { Database } from "./schema.ts";
import { byPeriod, type SeriesCells } from "./series-cells.ts";
import type { EventFilter } from "./store.ts";

type Backend = "sqlite" | "postgres";

interface DayRange {
  readonly from?: string;
  readonly to?: string;
}

/** How a date range splits: days of partial months (actor_days) and whole months (actor_months). */
export interface MonthSplit {
  readonly dayRanges: readonly DayRange[];
  /** Inclusive 'YYYY-MM' bounds of the whole months (open when absent), or null for none. */
  readonly months: { readonly from?: string; readonly to?: string } | null;
}

const monthOf = (day: string) => day.slice(0, 7);
/** 'YYYY-MM' moved by `by` months. */
function addMonths(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}
function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function splitByMonth(from?: string, to?: string): MonthSplit {
  if (from && to && from > to) return { dayRanges: [{ from, to }], months: null };
  const fromWhole = !from || from.endsWith("-01");
  const toWhole = !to || to === lastDayOf(monthOf(to));
  if (from && to && monthOf(from) === monthOf(to) && !(fromWhole && toWhole))
    return { dayRanges: [{ from, to }], months: null };
  const dayRanges: DayRange[] = [];
  let first = from ? monthOf(from) : undefined;
  let last = to ? monthOf(to) : undefined;
  if (from && !fromWhole) {
    dayRanges.push({ from, to: lastDayOf(first!) });
    first = addMonths(first!, 1);
  }
  if (to && !toWhole) {
    dayRanges.push({ from: `${last!}-01`, to });
    last = addMonths(last!, -1);
  }
  const months = first && last && first > last ? null : { from: first, to: last };
  return { dayRanges, months };
}

/**
 * The cells of a roll-up keyed by source code first, for the codes under a source prefix ('' for
 * every code), read as one key range per code: a recursive query jumps from one code to the next
 * (a skip-scan), so a prefix with few codes reads few cells. The table is aliased as events, so the
 * event filter applies to it unchanged.
 */
export function sourcePrefixCells(
  db: Kysely<Database>,
  table: "actor_months" | "actor_dyad_days",
  source: string,
  // biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
): SelectQueryBuilder<Database, "events", {}> {
  const below = source ? sql`and source_code < ${prefixEnd(source)}` : sql``;
  const ref = sql.table(table);
  const base = db
    .withRecursive(
      "codes(code)",
      () => sql<{ code: string }>`(select (select min(source_code) from ${ref}
          where source_code >= ${source} ${below})
        union all
        select (select min(source_code) from ${ref} where source_code > codes.code ${below})
        from codes where codes.code is not null)`,
    )
    .selectFrom("codes")
    // A cross join with the condition in WHERE: SQLite then keeps the codes as the outer loop and
    // reads each code's cells by key (the same rows; PostgreSQL plans it as the inner join). As an
    // inner join, SQLite's planner, after ANALYZE on 1M events, built an automatic index over the
    // whole roll-up on the quad filter for every request instead (USAGOV → CHN by week, QuadClass
    // 4: 100 ms against 1.5 ms of CPU; bench/README.md, bench/api).
    .crossJoin(`${table} as events` as "actor_months as events")
    .whereRef("events.source_code", "=", "codes.code");
  // biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
  return base as unknown as SelectQueryBuilder<Database, "events", {}>;
}

/**
 * The actor_months cells of the whole months, a dyad's prefixes (at least one of them given; ''
 * for any actor) and the filter's other fields, read as one key range per source code: the codes
 * under the source prefix, or every source code when only the target is given.
 */
function monthCells(
  db: Kysely<Database>,
  months: NonNullable<MonthSplit["months"]>,
  source: string,
  target: string,
  filter: EventFilter,
  backend: Backend,
) {
  const { from: _from, to: _to, ...rest } = filter;
  const base = sourcePrefixCells(db, "actor_months", source);
  // biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
  let q = applyEventFilter(base as unknown as SelectQueryBuilder<Database, "events", {}>, rest, backend);
  if (months.from) q = q.where("month", ">=", months.from);
  if (months.to) q = q.where("month", "<=", months.to);
  return q.where(target ? likePrefix("target_code", target) : sql<boolean>`target_code <> ''`);
}

/** A series by month from day cells for the partial months and month cells for the whole ones. */
export async function byMonth(
  db: Kysely<Database>,
  split: MonthSplit,
  days: (range: DayRange) => Promise<SeriesCells[]>,
  // biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
  months: (m: NonNullable<MonthSplit["months"]>) => SelectQueryBuilder<Database, "events", {}>,
): Promise<SeriesCells[]> {
  const parts: SeriesCells[][] = [];
  for (const range of split.dayRanges) parts.push(await days(range));
  if (split.months) parts.push(await seriesOfCells(db, months(split.months), "month"));
  return byPeriod(parts);
}

/**
 * A dyad's series by month: prefixes on either side, at least one given ('' for any actor, as
 * dyadSeriesFromActorDays). With neither, every cell is read whatever the table, and actor_days,
 * kept in day order, groups by month faster than actor_months, kept in actor order.
 */
export function dyadSeriesByMonth(
  db: Kysely<Database>,
  source: string,
  target: string,
  filter: EventFilter,
  backend: Backend,
): Promise<SeriesCells[]> {
  return byMonth(
    db,
    splitByMonth(filter.from, filter.to),
    (range) => dyadSeriesFromActorDays(db, source, target, "month", { ...filter, ...range }, backend),
    (months) => monthCells(db, months, source, target, filter, backend),
  );
}
