// Where a document is: the place its local names gather in. Used to place what the gazetteer
// cannot (streets and buildings, townships it lacks) where a local story's other places are.
import type { GazetteerEntry } from "../gazetteer/index.ts";
import { distanceKm } from "./place-evidence.ts";
import type { ResolvedPlace } from "./place-resolution.ts";
import { isWithin } from "./place-within.ts";

/** Place kinds that say which town or county a story is about. */
export const LOCAL_KINDS: ReadonlySet<string> = new Set(["city", "capital", "admin2"]);
/** Civil divisions named after a town that the gazetteer often lacks: "Hamilton Township". */
const TOWN_DIVISION_WORD = /\s(?:Township|Borough)$/;
/** Distinct names a division must hold before it decides where an unfiled township lies. */
const STORY_DIVISION_MIN_NAMES = 2;

/**
 * "Hamilton Township" in a story whose names lie in New Jersey, where the gazetteer files no
 * Hamilton: the township is the story's, not New Zealand's Hamilton. A township or borough whose
 * namesake town lies outside the division most of the document's names lie in (two or more) is
 * placed at that division's most named town; the name stays the text's.
 */
export function placeUnfiledTownships(resolved: readonly ResolvedPlace[]): ResolvedPlace[] {
  // Capitalized as part of one name only: "London boroughs" are London's.
  const isTownship = (r: ResolvedPlace) => TOWN_DIVISION_WORD.test(r.match.text);
  if (!resolved.some(isTownship)) return [...resolved];
  const focus = documentFocus(
    resolved.filter((r) => !isTownship(r)),
    STORY_DIVISION_MIN_NAMES,
  );
  if (!focus?.admin1) return [...resolved];
  return resolved.map((r) => {
    if (!isTownship(r) || (r.place.country === focus.country && r.place.admin1 === focus.admin1)) return r;
    const name = r.match.text;
    return {
      match: r.match,
      place: {
        ...focus,
        name,
        geonameid: null,
        population: null,
        featureClass: "A",
        source: `${focus.source}; a township in ${focus.admin1}`,
      },
    };
  });
}

/**
 * First or last words that name a lake, river or mountain: the land a town named after one
 * ("Rice Lake", "Mount Rainier") is rarely in a story about another state, the feature often.
 * Beaches, bays, capes and falls are left out: resort towns of those names are news in every state.
 */
const FEATURE_NAME_WORDS: ReadonlySet<string> = new Set(
  "lake lakes river creek reservoir mount mt mt. mountain mountains".split(" "),
);
/** Towns bigger than this are what their name means wherever the story is ("Lake Charles"). */
const FEATURE_TOWN_MAX_POPULATION = 25_000;
/** ... and so is one lying this close to another place the story names. */
const FEATURE_TOWN_NEAR_KM = 250;

/**
 * "Mount Rainier" in a story whose names lie in Washington, "Rice Lake" in one about Illinois:
 * a small town named like a lake, river or mountain, far from every other place the story names
 * and outside the division most of them lie in (two or more), unless the text qualifies it by its
 * state ("Rice Lake, Wis."), is that division's feature the
 * gazetteer lacks. It takes the story's namesake when the division has one, else is placed at
 * the division's most named town (the name stays the text's).
 */
export function placeUnfiledFeatures(resolved: readonly ResolvedPlace[]): ResolvedPlace[] {
  const isFeatureNamed = (r: ResolvedPlace) => {
    const words = r.match.text.toLowerCase().split(/\s+/);
    return (
      words.length > 1 &&
      (FEATURE_NAME_WORDS.has(words[0]!) || FEATURE_NAME_WORDS.has(words[words.length - 1]!)) &&
      r.place.kind === "city" &&
      (r.place.population ?? 0) < FEATURE_TOWN_MAX_POPULATION
    );
  };
  if (!resolved.some(isFeatureNamed)) return [...resolved];
  const others = resolved.filter((r) => !isFeatureNamed(r));
  const focus = documentFocus(others, STORY_DIVISION_MIN_NAMES);
  if (!focus?.admin1) return [...resolved];
  const inFocus = (p: GazetteerEntry) => p.country === focus.country && p.admin1 === focus.admin1;
  return resolved.map((r) => {
    if (!isFeatureNamed(r) || inFocus(r.place)) return r;
    const near = others.some(
      (o) =>
        o.place.kind !== "country" &&
        o.place.kind !== "admin1" &&
        distanceKm(o.place, r.place) < FEATURE_TOWN_NEAR_KM,
    );
    // "Rice Lake, Wis.": the text itself puts the town in its state.
    const qualified = r.match.commaNext?.candidates.some((c) => isWithin(r.place, c));
    if (near || qualified) return r;
    const namesake = r.match.candidates.find((c) => c.kind === "city" && inFocus(c));
    if (namesake) return { match: r.match, place: namesake };
    return placedAtFocus(r, focus, `a natural feature in ${focus.admin1}`, { featureClass: "T" });
  });
}

/**
 * A name the gazetteer lacks or files elsewhere, placed at the document's focus: it takes the
 * focus's point and divisions but keeps the text's name, and says why in its source.
 */
export function placedAtFocus(
  r: ResolvedPlace,
  focus: GazetteerEntry,
  why: string,
  extra: Partial<GazetteerEntry> = {},
): ResolvedPlace {
  return {
    match: r.match,
    place: {
      ...focus,
      name: r.match.text,
      geonameid: null,
      population: null,
      ...extra,
      source: `${focus.source}; ${why}`,
    },
  };
}

/**
 * The place a document is about: its division (state, province) that the most distinct names lie
 * in or are, and there its most named town or county, else the division itself; with no
 * division, its most named country. Ties go to the one named first. A story about Manassas
 * names Virginia towns; a lone namesake elsewhere must not become where its streets lie.
 */
export function documentFocus(resolved: readonly ResolvedPlace[], minNames = 1): GazetteerEntry | null {
  const namesIn = new Map<string, Set<string>>();
  for (const { match, place } of resolved) {
    if (place.kind === "country" || !place.admin1 || !place.country) continue;
    const key = `${place.country}|${place.admin1}`;
    const names = namesIn.get(key) ?? new Set<string>();
    names.add(match.key);
    namesIn.set(key, names);
  }
  let division: string | null = null;
  for (const [key, names] of namesIn)
    if (division === null || names.size > namesIn.get(division)!.size) division = key;
  if (minNames > 1 && (division === null || namesIn.get(division)!.size < minNames)) return null;
  const inDivision = (p: GazetteerEntry) => `${p.country}|${p.admin1}` === division;
  const tiers: ((p: GazetteerEntry) => boolean)[] = [
    (p) => LOCAL_KINDS.has(p.kind) && inDivision(p),
    (p) => p.kind === "admin1" && inDivision(p),
    (p) => p.kind !== "country" && inDivision(p),
    (p) => p.kind === "country",
  ];
  for (const inTier of tiers) {
    const counts = new Map<GazetteerEntry, number>();
    for (const r of resolved) if (inTier(r.place)) counts.set(r.place, (counts.get(r.place) ?? 0) + 1);
    let best: GazetteerEntry | null = null;
    let bestCount = 0;
    for (const [p, n] of counts)
      if (n > bestCount) {
        best = p;
        bestCount = n;
      }
    if (best) return best;
  }
  return null;
}
