// Dyad series from the series roll-ups (series-rollup-schema.ts, migration 008), for questions
// whose filter is at most a date range and QuadClasses (the fields these roll-ups keep):
//   two country codes, by month: whole months from dyad_months, the days of a partial first or
//     last month from dyad_days (disjoint months, so their points are put side by side); by week,
//     whole weeks from prefix_dyad_week_quads (its country level), partial weeks from dyad_days;
//   actor prefixes on either side (USAGOV → CHN, or one side only), any interval: actor_dyad_days
//     read as one key range per source code under the source prefix (a skip-scan of its key), so
//     the dyad's own cells are read and nothing else; by month with two block prefixes (3 or 6
//     letters), whole months from prefix_dyad_months (prefix-rollup.ts).
// Anything finer (a CAMEO code or root, a place, words) is answered by the other roll-ups or the events.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { dyadSeriesFromRollup } from "./dyad-series-rollup.ts";
import { applyEventFilter, likePrefix, listOf, validateFilter } from "./event-filter.ts";
import { prefixSeriesByWeek } from "./period-rollup-queries.ts";
import { isBlockPrefix } from "./prefix-rollup.ts";
import { byMonth, sourcePrefixCells, splitByMonth } from "./rollup-month-queries.ts";
import { seriesOfCells } from "./rollup-queries.ts";
import type { Database } from "./schema.ts";
import type { SeriesCells } from "./series-cells.ts";
import type { EventFilter, Interval } from "./store.ts";

type Backend = "sqlite" | "postgres";
// biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
type Cells = SelectQueryBuilder<Database, "events", {}>;

const FIELDS = new Set(["from", "to", "quad"]);

/** True when the filter is at most a date range and QuadClasses (no empty value: '' is "none" in a key). */
export function seriesRollupAnswers(filter: EventFilter): boolean {
  return Object.entries(filter).every(([field, value]) => {
    if (value === undefined) return true;
    if (field === "includeSuperseded") return !value;
    return FIELDS.has(field) && listOf(value as unknown).every((v) => v !== "");
  });
}

/** A month roll-up keyed by a dyad: its table and the columns that hold the two sides. */
interface DyadMonthTable {
  readonly table: "dyad_months" | "prefix_dyad_months";
  readonly sourceColumn: string;
  readonly targetColumn: string;
}

/** The cells of one dyad's whole months (and the filter's QuadClasses) in a dyad-keyed month roll-up. */
function dyadMonthCells(
  db: Kysely<Database>,
  t: DyadMonthTable,
  source: string,
  target: string,
  months: { from?: string; to?: string },
  filter: EventFilter,
): Cells {
  let q = (db.selectFrom(`${t.table} as events` as "events") as unknown as Cells)
    .where(sql.ref(t.sourceColumn), "=", source)
    .where(sql.ref(t.targetColumn), "=", target);
  if (months.from) q = q.where(sql.ref("month"), ">=", months.from);
  if (months.to) q = q.where(sql.ref("month"), "<=", months.to);
  const quads = listOf(filter.quad);
  return quads.length ? q.where(sql.ref("quad_class"), "in", quads) : q;
}

/**
 * A country dyad's series (rollupServes in dyad-series-rollup.ts decides it is one). By day from
 * dyad_days; by week, whole weeks from prefix_dyad_week_quads, whose first level is the country (the
 * code's first block, as dyad_days' source_country and target_country are, over the same events:
 * those with a target), and the days of a partial first or last week from dyad_days; by month,
 * whole months from dyad_months.
 */
export function countryDyadSeries(
  db: Kysely<Database>,
  source: string,
  target: string,
  interval: Interval,
  filter: EventFilter,
): Promise<SeriesCells[]> {
  if (interval === "day") return dyadSeriesFromRollup(db, source, target, interval, filter);
  validateFilter(filter);
  if (interval === "week")
    return prefixSeriesByWeek(db, source, target, filter, (range) =>
      dyadSeriesFromRollup(db, source, target, "week", { ...filter, ...range }),
    );
  return byMonth(
    db,
    splitByMonth(filter.from, filter.to),
    (range) => dyadSeriesFromRollup(db, source, target, "month", { ...filter, ...range }),
    (months) =>
      dyadMonthCells(
        db,
        { table: "dyad_months", sourceColumn: "source_country", targetColumn: "target_country" },
        source,
        target,
        months,
        filter,
      ),
  );
}

/**
 * The actor_dyad_days cells of a dyad given by code prefixes (at least one; '' for any actor, and
 * on the target side '' means "has a target"), one key range per source code: the codes are found
 * by a recursive query that jumps from one code under the prefix to the next.
 */
function actorDyadCells(
  db: Kysely<Database>,
  source: string,
  target: string,
  filter: EventFilter,
  backend: Backend,
): Cells {
  const q = applyEventFilter(sourcePrefixCells(db, "actor_dyad_days", source), filter, backend);
  return q.where(target ? likePrefix("target_code", target) : sql<boolean>`target_code <> ''`);
}

/**
 * A series of a dyad of code prefixes (at least one side given) by day, week or month. By month
 * (or week), with two block prefixes (USAGOV → CHN), whole months come from prefix_dyad_months
 * (whole weeks from prefix_dyad_week_quads) and the days of a partial first or last one from
 * actor_dyad_days.
 */
export function actorDyadSeries(
  db: Kysely<Database>,
  source: string,
  target: string,
  interval: Interval,
  filter: EventFilter,
  backend: Backend,
): Promise<SeriesCells[]> {
  const days = (f: EventFilter) =>
    seriesOfCells(db, actorDyadCells(db, source, target, f, backend), interval);
  if (interval === "day" || !isBlockPrefix(source) || !isBlockPrefix(target)) return days(filter);
  validateFilter(filter);
  // By week: whole weeks from prefix_dyad_week_quads (migration 017, period-rollup-queries.ts).
  if (interval === "week")
    return prefixSeriesByWeek(db, source, target, filter, (range) => days({ ...filter, ...range }));
  return byMonth(
    db,
    splitByMonth(filter.from, filter.to),
    (range) => days({ ...filter, ...range }),
    (months) =>
      dyadMonthCells(
        db,
        { table: "prefix_dyad_months", sourceColumn: "source_prefix", targetColumn: "target_prefix" },
        source,
        target,
        months,
        filter,
      ),
  );
}
