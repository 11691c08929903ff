// A county's name opening a building's or an institution's name in a story that names the county:
// "Jackson General Hospital", "Marion Middle School", "Wayne Memorial" beside "Jackson County",
// "Marion County", "Wayne County". Local institutions are named after the county they serve; read
// as the name's most populous town (Jackson, Mississippi) such a name lies far from the story and
// pulls the story's other towns there. It is held out of resolution and takes the county's place.
import type { PlaceMatch } from "./place-candidates.ts";
import { ADMIN_HEADS } from "./place-filters.ts";
import type { ResolvedPlace } from "./place-resolution.ts";

/** A division's name and kind word: "Jackson County", "Lafayette Parish". */
const NAME_AND_KIND = /^(.+) (\S+)$/u;
/** A capitalized word right after a name: the name opens a longer one ("Jackson General Hospital"). */
const OPENS_LONGER_NAME = /^ \p{Lu}\p{Ll}/u;

/** The county's own name of a match naming a county ("jackson" for "Jackson County"), or null. */
function countyNameOf(m: PlaceMatch): string | null {
  const parts = NAME_AND_KIND.exec(m.text);
  if (!parts || !ADMIN_HEADS.has(parts[2]!.toLowerCase())) return null;
  return m.candidates.some((c) => c.kind === "admin2") ? parts[1]!.toLowerCase() : null;
}

/**
 * Splits off the one-word names opening a longer capitalized name whose county the story names
 * ("Jackson" in "Jackson General Hospital" beside "Jackson County"): `held` maps each to that
 * county's own name; `rest` goes to resolution.
 */
export function holdCountyNamedThings(
  text: string,
  matches: readonly PlaceMatch[],
): { rest: PlaceMatch[]; held: Map<PlaceMatch, string> } {
  const countyNames = new Set(matches.map(countyNameOf).filter((n) => n !== null));
  const held = new Map<PlaceMatch, string>();
  if (countyNames.size === 0) return { rest: [...matches], held };
  const rest: PlaceMatch[] = [];
  for (const m of matches) {
    const name = m.text.toLowerCase();
    if (
      !m.text.includes(" ") &&
      countyNames.has(name) &&
      OPENS_LONGER_NAME.test(text.slice(m.end, m.end + 3))
    )
      held.set(m, name);
    else rest.push(m);
  }
  return { rest, held };
}

/** The held names placed where resolution put their county ("Jackson" at West Virginia's Jackson County). */
export function placeCountyNamedThings(
  resolved: readonly ResolvedPlace[],
  held: ReadonlyMap<PlaceMatch, string>,
): ResolvedPlace[] {
  if (held.size === 0) return [...resolved];
  const countyPlaces = new Map<string, ResolvedPlace["place"]>();
  for (const r of resolved) {
    const name = countyNameOf(r.match);
    if (name && r.place.kind === "admin2" && !countyPlaces.has(name)) countyPlaces.set(name, r.place);
  }
  const added: ResolvedPlace[] = [];
  for (const [match, name] of held) {
    const place = countyPlaces.get(name);
    if (place) added.push({ match, place });
  }
  return [...resolved, ...added].sort((a, b) => a.match.start - b.match.start);
}
