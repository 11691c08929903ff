// A part of a city the text places by the city and a compass word: "Kilburn, north London",
// "in Brixton, south London", "Ballymurphy, west Belfast". The name before the comma is a
// district of that city whatever namesake the gazetteer files (Kilburn, Derbyshire lies 180 km
// from London) or when it files none: it is reported at the city's point. Likewise a part the
// text names by a lowercase part noun and its city ("the Karrada district of Baghdad",
// "Baghdad's Karrada district", "the Kupwara district of Jammu and Kashmir"): wire copy names
// the quarters of a city at war or in the news this way, and few gazetteers file them.
import type { Sentence, Token } from "../../types.ts";
import type { PlaceCues } from "./place-cues.ts";
import { distanceKm } from "./place-evidence.ts";
import { isCapitalized, isPunctuation } from "./place-filters.ts";
import type { ResolvedPlace } from "./place-resolution.ts";
import {
  endsMention,
  isIntroduced,
  nameBeforeQualifier,
  nameStartBefore,
  placeTokens,
} from "./place-unfiled.ts";
import { isWithin } from "./place-within.ts";

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

/**
 * Lowercase nouns that make the capitalized name beside them a part of the place after "of" or
 * before "'s": the common English words for a city's or a division's parts. Lowercase only:
 * "the Southern District of New York" (a court) stays a name of its own.
 */
const PART_NOUNS: ReadonlySet<string> = new Set(
  "neighbourhood neighborhood district quarter suburb borough section area".split(" "),
);
/** Places whose parts are named this way: towns, divisions and regions, not whole countries. */
const PART_HOLDER_KINDS: ReadonlySet<string> = new Set(["city", "capital", "admin1", "disputed", "region"]);
/** Most words in a part's name ("Sadr City", "Bab al-Tabbaneh"). */
const MAX_PART_WORDS = 3;
/** The possessive after a holder: "Baghdad's Karrada district". */
const isPossessive = (t: Token | undefined) => t?.text === "'s" || t?.text === "’s";

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
 * The tokens [first, last] of a part's name the text ties to the holder at tokens [at, holderEnd]
 * by a part noun: "the NAME district of HOLDER" or "HOLDER's NAME district"; null when none.
 */
function partNamed(
  tokens: readonly Token[],
  at: number,
  holderEnd: number,
  cues: PlaceCues,
): { first: number; last: number } | null {
  const noun = tokens[at - 2];
  if (tokens[at - 1]?.text === "of" && noun && PART_NOUNS.has(noun.text)) {
    let first = nameStartBefore(tokens, at - 2, cues);
    // "The Karrada district of Baghdad" opens a sentence: the article is no part of the name.
    if (first >= 0 && tokens[first]!.text === "The") first++;
    else if (first >= 1 && tokens[first - 1]!.text.toLowerCase() !== "the") return null;
    return first >= 0 && first < at - 2 ? { first, last: at - 3 } : null;
  }
  if (!isPossessive(tokens[holderEnd + 1])) return null;
  let last = holderEnd + 1;
  while (last + 1 < tokens.length && last - holderEnd - 1 < MAX_PART_WORDS) {
    const t = tokens[last + 1]!;
    if (!isCapitalized(t.text) || isPunctuation(t)) break;
    last++;
  }
  const after = tokens[last + 1];
  if (last === holderEnd + 1 || !after || !PART_NOUNS.has(after.text)) return null;
  // "Chicago's Mayor Jane Roe district office": a title opens a person, not a part.
  const head = tokens[holderEnd + 2]!.text.toLowerCase().replace(/\.$/, "");
  if (cues.personCues.has(head) || cues.firstNames.has(head)) return null;
  return { first: holderEnd + 2, last };
}

/** Whether a filed place could itself be the part: it lies in or beside its holder. */
function liesIn(place: ResolvedPlace["place"], holder: ResolvedPlace["place"]): boolean {
  if (holder.kind === "admin1") return isWithin(place, holder);
  return distanceKm(place, holder) <= CITY_PART_KM;
}

/** A part of `holder` that the text names (a district, a quarter): at the holder's point, a populated place. */
function partOf(holder: ResolvedPlace["place"], name: string): ResolvedPlace["place"] {
  return {
    ...holder,
    name,
    kind: "city",
    featureCode: "PPLX",
    featureClass: "P",
    geonameid: null,
    population: null,
    source: `${holder.source}; a part of ${holder.name} named by the text`,
  };
}

/**
 * Re-places, or adds, the parts the text names by a part noun and their holder ("the Karrada
 * district of Baghdad"): a filed namesake that lies elsewhere gives way to the holder's point.
 */
export function placeNamedParts(
  text: string,
  sentences: readonly Sentence[],
  resolved: readonly ResolvedPlace[],
  cues: PlaceCues,
  isTaken: (start: number, end: number) => boolean,
): ResolvedPlace[] {
  const out = [...resolved];
  for (const holder of resolved) {
    if (!PART_HOLDER_KINDS.has(holder.place.kind)) continue;
    const span = placeTokens(sentences, holder.match);
    if (!span) continue;
    const { tokens, first: at, last: holderEnd } = span;
    const part = partNamed(tokens, at, holderEnd, cues);
    if (!part) continue;
    const start = tokens[part.first]!.start;
    const end = tokens[part.last]!.end;
    const name = text.slice(start, end);
    const placed = partOf(holder.place, name);
    const filed = out.findIndex((r) => r.match.start === start && r.match.end === end);
    if (filed >= 0) {
      const { place } = out[filed]!;
      const elsewhere =
        place.kind === "city" && (place.population ?? 0) < TOWN_IN_OWN_RIGHT && !liesIn(place, holder.place);
      if (elsewhere) out[filed] = { match: out[filed]!.match, place: placed };
      continue;
    }
    if (out.some((r) => r.match.start < end && start < r.match.end) || isTaken(start, end)) continue;
    out.push({ match: nameBeforeQualifier(holder.match, tokens, part.first, name), place: placed });
  }
  return out;
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
    const span = placeTokens(sentences, city.match);
    if (!span || !endsMention(span.tokens[span.last + 1])) continue;
    const { tokens, first: at } = span;
    const comma = commaBeforeSide(tokens, at);
    if (comma < 1) continue;
    const first = nameStartBefore(tokens, comma, cues);
    if (first < 0) continue;
    const start = tokens[first]!.start;
    const end = tokens[comma - 1]!.end;
    const name = text.slice(start, end);
    const district = partOf(city.place, name);
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
