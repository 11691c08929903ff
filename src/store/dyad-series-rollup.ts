// Dyad time series read from the dyad_days roll-up (dyad-rollup-schema.ts) when the question is
// one it can answer: two country codes and at most a date range and a quad class. Anything finer
// (an actor like PAKMIL, a CAMEO code, a place, words) is answered from the events themselves.
import { type Kysely, sql } from "kysely";
import { listOf, validateFilter } from "./event-filter.ts";
import type { Database } from "./schema.ts";
import { readSeriesCells, type SeriesCells } from "./series-cells.ts";
import type { EventFilter, Interval } from "./store.ts";

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

export function dyadSeriesFromRollup(
  db: Kysely<Database>,
  source: string,
  target: string,
  interval: Interval,
  filter: EventFilter,
): Promise<SeriesCells[]> {
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
  const query = q
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
    .orderBy(period);
  return readSeriesCells(db, query, "sum");
}
