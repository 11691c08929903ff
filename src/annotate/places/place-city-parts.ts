// A part of a city the text places by the city and a compass word: "Kilburn, north London",
// "in Brixton, south London", "Ballymurphy, west Belfast". The name before the comma is a
// district of that city whatever namesake the gazetteer files (Kilburn, Derbyshire lies 180 km
// from London) or when it files none: it is reported at the city's point.
import type { Sentence, Token } from "../../types.ts";
import type { PlaceCues } from "./place-cues.ts";
import { distanceKm } from "./place-evidence.ts";
import { isCapitalized } from "./place-filters.ts";
import type { ResolvedPlace } from "./place-resolution.ts";
import { endsMention, isIntroduced, nameBeforeQualifier, nameStartBefore } from "./place-unfiled.ts";

/** Compass words that name a side of a city after a comma ("north London", "north-west London"). */
const CITY_SIDE_WORDS: ReadonlySet<string> = new Set(
  "north south east west central northeast northwest southeast southwest north-east north-west south-east south-west inner outer".split(
    " ",
  ),
);
/** Kinds of place that have sides named this way: towns and capitals, not regions or countries. */
const CITY_KINDS: ReadonlySet<string> = new Set(["city", "capital"]);
/**
 * A filed namesake within this distance of the city may be the district itself (a borough the
 * gazetteer files as a town of its own); farther away it is another place of the same name.
 * Greater London spans about 50 km; set by that, not tuned.
 */
const CITY_PART_KM = 40;
/** A filed place this large is a town in its own right, never a district of another city. */
const TOWN_IN_OWN_RIGHT = 100_000;

/** Index of the comma before the compass words ending right before token `at`, or -1. */
function commaBeforeSide(tokens: readonly Token[], at: number): number {
  let j = at - 1;
  let sideWords = 0;
  while (j >= 0) {
    const word = tokens[j]!.text.toLowerCase();
    if (CITY_SIDE_WORDS.has(word)) sideWords++;
    else if (word !== "-" || sideWords === 0) break;
    j--;
  }
  return sideWords > 0 && tokens[j]?.text === "," && !isCapitalized(tokens[j + 1]!.text) ? j : -1;
}

/**
 * Re-places, or adds, the districts the text places by a city and a compass word. `isTaken` says
 * whether a character span already holds another found name (an actor, a facility).
 */
export function placeCityParts(
  text: string,
  sentences: readonly Sentence[],
  resolved: readonly ResolvedPlace[],
  cues: PlaceCues,
  isTaken: (start: number, end: number) => boolean,
): ResolvedPlace[] {
  const out = [...resolved];
  for (const city of resolved) {
    if (!CITY_KINDS.has(city.place.kind)) continue;
    const tokens = sentences[city.match.sentenceIndex]?.tokens;
    if (!tokens) continue;
    const at = tokens.findIndex((t) => t.start === city.match.start);
    const cityEnd = tokens.findIndex((t) => t.end === city.match.end);
    if (at < 0 || cityEnd < 0 || !endsMention(tokens[cityEnd + 1])) continue;
    const comma = commaBeforeSide(tokens, at);
    if (comma < 1) continue;
    const first = nameStartBefore(tokens, comma, cues);
    if (first < 0) continue;
    const start = tokens[first]!.start;
    const end = tokens[comma - 1]!.end;
    const name = text.slice(start, end);
    const district = {
      ...city.place,
      name,
      kind: "city" as const,
      featureCode: "PPLX",
      geonameid: null,
      population: null,
      source: `${city.place.source}; a part of ${city.place.name} named by the text`,
    };
    const filed = out.findIndex((r) => r.match.start === start && r.match.end === end);
    if (filed >= 0) {
      const { place } = out[filed]!;
      const isDistrict =
        place.kind === "city" &&
        (place.population ?? 0) < TOWN_IN_OWN_RIGHT &&
        distanceKm(place, city.place) > CITY_PART_KM;
      if (isDistrict) out[filed] = { match: out[filed]!.match, place: district };
      continue;
    }
    if (out.some((r) => r.match.start < end && start < r.match.end) || isTaken(start, end)) continue;
    if (!isIntroduced(text, tokens, first, comma)) continue;
    out.push({
      match: nameBeforeQualifier(city.match, tokens, first, name),
      place: district,
    });
  }
  return out;
}
