// Place recognition: cities, admin regions, world regions and disputed regions named in a text,
// each resolved to one gazetteer entry with coordinates. Countries are the actor engine's job
// (it reports them as states); `includeCountries` adds them for geoparsing (bench/geo, locate).
import type { Context, Mention, Sentence } from "../../types.ts";
import type { Gazetteer } from "../gazetteer/index.ts";
import { SpanOverlapIndex } from "../span-overlap.ts";
import { holdCountyNamedThings, placeCountyNamedThings } from "./county-named-things.ts";
import { placeUnfiledFeatures, placeUnfiledTownships } from "./document-focus.ts";
import { findPlaceMatches, type RejectionListener } from "./place-candidates.ts";
import { placeCityParts, placeNamedParts } from "./place-city-parts.ts";
import { loadPlaceCues } from "./place-cues.ts";
import {
  type FacilityClass,
  findFacilities,
  type PlacedFacility,
  placeFacilities,
} from "./place-facilities.ts";
import { toPlace } from "./place-point.ts";
import { type ResolvedPlace, resolveByPopulation, resolvePlaces } from "./place-resolution.ts";
import { placeSettlements } from "./place-settlements.ts";
import { placeSideNames } from "./place-side-names.ts";
import type { FirstWordMemo } from "./place-spans.ts";
import { placeUnfiledQualified } from "./place-unfiled.ts";

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
  /**
   * Report adjectives that name a place too ("Russian" -> Russia, "European" -> Europe): for
   * geoparsing sets that count them (GeoWebNews); the pipeline leaves them to the actor engine.
   */
  readonly includeAdjectives?: boolean;
  /**
   * Report streets, buildings, venues and natural features named by a head noun ("Atlantic
   * Avenue", "Lake Manassas") too, placed where the text places them (the annotator asks for all
   * classes; bench/geo for those each set counts).
   */
  readonly includeFacilities?: readonly FacilityClass[];
  /**
   * Report the place a public body is named for ("Seattle" in "Seattle Police", "Marion County"
   * in "Marion County Sheriff's Office"; data/gazetteer/body-heads.txt): for geoparsing sets
   * whose guidelines count toponyms inside such names (GeoWebNews). The pipeline leaves the
   * whole name to the actor engine.
   */
  readonly includeBodySeats?: boolean;
  /** Resolve by population alone, ignoring context: the baseline bench/geo compares against. */
  readonly populationOnly?: boolean;
  /** Told of every name found but not reported, with the reason (for --explain, debugging). */
  readonly onReject?: RejectionListener;
}

export { introducesPlace, placeCountryMentions } from "./country-places.ts";
export { FACILITY_CLASSES, type FacilityClass } from "./place-facilities.ts";
export { toPlace } from "./place-point.ts";
export { distanceKm } from "./place-resolution.ts";

export function createPlaceRecognizer(
  ctx: Context,
  gazetteer: Gazetteer,
  options: PlaceRecognizerOptions = {},
): PlaceRecognizer {
  const cues = loadPlaceCues(
    ctx,
    options.includeAdjectives ?? false,
    options.includeFacilities ?? [],
    options.includeBodySeats ?? false,
  );
  const memo: FirstWordMemo = new Map();
  return ({ text, sentences, countryHints, exclude }) => {
    const excluded = new SpanOverlapIndex(exclude);
    const matches = findPlaceMatches(text, sentences, gazetteer, cues, options.onReject, memo).filter(
      (m) => !excluded.overlaps(m.start, m.end),
    );
    const { rest, held } = holdCountyNamedThings(text, matches);
    const resolved: ResolvedPlace[] = options.populationOnly
      ? resolveByPopulation(matches)
      : placeCountyNamedThings(
          placeSideNames(placeUnfiledFeatures(placeUnfiledTownships(resolvePlaces(rest, countryHints)))),
          held,
        );
    let kept: readonly ResolvedPlace[] = resolved;
    let facilities: readonly PlacedFacility[] = [];
    if (cues.facilities) {
      const spans = findFacilities(text, sentences, cues.facilities).filter(
        (f) => !excluded.overlaps(f.start, f.end),
      );
      ({ kept, placed: facilities } = placeFacilities(text, spans, resolved));
    }
    const found = new SpanOverlapIndex([...kept.map((r) => r.match), ...facilities.map((f) => f.span)]);
    const isTaken = (start: number, end: number) =>
      excluded.overlaps(start, end) || found.overlaps(start, end);
    kept = placeCityParts(
      text,
      sentences,
      placeUnfiledQualified(text, sentences, kept, cues, isTaken),
      cues,
      isTaken,
    );
    kept = placeNamedParts(text, sentences, kept, cues, isTaken);
    if (!options.populationOnly) {
      let placed: SpanOverlapIndex | undefined;
      const before = kept;
      kept = placeSettlements(text, sentences, kept, cues, gazetteer, (start, end) => {
        placed ??= new SpanOverlapIndex(before.map((r) => r.match));
        return isTaken(start, end) || placed.overlaps(start, end);
      });
    }
    const spans = kept
      .filter((r) => options.includeCountries || r.place.kind !== "country")
      .map(({ match, place }) => ({
        start: match.start,
        end: match.end,
        text: match.text,
        sentenceIndex: match.sentenceIndex,
        place,
      }))
      .concat(facilities.map(({ span, place }) => ({ ...span, place })))
      .sort((a, b) => a.start - b.start);
    return spans.map(({ start, end, text: written, sentenceIndex, place }) => ({
      start,
      end,
      text: written,
      kind: "place" as const,
      form: "name" as const,
      name: place.name,
      code: place.country,
      sentenceIndex,
      place: toPlace(place),
      source: place.source,
    }));
  };
}
