// Place recognition: cities, admin regions, world regions and disputed regions named in a text,
// each resolved to one gazetteer entry with coordinates. Countries are the actor engine's job
// (it reports them as states); `includeCountries` adds them for geoparsing (bench/geo, locate).
import type { Context, Mention, Place, Sentence } from "../../types.ts";
import type { Gazetteer, GazetteerEntry } from "../gazetteer/index.ts";
import { SpanOverlapIndex } from "../span-overlap.ts";
import { type FirstWordMemo, findPlaceMatches, type RejectionListener } from "./place-candidates.ts";
import { loadPlaceCues } from "./place-cues.ts";
import { type ResolvedPlace, resolveByPopulation, resolvePlaces } from "./place-resolution.ts";

export interface PlaceRecognizerInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** ISO3 codes of the states the document mentions: they decide ambiguous names. */
  readonly countryHints: readonly string[];
  /** Spans already taken (by actor mentions): no place is reported inside them. */
  readonly exclude: readonly { start: number; end: number }[];
}

export type PlaceRecognizer = (input: PlaceRecognizerInput) => Mention[];

export interface PlaceRecognizerOptions {
  /** Report country names as places too (geoparsing); the actor engine leaves this false. */
  readonly includeCountries?: boolean;
  /** Resolve by population alone, ignoring context: the baseline bench/geo compares against. */
  readonly populationOnly?: boolean;
  /** Told of every name found but not reported, with the reason (for --explain, debugging). */
  readonly onReject?: RejectionListener;
}

export { distanceKm } from "./place-resolution.ts";

/** The Place of the pipeline contract, without the gazetteer's own bookkeeping fields. */
export function toPlace(entry: GazetteerEntry): Place {
  const { name, country, admin1, lat, lon, geonameid, featureClass, population, kind } = entry;
  return { name, country, admin1, lat, lon, geonameid, featureClass, population, type: kind };
}

export function createPlaceRecognizer(
  ctx: Context,
  gazetteer: Gazetteer,
  options: PlaceRecognizerOptions = {},
): PlaceRecognizer {
  const cues = loadPlaceCues(ctx);
  const memo: FirstWordMemo = new Map();
  return ({ text, sentences, countryHints, exclude }) => {
    const excluded = new SpanOverlapIndex(exclude);
    const matches = findPlaceMatches(text, sentences, gazetteer, cues, options.onReject, memo).filter(
      (m) => !excluded.overlaps(m.start, m.end),
    );
    const resolved: ResolvedPlace[] = options.populationOnly
      ? resolveByPopulation(matches)
      : resolvePlaces(matches, countryHints);
    return resolved
      .filter((r) => options.includeCountries || r.place.kind !== "country")
      .map(({ match, place }) => ({
        start: match.start,
        end: match.end,
        text: match.text,
        kind: "place" as const,
        form: "name" as const,
        name: place.name,
        code: place.country,
        sentenceIndex: match.sentenceIndex,
        place: toPlace(place),
        source: place.source,
      }));
  };
}
