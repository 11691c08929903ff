// Where a document is: the place its local names gather in. Used to place what the gazetteer
// cannot (streets and buildings, townships it lacks) where a local story's other places are.
import type { GazetteerEntry } from "../gazetteer/index.ts";
import type { ResolvedPlace } from "./place-resolution.ts";

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
