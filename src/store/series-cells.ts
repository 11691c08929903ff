// A series as the store reads it: one array per point, in the order every series query selects its
// columns, and the two forms it is handed out in: SeriesPoint objects (the CLI, MCP, the dashboard)
// and the API's reply text, written straight from the arrays.
//
// Why arrays: what an uncached /series costs grows with the points it returns (ten years by week
// is ~520). Read as objects, each point was built three times (better-sqlite3's row object with a
// property per column, a SeriesPoint, then the reply serialiser's walk over it); read as arrays
// (array-rows.ts) and written as text, it is one small array and one string per point.
import type { Compilable, Kysely } from "kysely";
import { selectArrays } from "./array-rows.ts";
import type { Database } from "./schema.ts";
import type { SeriesPoint } from "./store.ts";

/**
 * One point: period, events, events of QuadClass 1 to 4, mean Goldstein, mentions signed
 * (cooperation counts for, conflict against) and all mentions. Sums may arrive as text
 * (PostgreSQL's bigint), so values are read through Number().
 */
export type SeriesCells = unknown[];

/** Where each value sits in SeriesCells: the select order of every series query. */
const PERIOD = 0;
const EVENTS = 1;
const QUADS = [2, 3, 4, 5] as const;
const GOLDSTEIN = 6;
const SIGNED_MENTIONS = 7;
const MENTIONS = 8;

/**
 * The points `query` selects (period, events, q1–q4, Goldstein, signed mentions, mentions, in that
 * order). `goldstein` says what the query's Goldstein column holds: a roll-up's sum, divided here by
 * the point's events, or the events' mean as SQL computed it.
 */
export async function readSeriesCells(
  db: Kysely<Database>,
  query: Compilable,
  goldstein: "sum" | "mean",
): Promise<SeriesCells[]> {
  const rows = await selectArrays(db, query);
  if (goldstein === "sum")
    for (const r of rows) r[GOLDSTEIN] = Number(r[GOLDSTEIN]) / Math.max(1, Number(r[EVENTS]));
  return rows;
}

/** Parts that cover disjoint periods (partial and whole weeks or months), as one series by period. */
export function byPeriod(parts: readonly SeriesCells[][]): SeriesCells[] {
  if (parts.length === 1) return parts[0]!;
  const period = (r: SeriesCells) => String(r[PERIOD]);
  return parts.flat().sort((a, b) => (period(a) < period(b) ? -1 : period(a) > period(b) ? 1 : 0));
}

/** Three decimals: series, aggregates and coordinates are reported at this precision. */
export function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1000) / 1000 : 0;
}

const cooperationIndex = (r: SeriesCells) =>
  round(Number(r[SIGNED_MENTIONS]) / Math.max(1, Number(r[MENTIONS])));

export function toSeriesPoints(rows: readonly SeriesCells[]): SeriesPoint[] {
  return rows.map((r) => ({
    period: String(r[PERIOD]),
    events: Number(r[EVENTS]),
    verbalCooperation: Number(r[QUADS[0]]),
    materialCooperation: Number(r[QUADS[1]]),
    verbalConflict: Number(r[QUADS[2]]),
    materialConflict: Number(r[QUADS[3]]),
    meanGoldstein: round(Number(r[GOLDSTEIN])),
    cooperationIndex: cooperationIndex(r),
  }));
}

/**
 * The JSON array of the points, byte for byte what JSON.stringify (or the route's response
 * serialiser) writes for toSeriesPoints' objects: the same fields in the same order, numbers as
 * JavaScript prints them.
 */
export function seriesJson(rows: readonly SeriesCells[]): string {
  let text = "[";
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    text += `${i ? "," : ""}{"period":${JSON.stringify(String(r[PERIOD]))},"events":${Number(r[EVENTS])},"verbalCooperation":${Number(r[QUADS[0]])},"materialCooperation":${Number(r[QUADS[1]])},"verbalConflict":${Number(r[QUADS[2]])},"materialConflict":${Number(r[QUADS[3]])},"meanGoldstein":${round(Number(r[GOLDSTEIN]))},"cooperationIndex":${cooperationIndex(r)}}`;
  }
  return `${text}]`;
}
