// A bare role right after a name that owns it takes that name's country: "the Trump
// administration", "Putin's government", "the Hamas militants", "Lagos police", "US-led forces". The name is a
// modifier of the role noun (nothing but a possessive between them), so it says whose the role is;
// another party of the sentence would stand apart from it (a verb, a preposition, a comma).
import type { Mention } from "../../types.ts";

// Between owner and role: nothing, a possessive ("Putin's", "Reuters’"), or "-led" ("US-led
// forces": led by that country; "Russian-backed" is not here, the backed are someone else).
const OWNER_GAP = /^\s*(?:['’]\s*s?\s*|-\s*led\s+)?$/i;
// A place right after one of these is where something happens, not the role's owner ("killed in
// Kabul police said" is rare; "a bomb in Kabul police ..." is not).
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|from|to|of|near|on|into|across|outside|inside|around)\s*$/i;
const OWNER_KINDS = new Set(["person", "state", "organization", "group", "agent", "place"]);

/**
 * The country of the name that modifies mention k ("Trump" in "the Trump administration"), with
 * the words that say so; null when the mention before it is no adjacent owner with a country.
 */
export function ownerCountryBefore(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
  k: number,
  text: string | undefined,
): { country: string; phrase: string } | null {
  const m = mentions[k]!;
  const prev = mentions[k - 1];
  if (!prev || text === undefined || !countries[k - 1] || prev.refersTo) return null;
  if (!OWNER_KINDS.has(prev.kind) || prev.sentenceIndex !== m.sentenceIndex || prev.end > m.start)
    return null;
  if (!OWNER_GAP.test(text.slice(prev.end, m.start))) return null;
  if (
    prev.kind === "place" &&
    PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start))
  )
    return null;
  return { country: countries[k - 1]!, phrase: text.slice(prev.start, m.end) };
}
