// Dyad time series read from the dyad_days roll-up (dyad-rollup-schema.ts) when the question is
// one it can answer: two country codes and at most a date range and a quad class. Anything finer
// (an actor like PAKMIL, a CAMEO code, a place, words) is answered from the events themselves.
import { type Kysely, sql } from "kysely";
import { listOf, validateFilter } from "./event-filter.ts";
import type { Database } from "./schema.ts";
import type { EventFilter, Interval, SeriesPoint } from "./store.ts";

/** Filter fields the roll-up keeps: day (so from/to) and quad class. */
const ROLLUP_FIELDS = new Set(["from", "to", "quad"]);

/** A country-level code: three capital letters (ISO3, or an IGO/NGO prefix), as stored in the roll-up. */
const COUNTRY = /^[A-Z]{3}$/;

export function rollupServes(source: string, target: string, filter: EventFilter): boolean {
  if (!COUNTRY.test(source) || !COUNTRY.test(target)) return false;
  return Object.entries(filter).every(
    ([k, v]) => v === undefined || ROLLUP_FIELDS.has(k) || (k === "includeSuperseded" && !v),
  );
}

export async function dyadSeriesFromRollup(
  db: Kysely<Database>,
  source: string,
  target: string,
  interval: Interval,
  filter: EventFilter,
): Promise<SeriesPoint[]> {
  validateFilter(filter);
  const period = ({ day: "day", week: "week", month: "month" } as const)[interval];
  let q = db
    .selectFrom("dyad_days")
    .where("source_country", "=", source)
    .where("target_country", "=", target);
  if (filter.from) q = q.where("day", ">=", filter.from);
  if (filter.to) q = q.where("day", "<=", filter.to);
  const quads = listOf(filter.quad);
  if (quads.length) q = q.where("quad_class", "in", quads);
  const rows = await q
    .select((eb) => [
      eb.ref(period).as("period"),
      sql<number>`sum(events)`.as("events"),
      sql<number>`sum(case when quad_class = 1 then events else 0 end)`.as("q1"),
      sql<number>`sum(case when quad_class = 2 then events else 0 end)`.as("q2"),
      sql<number>`sum(case when quad_class = 3 then events else 0 end)`.as("q3"),
      sql<number>`sum(case when quad_class = 4 then events else 0 end)`.as("q4"),
      sql<number>`sum(goldstein_sum)`.as("goldstein"),
      sql<number>`sum(case when quad_class <= 2 then mentions else -mentions end)`.as("coop"),
      sql<number>`sum(mentions)`.as("mentions"),
    ])
    .groupBy(period)
    .orderBy(period)
    .execute();
  return rows.map((r) => toSeriesPoint(r, Number(r.goldstein) / Math.max(1, Number(r.events))));
}

/** A series query's row: its period, event count, counts per QuadClass and signed mentions. */
export interface SeriesRow {
  readonly period: unknown;
  readonly events: unknown;
  readonly q1: unknown;
  readonly q2: unknown;
  readonly q3: unknown;
  readonly q4: unknown;
  readonly coop: unknown;
  readonly mentions: unknown;
}

/** One point of a dyad series, from either the roll-up or the events; `meanGoldstein` as each computes it. */
export function toSeriesPoint(r: SeriesRow, meanGoldstein: number): SeriesPoint {
  return {
    period: String(r.period),
    events: Number(r.events),
    verbalCooperation: Number(r.q1),
    materialCooperation: Number(r.q2),
    verbalConflict: Number(r.q3),
    materialConflict: Number(r.q4),
    meanGoldstein: round(meanGoldstein),
    cooperationIndex: round(Number(r.coop) / Math.max(1, Number(r.mentions))),
  };
}

/** Three decimals: series, aggregates and coordinates are reported at this precision. */
export function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 : 0;
}
