// Step 2 of place recognition: choose, for each matched name, the place it most likely means,
// from how big and important each candidate is (place-scores.ts) and what else the document
// names: the countries it mentions, the places near each candidate, and "City, Region" pairs;
// then drop the choices the text does not support (place-doubts.ts).
import { type GazetteerEntry, POSTAL_TOWN_SOURCE } from "../gazetteer/index.ts";
import type { PlaceMatch } from "./place-candidates.ts";
import { dropDoubtfulChoices, placeHeldBesideAnchors } from "./place-doubts.ts";
import { distanceKm } from "./place-evidence.ts";
import {
  admin1Key,
  CITY_PART_BONUS,
  CITY_PART_KM,
  CITY_PART_MIN_CITY,
  CONTEXT_COUNTRY_BONUS,
  coreCityBonus,
  DATELINE_ADMIN1_BONUS,
  HINTED_COUNTRY_BONUS,
  LIST_KIND_BONUS,
  LIST_NEAR_BONUS,
  localBonus,
  MAX_CANDIDATES,
  mainAdmin1,
  NEAR_KM,
  NEAR_PLACE_BONUS,
  priorOf,
  SAME_ADMIN1_BONUS,
  storyAdmin1Bonus,
  storyDivision,
} from "./place-scores.ts";

export { distanceKm } from "./place-evidence.ts";

export interface ResolvedPlace {
  readonly match: PlaceMatch;
  readonly place: GazetteerEntry;
}

/**
 * Picks a place for every match. Pass 1 scores each name alone (prior, hints, local pattern);
 * pass 2 adds what the other names' pass-1 choices say (same country, nearby), so "Georgia"
 * beside "Atlanta" becomes the US state. One name keeps one sense within a document.
 */
export function resolvePlaces(
  allMatches: readonly PlaceMatch[],
  countryHints: readonly string[],
): ResolvedPlace[] {
  // Names held at a sentence start take no part in the passes: they never place the others.
  const matches = allMatches.filter((m) => !m.heldFor);
  const hints = new Set(countryHints);
  const candidatesOf = (m: PlaceMatch) => m.candidates.slice(0, MAX_CANDIDATES);
  // Countries the document names count as hints too, when the name can only be the country:
  // "Georgia" (a country and a US state) must not vote for itself.
  for (const m of matches) {
    const candidates = candidatesOf(m);
    const country = candidates.find((c) => c.kind === "country");
    const rival = candidates.some((c) => c.kind !== "country" && c.kind !== "city" && c.kind !== "admin2");
    if (country?.country && !rival) hints.add(country.country);
  }
  const firstPass = new Map<PlaceMatch, GazetteerEntry>();
  for (const m of matches) {
    let best: GazetteerEntry | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    const candidates = candidatesOf(m);
    for (const c of candidates) {
      let score = priorOf(c) + coreCityBonus(c, candidates) + localBonus(m, c);
      if (c.country && hints.has(c.country)) score += HINTED_COUNTRY_BONUS;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) firstPass.set(m, best);
  }
  // The dateline's places (first choices) say where the story is: their country and division.
  // Only a dateline name that is not itself ambiguous across countries ("Wis.", not "ST. LOUIS",
  // which is also in Senegal): an ambiguous one would vote for its own first guess.
  const datelineAdmin1s = new Set<string>();
  for (const [m, p] of firstPass) {
    if (!m.isDateline || p.kind === "country" || !p.country) continue;
    if (candidatesOf(m).some((c) => c.country !== p.country)) continue;
    if (p.admin1) datelineAdmin1s.add(admin1Key(p));
    hints.add(p.country);
  }
  // Pass 2, once per name (one sense per document): context from the other names' first choices.
  const groups = new Map<string, PlaceMatch[]>();
  for (const m of matches) {
    const group = groups.get(m.key);
    if (group) group.push(m);
    else groups.set(m.key, [m]);
  }
  // Pass 2 reads the other names' first choices. Pass 3 reads their pass-2 choices and may move a
  // name only into the division most of those lie in: a name first taken for a big namesake
  // elsewhere ("Fulton County", Georgia's, beside "Illinois") then no longer pulls its neighbours
  // ("Canton") to that state, and no name leaves the story's division by following a neighbour.
  const passContext = { hints, datelineAdmin1s, candidatesOf };
  const second = chooseInContext(groups, firstPass, passContext).chosenByKey;
  const secondByMatch = new Map<PlaceMatch, GazetteerEntry>();
  for (const [key, group] of groups) {
    const chosen = second.get(key);
    if (chosen) for (const m of group) secondByMatch.set(m, chosen);
  }
  const third = chooseInContext(groups, secondByMatch, passContext);
  // It may also move a city with districts (CITY_PART_MIN_CITY) back to its first choice when no
  // other name's pass-2 choice lies in the country pass 2 moved it to: "Boston" pulled to
  // England's town by "Dorchester" (first taken for Dorset's) returns to Massachusetts' capital
  // once "Dorchester" itself moved beside it, for the support that pulled it away is gone. (Not
  // a smaller name: two small names would only swap places again.)
  const chosenByKey = new Map(second);
  for (const [key, place] of third.chosenByKey) {
    if (place === second.get(key)) continue;
    const storyAdmin1 = mainAdmin1(third.keysByEntry, key);
    const intoStory = storyAdmin1 !== null && place.admin1 !== null && admin1Key(place) === storyAdmin1;
    const backToFirst =
      (place.population ?? 0) >= CITY_PART_MIN_CITY &&
      (groups.get(key) ?? []).every((m) => firstPass.get(m) === place) &&
      !hasSupportIn(third.keysByEntry, key, second.get(key)?.country ?? null);
    if (intoStory || backToFirst) chosenByKey.set(key, place);
  }
  const keysByEntry = third.keysByEntry;
  dropDoubtfulChoices(chosenByKey, { hints, groups, keysByEntry });
  placeHeldBesideAnchors(
    allMatches.filter((m) => m.heldFor !== undefined),
    chosenByKey,
  );
  return allMatches.flatMap((match) => {
    const place = chosenByKey.get(match.key);
    return place ? [{ match, place }] : [];
  });
}

interface PassContext {
  readonly hints: ReadonlySet<string>;
  readonly datelineAdmin1s: ReadonlySet<string>;
  readonly candidatesOf: (m: PlaceMatch) => readonly GazetteerEntry[];
}

/**
 * One context pass: each name (once per document) scored with what the other names' previous
 * choices say (same country, same division, nearby, listed with it).
 */
function chooseInContext(
  groups: ReadonlyMap<string, readonly PlaceMatch[]>,
  previous: ReadonlyMap<PlaceMatch, GazetteerEntry>,
  { hints, datelineAdmin1s, candidatesOf }: PassContext,
): { chosenByKey: Map<string, GazetteerEntry>; keysByEntry: Map<GazetteerEntry, Set<string>> } {
  // Which names chose each entry in pass 1: "the other names' choices" for one name are then the
  // distinct entries, not a walk over every mention of the document for every name.
  const keysByEntry = new Map<GazetteerEntry, Set<string>>();
  for (const [o, p] of previous) {
    // A village known only from its post office is too doubtful to place the others.
    if (p.source === POSTAL_TOWN_SOURCE) continue;
    const keys = keysByEntry.get(p);
    if (keys) keys.add(o.key);
    else keysByEntry.set(p, new Set([o.key]));
  }
  const chosenByKey = new Map<string, GazetteerEntry>();
  for (const [key, group] of groups) {
    const candidates = candidatesOf(group[0]!);
    if (candidates.length <= 1) {
      if (candidates[0]) chosenByKey.set(key, candidates[0]);
      continue;
    }
    const others = new Set<GazetteerEntry>();
    for (const [p, keys] of keysByEntry) if (keys.size > 1 || !keys.has(key)) others.add(p);
    const otherCountries = new Set(
      [...others].filter((p) => p.kind !== "country" && p.country).map((p) => p.country),
    );
    const nearbyAnchors = [...others].filter((p) => p.kind !== "country" && p.kind !== "continent");
    const bigCities = [...others].filter((p) => isTown(p) && (p.population ?? 0) >= CITY_PART_MIN_CITY);
    // "Springfield" beside "Peoria" and "Ill.": the other names' first-level divisions.
    const otherAdmin1s = new Set(
      [...others].filter((p) => p.kind !== "country" && p.admin1 && p.country).map(admin1Key),
    );
    const story = storyDivision(keysByEntry, key);
    const siblingKinds = new Set<string>();
    const siblingTowns: GazetteerEntry[] = [];
    for (const m of group) {
      for (const sibling of m.siblings) {
        const kind = previous.get(sibling)?.kind;
        if (kind && sibling.key !== key) siblingKinds.add(kind);
        const town = previous.get(sibling);
        // Every town the listed name could be, not only its first choice: "Peoria and Pekin" are
        // the two Illinois towns though each alone first reads elsewhere (Arizona, Beijing).
        if (town && sibling.key !== key && isTown(town))
          for (const c of candidatesOf(sibling)) if (isTown(c)) siblingTowns.push(c);
      }
    }
    // ("New York City and Florida": a name first taken for a state or a country keeps it.)
    const ownFirst = previous.get(group[0]!);
    const nearListedTown = siblingTowns.length > 0 && !!ownFirst && !REGION_KINDS.has(ownFirst.kind);
    let best: GazetteerEntry | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const c of candidates) {
      let score = priorOf(c) + coreCityBonus(c, candidates);
      // Lists of states or countries ("Texas and Georgia"); a town in a list ("New York City and
      // Florida") must not pull a state's name to a namesake town.
      if (siblingKinds.has(c.kind) && c.kind !== "city") score += LIST_KIND_BONUS;
      if (nearListedTown && isTown(c) && siblingTowns.some((p) => distanceKm(p, c) < NEAR_KM))
        score += LIST_NEAR_BONUS;
      // Every mention of the name votes with its own local pattern ("Paris, Texas" once is enough).
      let local = 0;
      for (const m of group) local = Math.max(local, localBonus(m, c));
      score += local;
      if (c.country && hints.has(c.country)) score += HINTED_COUNTRY_BONUS;
      if (c.country && otherCountries.has(c.country)) score += CONTEXT_COUNTRY_BONUS;
      if (nearbyAnchors.some((p) => distanceKm(p, c) < NEAR_KM)) score += NEAR_PLACE_BONUS;
      if (isTown(c) && bigCities.some((city) => isPartOfCity(c, city))) score += CITY_PART_BONUS;
      if (c.kind !== "country" && c.admin1 && otherAdmin1s.has(admin1Key(c))) score += SAME_ADMIN1_BONUS;
      if (story !== null && c.kind !== "country" && c.admin1 && admin1Key(c) === story.division)
        score += storyAdmin1Bonus(story.names);
      if (c.kind !== "country" && c.admin1 && datelineAdmin1s.has(admin1Key(c)))
        score += DATELINE_ADMIN1_BONUS;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) chosenByKey.set(key, best);
  }
  return { chosenByKey, keysByEntry };
}

/** Whether a name other than `key` chose a place in `country` (the country itself included). */
function hasSupportIn(
  keysByEntry: ReadonlyMap<GazetteerEntry, ReadonlySet<string>>,
  key: string,
  country: string | null,
): boolean {
  for (const [p, keys] of keysByEntry)
    if (p.country === country && (keys.size > 1 || !keys.has(key))) return true;
  return false;
}

const REGION_KINDS: ReadonlySet<string> = new Set(["country", "admin1", "continent", "region", "disputed"]);
const isTown = (p: GazetteerEntry) => p.kind === "city" || p.kind === "capital";
/** A smaller town or district within CITY_PART_KM of `city`: "Lincoln Park" of Chicago. */
const isPartOfCity = (c: GazetteerEntry, city: GazetteerEntry) =>
  c !== city && (c.population ?? 0) < (city.population ?? 0) && distanceKm(c, city) < CITY_PART_KM;

/** The population baseline of bench/geo: the most populous candidate, whatever the context. */
export function resolveByPopulation(matches: readonly PlaceMatch[]): ResolvedPlace[] {
  return matches.filter((match) => !match.heldFor).map((match) => ({ match, place: match.candidates[0]! }));
}
