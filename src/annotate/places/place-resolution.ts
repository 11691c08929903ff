// Step 2 of place recognition: choose, for each matched name, the place it most likely means,
// from how big and important each candidate is and what else the document names: the
// countries it mentions, the places near each candidate, and "City, Region" pairs.
import { type GazetteerEntry, POSTAL_TOWN_SOURCE } from "../gazetteer/index.ts";
import type { PlaceMatch } from "./place-candidates.ts";
import {
  ADMIN_WORDS,
  CITY_WORDS,
  distanceKm,
  hasStateEvidence,
  hasTownEvidence,
  isFarSmallPlace,
  isPersonLikeTown,
  isSmallLoneTown,
} from "./place-evidence.ts";
import { isWithin } from "./place-within.ts";

// Score weights, in units of one order of magnitude of population. Tuned together by hand on
// bench/geo (GeoVirus) and the golden place cases; change them as a set and re-run both.
/** Curated regions count as this many people: they outrank towns of the same name. */
const AREA_POPULATION_EQUIVALENT = 1e8;
/**
 * A country counts as at least this many people (its own population is the sum of its towns of
 * 1,000+): with KIND_BONUS.country it beats its namesakes unless the document points elsewhere
 * ("Georgia" among US states is the state).
 */
const COUNTRY_POPULATION_FLOOR = 1e7;
/**
 * A town of unknown population counts as this many: every town the gazetteer files has at least
 * this many people (cities1000) or is a neighbourhood of a city ("Harlem", "Logan Square"), and
 * must not lose to every namesake village before context is weighed.
 */
const TOWN_POPULATION_FLOOR = 1_000;
/** A division of unknown population (one GeoNames has no towns for) holds at least a few towns. */
const DIVISION_POPULATION_FLOOR = 10_000;
const KIND_BONUS: Readonly<Record<string, number>> = {
  // A country's name nearly always means the country ("Niger" beside "Nigeria" is not Niger State).
  country: 4,
  // Curated areas are the famous sense of their name ("Pacific" the ocean, not Pacific, WA).
  continent: 3,
  region: 3,
  water: 3,
  disputed: 3,
  capital: 2,
  admin1: 0.6,
  admin2: -0.5,
  city: 0,
};
/** Seat of an admin region (GeoNames PPLA): likelier than a town of its size, and than the region
 * named after it ("Kharkiv" in news is the city, not the oblast). */
const ADMIN_SEAT_BONUS = 1.2;
/**
 * "New York", "São Paulo": a city holding at least this share of the people of the same-named
 * admin-1 region around it is what the bare name means in news; the region needs a kind word
 * ("New York state", "governor of New York", KIND_WORD_BONUS outweighs this). Quebec City (6%
 * of its province) stays below, so "Quebec" stays the province.
 */
const CORE_CITY_SHARE = 0.25;
const CORE_CITY_BONUS = 1.5;
/** The candidate lies in a country the document names (or that the caller passed as a hint). */
const HINTED_COUNTRY_BONUS = 2.5;
/** The candidate lies in the country of another place the document names unambiguously. */
const CONTEXT_COUNTRY_BONUS = 1.5;
/** Another place named in the document lies within NEAR_KM of the candidate. */
const NEAR_PLACE_BONUS = 1.5;
const NEAR_KM = 250;
/** "Paris, Texas": the next name after a comma contains the candidate. */
const CONTAINER_BONUS = 6;
/** "Washington state", "Punjab province": the word after the name says the kind of place. */
const KIND_WORD_BONUS = 3;
/** A dateline names a capital or a big city ("VIENNA (Reuters)" is not Vienna, Virginia). */
const DATELINE_BONUS = 3;
const DATELINE_MIN_POPULATION = 500_000;
/** Another member of the same list ("Texas and Georgia") was first taken for this kind of place. */
const LIST_KIND_BONUS = 2;
/**
 * The candidate lies in the first-level division (state, province) of another place the
 * document names, or is that division: local news names places of one state ("Peoria",
 * "Springfield, Ill."), and a name and its short form ("Washington" ... "Wash.") one place.
 */
const SAME_ADMIN1_BONUS = 1;
/**
 * The candidate lies in (or is) the first-level division of the story's dateline ("CAMP MURRAY,
 * Wash. —", "PEORIA, Ill. (AP)"): a local story's ambiguous names are mostly in its own state.
 * The dateline's country counts as a country the document names (HINTED_COUNTRY_BONUS).
 */
const DATELINE_ADMIN1_BONUS = 1.5;
/**
 * The candidate lies in the division most of the document's other names lie in (see mainAdmin1):
 * local news names its own state's towns, and a namesake elsewhere needs far more people to win.
 */
const STORY_ADMIN1_BONUS = 1.5;
const STORY_ADMIN1_MIN_NAMES = 2;
/** Candidates kept per name (by population) before scoring: beyond this they never win. */
const MAX_CANDIDATES = 40;

/**
 * Offices and bodies named after their seat: "New York Governor", "Ohio lawmakers" are the
 * state's; "Atlanta Mayor", "Denver police" the city's (the word after the name, lowercased).
 */
const ADMIN_OFFICE_WORDS: ReadonlySet<string> = new Set([
  "governor",
  "gov.",
  "legislature",
  "legislators",
  "lawmakers",
  "statehouse",
  "senate",
  "assembly",
  "senator",
  "sen.",
  "premier",
]);
const CITY_OFFICE_WORDS: ReadonlySet<string> = new Set(["mayor", "councilman", "councilwoman", "alderman"]);
/** "governor of Georgia", "the province of Punjab": the words before say the kind of place. */
const ADMIN_PREFIXES: ReadonlySet<string> = new Set([
  "governor of",
  "state of",
  "province of",
  "county of",
  "governorate of",
  "region of",
  "provinces of",
  "states of",
]);

export { distanceKm } from "./place-evidence.ts";

export interface ResolvedPlace {
  readonly match: PlaceMatch;
  readonly place: GazetteerEntry;
}

function priorOf(c: GazetteerEntry): number {
  const isArea = c.kind === "continent" || c.kind === "region" || c.kind === "water" || c.kind === "disputed";
  const floor = isArea
    ? AREA_POPULATION_EQUIVALENT
    : c.kind === "country"
      ? COUNTRY_POPULATION_FLOOR
      : c.kind === "city"
        ? TOWN_POPULATION_FLOOR
        : c.kind === "admin1" || c.kind === "admin2"
          ? DIVISION_POPULATION_FLOOR
          : 0;
  const population = Math.max(c.population ?? 0, floor);
  let score = Math.log10(population + 1) + (KIND_BONUS[c.kind] ?? 0);
  if (c.featureCode === "PPLA") score += ADMIN_SEAT_BONUS;
  return score;
}

/** CORE_CITY_BONUS for a city that is the core of a same-named region among the candidates. */
function coreCityBonus(c: GazetteerEntry, candidates: readonly GazetteerEntry[]): number {
  if (c.kind !== "city" && c.kind !== "capital") return 0;
  const isCore = candidates.some(
    (region) =>
      region.kind === "admin1" &&
      region.country === c.country &&
      region.admin1 === c.admin1 &&
      (c.population ?? 0) >= (region.population ?? Number.POSITIVE_INFINITY) * CORE_CITY_SHARE,
  );
  return isCore ? CORE_CITY_BONUS : 0;
}

function localBonus(match: PlaceMatch, c: GazetteerEntry): number {
  let bonus = 0;
  // "Paris, Texas" but not a list "Washington, Pennsylvania, Ohio": a list has a third member.
  const next = match.commaNext;
  const previous = match.commaPrevious;
  const isList = Boolean((previous && next) || next?.commaNext || previous?.commaPrevious);
  if (!isList && next?.candidates.some((container) => isWithin(c, container))) bonus += CONTAINER_BONUS;
  // ... and Texas in "Paris, Texas" is the region holding one of the Parises.
  if (!isList && previous?.candidates.some((held) => isWithin(held, c))) bonus += CONTAINER_BONUS;
  if (match.isDateline && (c.kind === "capital" || (c.population ?? 0) >= DATELINE_MIN_POPULATION)) {
    bonus += DATELINE_BONUS;
  }
  const isAdmin = c.kind === "admin1" || c.kind === "admin2";
  if (isAdmin && (ADMIN_WORDS.has(match.nextWord) || ADMIN_PREFIXES.has(match.previousWords))) {
    bonus += KIND_WORD_BONUS;
  }
  if (c.kind === "admin1" && ADMIN_OFFICE_WORDS.has(match.nextWord)) bonus += KIND_WORD_BONUS;
  const isTown = c.kind === "city" || c.kind === "capital";
  if (isTown && (CITY_WORDS.has(match.nextWord) || CITY_OFFICE_WORDS.has(match.nextWord)))
    bonus += KIND_WORD_BONUS;
  return bonus;
}

/**
 * Picks a place for every match. Pass 1 scores each name alone (prior, hints, local pattern);
 * pass 2 adds what the other names' pass-1 choices say (same country, nearby), so "Georgia"
 * beside "Atlanta" becomes the US state. One name keeps one sense within a document.
 */
export function resolvePlaces(
  matches: readonly PlaceMatch[],
  countryHints: readonly string[],
): ResolvedPlace[] {
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
  // Which names chose each entry in pass 1: "the other names' choices" for one name are then the
  // distinct entries, not a walk over every mention of the document for every name.
  const keysByEntry = new Map<GazetteerEntry, Set<string>>();
  for (const [o, p] of firstPass) {
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
    // "Springfield" beside "Peoria" and "Ill.": the other names' first-level divisions.
    const otherAdmin1s = new Set(
      [...others].filter((p) => p.kind !== "country" && p.admin1 && p.country).map(admin1Key),
    );
    const storyAdmin1 = mainAdmin1(keysByEntry, key);
    const siblingKinds = new Set<string>();
    for (const m of group) {
      for (const sibling of m.siblings) {
        const kind = firstPass.get(sibling)?.kind;
        if (kind && sibling.key !== key) siblingKinds.add(kind);
      }
    }
    let best: GazetteerEntry | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const c of candidates) {
      let score = priorOf(c) + coreCityBonus(c, candidates);
      // Lists of states or countries ("Texas and Georgia"); a town in a list ("New York City and
      // Florida") must not pull a state's name to a namesake town.
      if (siblingKinds.has(c.kind) && c.kind !== "city") score += LIST_KIND_BONUS;
      // Every mention of the name votes with its own local pattern ("Paris, Texas" once is enough).
      let local = 0;
      for (const m of group) local = Math.max(local, localBonus(m, c));
      score += local;
      if (c.country && hints.has(c.country)) score += HINTED_COUNTRY_BONUS;
      if (c.country && otherCountries.has(c.country)) score += CONTEXT_COUNTRY_BONUS;
      if (nearbyAnchors.some((p) => distanceKm(p, c) < NEAR_KM)) score += NEAR_PLACE_BONUS;
      if (c.kind !== "country" && c.admin1 && otherAdmin1s.has(admin1Key(c))) score += SAME_ADMIN1_BONUS;
      if (storyAdmin1 !== null && c.kind !== "country" && c.admin1 && admin1Key(c) === storyAdmin1)
        score += STORY_ADMIN1_BONUS;
      if (c.kind !== "country" && c.admin1 && datelineAdmin1s.has(admin1Key(c)))
        score += DATELINE_ADMIN1_BONUS;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) chosenByKey.set(key, best);
  }
  // Countries the document points to: hints, and the countries of its places that are not
  // themselves small lone towns (those must not vouch for each other).
  const documentCountries = new Set(hints);
  for (const [key, place] of chosenByKey) {
    if (place.country && !isSmallLoneTown(key, place)) documentCountries.add(place.country);
  }
  for (const [key, place] of chosenByKey) {
    if (!isSmallLoneTown(key, place)) continue;
    const group = groups.get(key) ?? [];
    const believed = group.some(
      (m) =>
        hasTownEvidence(m, place, documentCountries) ||
        // "in Moonbi, Parkes, Berry and Wyong": a list of places in one country the text names.
        m.siblings.some((sibling) => {
          const other = chosenByKey.get(sibling.key);
          return (
            other !== undefined &&
            other.country === place.country &&
            documentCountries.has(other.country ?? "")
          );
        }),
    );
    if (!believed) chosenByKey.delete(key);
  }
  // "in Clintonville" in a story about Ohio towns: a small town of another state (Wisconsin's)
  // that nothing else in the text puts in that state is a local place the gazetteer lacks.
  for (const [key, place] of chosenByKey) {
    if (!isSmallLoneTown(key, place) || !place.admin1) continue;
    const storyAdmin1 = mainAdmin1(keysByEntry, key);
    if (storyAdmin1 === null || storyAdmin1 === admin1Key(place)) continue;
    const stateNamed = [...chosenByKey].some(
      ([k, p]) => k !== key && p.kind !== "country" && p.admin1 && admin1Key(p) === admin1Key(place),
    );
    const qualified = (groups.get(key) ?? []).some((m) =>
      m.commaNext?.candidates.some((c) => isWithin(place, c)),
    );
    if (!stateNamed && !qualified) chosenByKey.delete(key);
  }
  // A village known only from its post office needs the text to place it in a state it names.
  for (const [key, place] of chosenByKey) {
    if (place.source !== POSTAL_TOWN_SOURCE) continue;
    const isPlacedInState = (k: string, p: GazetteerEntry | undefined) =>
      p !== undefined &&
      k !== key &&
      p.kind !== "country" &&
      p.source !== POSTAL_TOWN_SOURCE &&
      p.country === place.country &&
      p.admin1 === place.admin1;
    const stateNamed = [...chosenByKey].some(([k, p]) => isPlacedInState(k, p));
    const placedInState = (m: PlaceMatch) => isPlacedInState(m.key, chosenByKey.get(m.key));
    const group = groups.get(key) ?? [];
    if (!group.some((m) => hasStateEvidence(m, place, stateNamed, placedInState))) chosenByKey.delete(key);
  }
  // "Mary" (Turkmenistan), "Orlando": a town named like a person is believed when the text
  // places it (comma region, "the town of", a preposition of place) or another name in the
  // document lies in its country; "Mary agreed" in a story naming no Turkmen place is a person.
  for (const [key, place] of chosenByKey) {
    const group = groups.get(key) ?? [];
    if (!group.every((m) => m.isGivenName) || !isPersonLikeTown(place)) continue;
    const otherNamesCountry = [...chosenByKey].some(([k, p]) => k !== key && p.country === place.country);
    const placed = group.some((m) => hasTownEvidence(m, place, new Set([place.country ?? ""])));
    if (!otherNamesCountry && !placed && !hints.has(place.country ?? "")) chosenByKey.delete(key);
  }
  // Places in the document's own countries anchor it; a small foreign one far from all is doubtful.
  const anchors = [...chosenByKey.values()].filter(
    (p) => p.kind !== "country" && p.country !== null && documentCountries.has(p.country),
  );
  // How many names point to each country: a place must not vouch for its own country.
  const namesInCountry = new Map<string, number>();
  for (const place of chosenByKey.values()) {
    if (place.country) namesInCountry.set(place.country, (namesInCountry.get(place.country) ?? 0) + 1);
  }
  const isNamedElsewhere = (country: string) => hints.has(country) || (namesInCountry.get(country) ?? 0) > 1;
  if (anchors.length) {
    for (const [key, place] of chosenByKey) {
      if (!isFarSmallPlace(key, place, isNamedElsewhere, anchors)) continue;
      const group = groups.get(key) ?? [];
      if (!group.some((m) => m.commaNext?.candidates.some((c) => isWithin(place, c))))
        chosenByKey.delete(key);
    }
  }
  return matches.flatMap((match) => {
    const place = chosenByKey.get(match.key);
    return place ? [{ match, place }] : [];
  });
}

const admin1Key = (p: GazetteerEntry) => `${p.country}|${p.admin1}`;

/**
 * The first-level division the story is about: the one holding (or being) the first choices of
 * the most other names, when at least STORY_ADMIN1_MIN_NAMES do and no other division ties.
 * "Lincoln beat Columbus" in a story naming Omaha and Kearney is Columbus, Nebraska.
 */
function mainAdmin1(
  keysByEntry: ReadonlyMap<GazetteerEntry, ReadonlySet<string>>,
  key: string,
): string | null {
  const namesIn = new Map<string, Set<string>>();
  for (const [p, keys] of keysByEntry) {
    if (p.kind === "country" || !p.admin1 || !p.country) continue;
    const division = admin1Key(p);
    const names = namesIn.get(division) ?? new Set<string>();
    for (const k of keys) if (k !== key) names.add(k);
    namesIn.set(division, names);
  }
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [division, names] of namesIn) {
    if (names.size > bestCount) {
      best = division;
      bestCount = names.size;
      tie = false;
    } else if (names.size === bestCount) tie = true;
  }
  return bestCount >= STORY_ADMIN1_MIN_NAMES && !tie ? best : null;
}

/** The population baseline of bench/geo: the most populous candidate, whatever the context. */
export function resolveByPopulation(matches: readonly PlaceMatch[]): ResolvedPlace[] {
  return matches.map((match) => ({ match, place: match.candidates[0]! }));
}
