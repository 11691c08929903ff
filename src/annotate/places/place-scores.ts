// How each candidate of a place name scores: its size and kind (the prior), the words around
// the mention ("Paris, Texas", "Washington state", "Atlanta Mayor", a dateline), and the weights
// place-resolution.ts adds for what the document's other names say; and the first-level division
// a story is about. All weights live here, as one set.
import type { GazetteerEntry } from "../gazetteer/index.ts";
import type { PlaceMatch } from "./place-candidates.ts";
import { ADMIN_WORDS, CITY_WORDS } from "./place-evidence.ts";
import { isWithin } from "./place-within.ts";

// Score weights, in units of one order of magnitude of population. Tuned together by hand on
// bench/geo (GeoVirus) and the golden place cases; change them as a set and re-run both.
/** Curated regions count as this many people: they outrank towns of the same name. */
export const AREA_POPULATION_EQUIVALENT = 1e8;
/**
 * A curated region or water inside one first-level division ("Long Island", New York; "Puget
 * Sound") counts as a city of this many people (with its KIND_BONUS): it outranks towns and small
 * divisions of its name ("Long Island", a district of the Bahamas) unless the document points to
 * them (their country named, a "Name, Country" pair), which a world region's
 * AREA_POPULATION_EQUIVALENT would outweigh. Set by hand so that naming the country is enough.
 */
export const SUBNATIONAL_AREA_EQUIVALENT = 1e5;
/**
 * A country counts as at least this many people (its own population is the sum of its towns of
 * 1,000+): with KIND_BONUS.country it beats its namesakes unless the document points elsewhere
 * ("Georgia" among US states is the state).
 */
export const COUNTRY_POPULATION_FLOOR = 1e7;
/**
 * A town of unknown population counts as this many: every town the gazetteer files has at least
 * this many people (cities1000) or is a neighbourhood of a city ("Harlem", "Logan Square"), and
 * must not lose to every namesake village before context is weighed.
 */
export const TOWN_POPULATION_FLOOR = 1_000;
/** A division of unknown population (one GeoNames has no towns for) holds at least a few towns. */
export const DIVISION_POPULATION_FLOOR = 10_000;
export const KIND_BONUS: Readonly<Record<string, number>> = {
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
export const ADMIN_SEAT_BONUS = 1.2;
/**
 * "New York", "São Paulo": a city holding at least this share of the people of the same-named
 * admin-1 region around it is what the bare name means in news; the region needs a kind word
 * ("New York state", "governor of New York", KIND_WORD_BONUS outweighs this). Quebec City (6%
 * of its province) stays below, so "Quebec" stays the province.
 */
export const CORE_CITY_SHARE = 0.25;
export const CORE_CITY_BONUS = 1.5;
/** The candidate lies in a country the document names (or that the caller passed as a hint). */
export const HINTED_COUNTRY_BONUS = 2.5;
/** The candidate lies in the country of another place the document names unambiguously. */
export const CONTEXT_COUNTRY_BONUS = 1.5;
/** Another place named in the document lies within NEAR_KM of the candidate. */
export const NEAR_PLACE_BONUS = 1.5;
export const NEAR_KM = 250;
/** "Paris, Texas": the next name after a comma contains the candidate. */
export const CONTAINER_BONUS = 6;
/** "Washington state", "Punjab province": the word after the name says the kind of place. */
export const KIND_WORD_BONUS = 3;
/** A dateline names a capital or a big city ("VIENNA (Reuters)" is not Vienna, Virginia). */
export const DATELINE_BONUS = 3;
export const DATELINE_MIN_POPULATION = 500_000;
/** Another member of the same list ("Texas and Georgia") was first taken for this kind of place. */
export const LIST_KIND_BONUS = 2;
/**
 * A town listed with another town ("Carbondale and Cairo", "Pekin and Morton") lies near it:
 * lists of towns are local. Added to a town candidate within NEAR_KM of any town the listed
 * name could be (not only its first choice: "Peoria and Pekin" are Illinois', though Pekin alone
 * reads Beijing); "Paris and London" stay the capitals, which outweigh it. Set by hand to
 * outweigh about three orders of magnitude of population; checked on bench/geo.
 */
export const LIST_NEAR_BONUS = 3;
/**
 * The candidate lies in the first-level division (state, province) of another place the
 * document names, or is that division: local news names places of one state ("Peoria",
 * "Springfield, Ill."), and a name and its short form ("Washington" ... "Wash.") one place.
 */
export const SAME_ADMIN1_BONUS = 1;
/**
 * The candidate lies in (or is) the first-level division of the story's dateline ("CAMP MURRAY,
 * Wash. —", "PEORIA, Ill. (AP)"): a local story's ambiguous names are mostly in its own state.
 * The dateline's country counts as a country the document names (HINTED_COUNTRY_BONUS).
 */
export const DATELINE_ADMIN1_BONUS = 1.5;
/**
 * The candidate lies in the division most of the document's other names lie in (see mainAdmin1):
 * local news names its own state's towns, and a namesake elsewhere needs far more people to win.
 */
export const STORY_ADMIN1_BONUS = 1.5;
export const STORY_ADMIN1_MIN_NAMES = 2;
/**
 * Each further name in the story's division beyond STORY_ADMIN1_MIN_NAMES makes the story surer
 * of it: "Vienna" in a story naming Manassas, Haymarket and Virginia is Vienna, Virginia, though
 * Austria's capital is a hundred times bigger. Capped so that a capital the text ties to its own
 * country ("Vienna, Austria", a hint) still wins.
 */
export const STORY_ADMIN1_BONUS_PER_NAME = 0.5;
export const STORY_ADMIN1_MAX_EXTRA = 1.5;
/**
 * The candidate is a town or district lying within CITY_PART_KM of a city of CITY_PART_MIN_CITY
 * people or more that the document names: "Lincoln Park" beside "Chicago", "Harlem" beside "New
 * York", "Arlington" beside "Washington" are the city's district or suburb, not a bigger namesake
 * elsewhere. As strong as a listed town's nearness (LIST_NEAR_BONUS); the distance is about a big
 * city's radius, the size that of a city with named districts. Set by that, checked on bench/geo.
 */
export const CITY_PART_BONUS = 3;
export const CITY_PART_KM = 20;
export const CITY_PART_MIN_CITY = 100_000;
/** Candidates kept per name (by population) before scoring: beyond this they never win. */
export const MAX_CANDIDATES = 40;

/**
 * Offices and bodies named after their seat: "New York Governor", "Ohio lawmakers" are the
 * state's; "Atlanta Mayor", "Denver police" the city's (the word after the name, lowercased).
 */
export const ADMIN_OFFICE_WORDS: ReadonlySet<string> = new Set([
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
export const CITY_OFFICE_WORDS: ReadonlySet<string> = new Set([
  "mayor",
  "councilman",
  "councilwoman",
  "alderman",
]);
/** "governor of Georgia", "the province of Punjab": the words before say the kind of place. */
export const ADMIN_PREFIXES: ReadonlySet<string> = new Set([
  "governor of",
  "state of",
  "province of",
  "county of",
  "governorate of",
  "region of",
  "provinces of",
  "states of",
]);

export function priorOf(c: GazetteerEntry): number {
  const isArea = c.kind === "continent" || c.kind === "region" || c.kind === "water" || c.kind === "disputed";
  const isSubnationalArea = (c.kind === "region" || c.kind === "water") && c.admin1 !== null;
  const floor = isArea
    ? isSubnationalArea
      ? SUBNATIONAL_AREA_EQUIVALENT
      : AREA_POPULATION_EQUIVALENT
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
export function coreCityBonus(c: GazetteerEntry, candidates: readonly GazetteerEntry[]): number {
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

export function localBonus(match: PlaceMatch, c: GazetteerEntry): number {
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
  // "upstate New York", "eastern Washington" name part of a state; "downtown
  // Washington", "metro Atlanta" part of a city.
  // (Not over a country of the name: "southern Mexico" is the country's south.)
  if (
    c.kind === "admin1" &&
    REGION_PART_WORDS.has(match.previousWord) &&
    !match.candidates.some((k) => k.kind === "country")
  )
    bonus += KIND_WORD_BONUS;
  if (isTown && CITY_PART_WORDS.has(match.previousWord)) bonus += KIND_WORD_BONUS;
  return bonus;
}

/** Words before a name that take a part of a state (first-order division). */
const REGION_PART_WORDS: ReadonlySet<string> = new Set(
  "northern southern eastern western upstate downstate northeastern northwestern southeastern southwestern".split(
    " ",
  ),
);
/** Words before a name that take a part of a city. */
const CITY_PART_WORDS: ReadonlySet<string> = new Set(["downtown", "uptown", "metro", "suburban"]);

export const admin1Key = (p: GazetteerEntry) => `${p.country}|${p.admin1}`;

/** STORY_ADMIN1_BONUS and its extra for the names beyond the minimum. */
export function storyAdmin1Bonus(names: number): number {
  const extra = (names - STORY_ADMIN1_MIN_NAMES) * STORY_ADMIN1_BONUS_PER_NAME;
  return STORY_ADMIN1_BONUS + Math.min(STORY_ADMIN1_MAX_EXTRA, Math.max(0, extra));
}

/**
 * The first-level division the story is about: the one holding (or being) the first choices of
 * the most other names, when at least STORY_ADMIN1_MIN_NAMES do and no other division ties.
 * "Lincoln beat Columbus" in a story naming Omaha and Kearney is Columbus, Nebraska.
 */
export function mainAdmin1(
  keysByEntry: ReadonlyMap<GazetteerEntry, ReadonlySet<string>>,
  key: string,
): string | null {
  return storyDivision(keysByEntry, key)?.division ?? null;
}

/** The story's division (see mainAdmin1) with how many of the other names lie in it. */
export function storyDivision(
  keysByEntry: ReadonlyMap<GazetteerEntry, ReadonlySet<string>>,
  key: string,
): { division: string; names: number } | null {
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
  return best !== null && bestCount >= STORY_ADMIN1_MIN_NAMES && !tie
    ? { division: best, names: bestCount }
    : null;
}
