// Dyad series from the series roll-ups (series-rollup-schema.ts, migration 008), for questions
// whose filter is at most a date range and QuadClasses (the fields these roll-ups keep):
//   two country codes, by week or month: whole weeks from prefix_dyad_week_quads, whole months
//     from prefix_dyad_month_quads (their country level; one row per point, QuadClasses as
//     columns), the days of a partial first or last period from dyad_days (disjoint periods, so
//     their points are put side by side);
//   actor prefixes on either side (USAGOV → CHN, or one side only), any interval: actor_dyad_days
//     read as one key range per source code under the source prefix (a skip-scan of its key), so
//     the dyad's own cells are read and nothing else; by week or month with two block prefixes (3
//     or 6 letters), whole periods from the same two roll-ups (prefix-quad-rollup.ts).
// Anything finer (a CAMEO code or root, a place, words) is answered by the other roll-ups or the events.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { dyadSeriesFromRollup } from "./dyad-series-rollup.ts";
import { applyEventFilter, likePrefix, listOf, validateFilter } from "./event-filter.ts";
import { quadPrefixSeries } from "./period-rollup-queries.ts";
import { PREFIX_MONTH_QUADS, PREFIX_WEEK_QUADS } from "./prefix-quad-rollup.ts";
import { isBlockPrefix } from "./prefix-rollup.ts";
import { sourcePrefixCells } from "./rollup-month-queries.ts";
import { seriesOfCells } from "./rollup-queries.ts";
import type { Database } from "./schema.ts";
import type { SeriesCells } from "./series-cells.ts";
import type { EventFilter, Interval } from "./store.ts";

type Backend = "sqlite" | "postgres";
// biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
type Cells = SelectQueryBuilder<Database, "events", {}>;

const FIELDS = new Set(["from", "to", "quad"]);

/** The roll-up with the QuadClasses as columns that holds each interval's whole periods. */
const QUAD_ROLLUPS = { week: PREFIX_WEEK_QUADS, month: PREFIX_MONTH_QUADS } as const;

/** True when the filter is at most a date range and QuadClasses (no empty value: '' is "none" in a key). */
export function seriesRollupAnswers(filter: EventFilter): boolean {
  return Object.entries(filter).every(([field, value]) => {
    if (value === undefined) return true;
    if (field === "includeSuperseded") return !value;
    return FIELDS.has(field) && listOf(value as unknown).every((v) => v !== "");
  });
}

/**
 * A country dyad's series (rollupServes in dyad-series-rollup.ts decides it is one). By day from
 * dyad_days; by week, whole weeks from prefix_dyad_week_quads, whose first level is the country (the
 * code's first block, as dyad_days' source_country and target_country are, over the same events:
 * those with a target), and the days of a partial first or last week from dyad_days; by month,
 * the same from prefix_dyad_month_quads (migration 019; before it, dyad_months).
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
  return quadPrefixSeries(db, QUAD_ROLLUPS[interval], source, target, filter, (range) =>
    dyadSeriesFromRollup(db, source, target, interval, { ...filter, ...range }),
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
 * (or week), with two block prefixes (USAGOV → CHN), whole months come from prefix_dyad_month_quads
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
  return quadPrefixSeries(db, QUAD_ROLLUPS[interval], source, target, filter, (range) =>
    days({ ...filter, ...range }),
  );
}
