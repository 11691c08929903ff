// Names made only of words of position: "the North Side", "the Upper West Side", "the West
// Coast", "the East End". The gazetteer files some of them as divisions or towns of one country
// ("North Side", Anguilla; "Upper West", Ghana; "West Coast", New Zealand); in a story about
// another country they are a side of the story's own place, and are placed there.
import { documentFocus, placedAtFocus } from "./document-focus.ts";
import type { ResolvedPlace } from "./place-resolution.ts";

/** Words of position and of a side: a name of these alone says where, not which place. */
const POSITION_WORDS: ReadonlySet<string> = new Set(
  "north south east west upper lower central middle northern southern eastern western northeast northwest southeast southwest far near inner outer side sides coast end".split(
    " ",
  ),
);
/** A town this large is known by its own name whatever its words. */
const POSITION_NAME_MAX_POPULATION = 100_000;
/** Kinds of entry a position name may be filed as. */
const POSITION_NAME_KINDS: ReadonlySet<string> = new Set(["city", "admin1", "admin2"]);

function isNamedByPositionOnly({ place }: ResolvedPlace): boolean {
  if (!POSITION_NAME_KINDS.has(place.kind)) return false;
  if ((place.population ?? 0) >= POSITION_NAME_MAX_POPULATION && place.kind === "city") return false;
  return place.name
    .toLowerCase()
    .split(/[\s-]+/)
    .every((word) => POSITION_WORDS.has(word));
}

/**
 * Re-places a position name filed in a country none of the document's other names lie in at
 * the document's focus (its most named local place, see documentFocus); the name stays the
 * text's. "Chicago's North Side" is Chicago's, "the West Coast" in a New Zealand story New
 * Zealand's region.
 */
export function placeSideNames(resolved: readonly ResolvedPlace[]): ResolvedPlace[] {
  if (!resolved.some(isNamedByPositionOnly)) return [...resolved];
  const others = resolved.filter((r) => !isNamedByPositionOnly(r));
  const focus = documentFocus(others);
  if (!focus) return [...resolved];
  const countries = new Set(others.map((r) => r.place.country));
  return resolved.map((r) => {
    if (!isNamedByPositionOnly(r) || countries.has(r.place.country)) return r;
    return placedAtFocus(r, focus, "a side of the story's place");
  });
}
