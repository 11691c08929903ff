// Aggregates over events for the CLI and the API: a dyad's series, top dyads and actors, and
// counts by place. Filters are the one implementation in event-filter.ts.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { type DayExtent, readDayExtent, withinExtent } from "./data-extent.ts";
import { rollupServes } from "./dyad-series-rollup.ts";
import { applyEventFilter, likePrefix } from "./event-filter.ts";
import { pairMonthsAnswer, topDyadsFromPairMonths } from "./pair-month-rollup.ts";
import { geoFromMonths, placeMonthsAnswer } from "./period-rollup-queries.ts";
import { dyadSeriesByMonth } from "./rollup-month-queries.ts";
import {
  dyadSeriesFromActorDays,
  eventSeriesFromActorDays,
  geoFromRollup,
  rollupAnswers,
  topActorsFromRollup,
  topDyadsFromRollup,
} from "./rollup-queries.ts";
import type { Database } from "./schema.ts";
import { readSeriesCells, round, type SeriesCells, seriesJson, toSeriesPoints } from "./series-cells.ts";
import { actorDyadSeries, countryDyadSeries, seriesRollupAnswers } from "./series-rollup-queries.ts";
import type { SeriesTextCache } from "./series-text-cache.ts";
import type { ActorCount, DyadCount, EventFilter, GeoCount, Interval, Store } from "./store.ts";

/** Counts by period and QuadClass, mean Goldstein and signed mentions of the events `q` selects (series-cells.ts' order). */
// biome-ignore lint/complexity/noBannedTypes: the query selects nothing yet
function seriesQuery(q: SelectQueryBuilder<Database, "events", {}>, interval: Interval) {
  const period = ({ day: "day", week: "week", month: "month" } as const)[interval];
  return q
    .select((eb) => [
      eb.ref(period).as("period"),
      eb.fn.countAll<number>().as("events"),
      sql<number>`sum(case when quad_class = 1 then 1 else 0 end)`.as("q1"),
      sql<number>`sum(case when quad_class = 2 then 1 else 0 end)`.as("q2"),
      sql<number>`sum(case when quad_class = 3 then 1 else 0 end)`.as("q3"),
      sql<number>`sum(case when quad_class = 4 then 1 else 0 end)`.as("q4"),
      sql<number>`avg(goldstein)`.as("goldstein"),
      sql<number>`sum(case when quad_class <= 2 then num_mentions else -num_mentions end)`.as("coop"),
      sql<number>`sum(num_mentions)`.as("mentions"),
    ])
    .groupBy(period)
    .orderBy(period);
}

type Guard = <T>(work: () => Promise<T>) => Promise<T>;
type AggregateQueries = Pick<
  Store,
  "dyadSeries" | "dyadSeriesJson" | "eventSeries" | "topDyads" | "topActors" | "geoAggregates"
>;

export function createAggregateQueries(
  db: Kysely<Database>,
  backend: "sqlite" | "postgres",
  guard: Guard,
  /** Keeps /series texts per dyad stamp (series-text-cache.ts); null computes every one. */
  seriesTexts: SeriesTextCache | null = null,
): AggregateQueries {
  /** The filter with the date bounds the stored days make redundant (data-extent.ts). */
  const cutWithExtent = async (filter: EventFilter): Promise<[EventFilter, DayExtent | null]> => {
    if (!filter.from && !filter.to) return [filter, null];
    const extent = await readDayExtent(db);
    return [withinExtent(filter, extent), extent];
  };
  const cut = async (filter: EventFilter) => (await cutWithExtent(filter))[0];
  /** A dyad's series from the coarsest roll-up that answers it exactly, else from the events. */
  const dyadSeriesCells = async (
    source: string,
    target: string,
    interval: Interval,
    asked: EventFilter,
  ): Promise<SeriesCells[]> => {
    const filter = await cut(asked);
    if (rollupServes(source, target, filter)) return countryDyadSeries(db, source, target, interval, filter);
    if ((source || target) && seriesRollupAnswers(filter))
      return actorDyadSeries(db, source, target, interval, filter, backend);
    if (rollupAnswers("actor_days", filter))
      return interval === "month" && (source || target)
        ? dyadSeriesByMonth(db, source, target, filter, backend)
        : dyadSeriesFromActorDays(db, source, target, interval, filter, backend);
    const q = seriesQuery(
      applyEventFilter(db.selectFrom("events"), filter, backend)
        .where(likePrefix("source_code", source))
        .where(likePrefix("target_code", target)),
      interval,
    );
    return readSeriesCells(db, q, "mean");
  };
  return {
    dyadSeries: (source, target, interval: Interval, asked = {}) =>
      guard(async () => toSeriesPoints(await dyadSeriesCells(source, target, interval, asked))),

    dyadSeriesJson: (source, target, interval: Interval, asked = {}) =>
      guard(async () => {
        const compute = async () => seriesJson(await dyadSeriesCells(source, target, interval, asked));
        return seriesTexts ? seriesTexts.answer(source, target, interval, asked, compute) : compute();
      }),

    eventSeries: (interval: Interval, asked = {}) =>
      guard(async () => {
        const filter = await cut(asked);
        if (rollupAnswers("actor_days", filter))
          return toSeriesPoints(await eventSeriesFromActorDays(db, interval, filter, backend));
        const q = seriesQuery(applyEventFilter(db.selectFrom("events"), filter, backend), interval);
        return toSeriesPoints(await readSeriesCells(db, q, "mean"));
      }),

    topDyads: (asked, limit) =>
      guard(async () => {
        const [filter, extent] = await cutWithExtent(asked);
        // Whole months (a range past the stored days cut to them): pair_months (migration 015).
        const months = pairMonthsAnswer(filter);
        if (months) return topDyadsFromPairMonths(db, months, extent?.last?.slice(0, 7) ?? null, limit);
        if (rollupAnswers("actor_days", filter)) return topDyadsFromRollup(db, filter, limit, backend);
        let q = applyEventFilter(db.selectFrom("events"), filter, backend).where(
          "target_code",
          "is not",
          null,
        );
        // Within one month, saying so (implied by the days) lets the month index stream the grouping.
        if (filter.from && filter.to && filter.from.slice(0, 7) === filter.to.slice(0, 7))
          q = q.where("month", "=", filter.from.slice(0, 7));
        const rows = await q
          .select((eb) => [
            "source_code",
            "target_code",
            eb.fn.countAll<number>().as("events"),
            sql<number>`sum(num_mentions)`.as("mentions"),
            sql<number>`avg(goldstein)`.as("goldstein"),
          ])
          .groupBy(["source_code", "target_code"])
          .orderBy("events", "desc")
          .orderBy("source_code")
          .orderBy("target_code")
          .limit(limit)
          .execute();
        return rows.map(
          (r): DyadCount => ({
            sourceCode: r.source_code,
            targetCode: r.target_code ?? "",
            events: Number(r.events),
            mentions: Number(r.mentions),
            meanGoldstein: round(Number(r.goldstein)),
          }),
        );
      }),

    topActors: (asked, limit) =>
      guard(async () => {
        const filter = await cut(asked);
        if (rollupAnswers("actor_days", filter)) return topActorsFromRollup(db, filter, limit, backend);
        const rows = await applyEventFilter(db.selectFrom("events"), filter, backend)
          .select((eb) => [
            "source_code",
            eb.fn.countAll<number>().as("events"),
            sql<number>`sum(num_mentions)`.as("mentions"),
          ])
          .groupBy("source_code")
          .orderBy("events", "desc")
          .orderBy("source_code")
          .limit(limit)
          .execute();
        return rows.map(
          (r): ActorCount => ({
            code: r.source_code,
            events: Number(r.events),
            mentions: Number(r.mentions),
          }),
        );
      }),

    geoAggregates: (level, asked) =>
      guard(async () => {
        const filter = await cut(asked);
        // Points are exact places (name and coordinates), which no day roll-up keeps.
        // Whole months from place_months (migration 014) when the filter is one it keeps.
        if (level !== "point" && placeMonthsAnswer(filter)) return geoFromMonths(db, level, filter, backend);
        if (level !== "point" && rollupAnswers("place_days", filter))
          return geoFromRollup(db, level, filter, backend);
        const base = applyEventFilter(db.selectFrom("events"), filter, backend).where("lat", "is not", null);
        const rows =
          level === "point"
            ? await base
                .select((eb) => [
                  "place_name as key",
                  "country",
                  "lat",
                  "lon",
                  eb.fn.countAll<number>().as("events"),
                  sql<number>`avg(goldstein)`.as("goldstein"),
                ])
                .groupBy(["place_name", "country", "lat", "lon"])
                .orderBy("events", "desc")
                .limit(1000)
                .execute()
            : await base
                .select((eb) => [
                  eb.ref(level === "country" ? "country" : "admin1").as("key"),
                  "country",
                  sql<number>`avg(lat)`.as("lat"),
                  sql<number>`avg(lon)`.as("lon"),
                  eb.fn.countAll<number>().as("events"),
                  sql<number>`avg(goldstein)`.as("goldstein"),
                ])
                .groupBy(level === "country" ? ["country"] : ["admin1", "country"])
                .orderBy("events", "desc")
                .orderBy("key")
                .limit(1000)
                .execute();
        return rows.map(
          (r): GeoCount => ({
            key: String(r.key ?? ""),
            country: r.country,
            lat: r.lat === null ? null : round(Number(r.lat)),
            lon: r.lon === null ? null : round(Number(r.lon)),
            events: Number(r.events),
            meanGoldstein: round(Number(r.goldstein)),
          }),
        );
      }),
  };
}
