// A filter's date range cut to the days the store holds events on. A range that reaches past the
// newest stored day ("the last 30 days", "this month" up to today: what a live dashboard asks)
// selects the same events with no end at all, and one that starts before the oldest day the same
// with no start. Without those bounds the range is more often whole periods, which the month and
// week roll-ups answer in a few cells each, where a partial period reads every day's cells (a
// month of /geo from place_days: ~20,000 cells on 1M generated events; from place_months: ~100).
// The answer is the same either way; it is computed at one store generation, as the cache keys it.
import { type Kysely, sql } from "kysely";
import { validateFilter } from "./event-filter.ts";
import type { Database } from "./schema.ts";
import type { EventFilter } from "./store.ts";

export interface DayExtent {
  /** Oldest and newest day of any stored event (superseded ones included), or null when none. */
  readonly first: string | null;
  readonly last: string | null;
}

/** Reads the extent: two ends of the day index, no scan. */
export async function readDayExtent(db: Kysely<Database>): Promise<DayExtent> {
  const r = await sql<{ first: string | null; last: string | null }>`select
      (select min(day) from events) as first, (select max(day) from events) as last`.execute(db);
  return { first: r.rows[0]?.first ?? null, last: r.rows[0]?.last ?? null };
}

/**
 * The filter without the bounds the extent makes redundant. Left as it is when it reads superseded
 * versions too (their days are not in the extent), when no events are stored, or when its range
 * is empty (from after to), which must stay empty.
 */
export function withinExtent(filter: EventFilter, extent: DayExtent): EventFilter {
  // A bad bound is reported as such, never dropped.
  validateFilter(filter);
  const { from, to } = filter;
  if ((!from && !to) || filter.includeSuperseded || !extent.first || !extent.last) return filter;
  if (from && to && from > to) return filter;
  const dropFrom = from !== undefined && from <= extent.first;
  const dropTo = to !== undefined && to >= extent.last;
  if (!dropFrom && !dropTo) return filter;
  const { from: _f, to: _t, ...rest } = filter;
  return { ...rest, ...(from && !dropFrom ? { from } : {}), ...(to && !dropTo ? { to } : {}) };
}
