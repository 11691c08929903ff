// A dyad's series reply text (/series), kept per process until an event of its dyad is written.
//
// Why: a ten-year series costs ~1–2.5 ms of CPU to read and write (120 monthly or 522 weekly points,
// each a row crossing from the database into JavaScript: bench/README.md, sessions 16–19), which
// at 50 clients on one event loop is a p95 of 50–125 ms. The response cache (serve/response-cache.ts)
// keeps answers only while the store generation stands, and any write anywhere moves it; under live
// ingestion (a document every few seconds) every /series answer is computed again. A series of two
// code prefixes of three letters or more reads only the events of one country dyad, and the write
// path counts the writes per country dyad (dyad-write-stamps.ts, kept by triggers in every process
// that writes), so its text stays right while that count stands, whatever else is written.
//
// Order: the stamp is read before the series, so a write landing in between leaves an entry under
// the older stamp (newer text kept as older): it is computed again on the next request, never served
// stale. Only filters the series roll-ups answer (dates and QuadClasses: columns of events alone)
// are kept; anything else (words, places, superseded events) is computed every time.
import type { Kysely } from "kysely";
import { listOf } from "./event-filter.ts";
import type { Database } from "./schema.ts";
import { seriesRollupAnswers } from "./series-rollup-queries.ts";
import type { EventFilter, Interval } from "./store.ts";

/** Reads the writes of one country dyad (0 when none was written). */
export type ReadDyadStamp = (sourceCountry: string, targetCountry: string) => Promise<number> | number;

export interface SeriesTextCacheOptions {
  readonly maxEntries: number;
  /** Characters of kept texts, all entries together. */
  readonly maxChars: number;
}

/** Ten-year weekly series are ~90k characters; this keeps a few hundred of them. */
export const DEFAULT_SERIES_TEXT_CACHE: SeriesTextCacheOptions = { maxEntries: 2000, maxChars: 32_000_000 };

interface Entry {
  readonly stamp: number;
  readonly text: string;
}

/** The stamp that covers a series of these prefixes, or null when no one dyad holds its events. */
function dyadOf(source: string, target: string, filter: EventFilter): readonly [string, string] | null {
  if (source.length < 3 || target.length < 3 || !seriesRollupAnswers(filter)) return null;
  return [source.slice(0, 3), target.slice(0, 3)];
}

/** The key of a question: prefixes, interval and the filter's dates and QuadClasses, as asked. */
const keyOf = (source: string, target: string, interval: Interval, f: EventFilter) =>
  [source, target, interval, f.from ?? "", f.to ?? "", listOf(f.quad).join(",")].join("\u0000");

export function readDyadStampWith(db: Kysely<Database>): ReadDyadStamp {
  return async (sourceCountry, targetCountry) => {
    const row = await db
      .selectFrom("dyad_write_stamps")
      .select("writes")
      .where("source_country", "=", sourceCountry)
      .where("target_country", "=", targetCountry)
      .executeTakeFirst();
    return Number(row?.writes ?? 0);
  };
}

export interface SeriesTextCache {
  /** The text `compute` gives for the question, kept while its dyad's stamp stands. */
  answer(
    source: string,
    target: string,
    interval: Interval,
    filter: EventFilter,
    compute: () => Promise<string>,
  ): Promise<string>;
  readonly stats: { hits: number; misses: number };
}

export function createSeriesTextCache(
  readStamp: ReadDyadStamp,
  options: SeriesTextCacheOptions = DEFAULT_SERIES_TEXT_CACHE,
): SeriesTextCache {
  // A Map keeps insertion order: a hit is moved to the end, so the first entries are the least used.
  const entries = new Map<string, Entry>();
  let chars = 0;
  const stats = { hits: 0, misses: 0 };
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    chars -= entry.text.length;
    entries.delete(key);
  };
  return {
    stats,
    async answer(source, target, interval, filter, compute) {
      const dyad = dyadOf(source, target, filter);
      if (!dyad) return compute();
      const stamp = await readStamp(dyad[0], dyad[1]);
      const key = keyOf(source, target, interval, filter);
      const kept = entries.get(key);
      if (kept?.stamp === stamp) {
        stats.hits++;
        entries.delete(key);
        entries.set(key, kept);
        return kept.text;
      }
      stats.misses++;
      const text = await compute();
      drop(key);
      if (text.length <= options.maxChars) {
        entries.set(key, { stamp, text });
        chars += text.length;
        for (const oldest of entries.keys()) {
          if (entries.size <= options.maxEntries && chars <= options.maxChars) break;
          drop(oldest);
        }
      }
      return text;
    },
  };
}
