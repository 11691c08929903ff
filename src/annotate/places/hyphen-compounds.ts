// A name inside a hyphenated word ("Hamas-run", "Sydney-based", "Bedford-Stuyvesant"): whether it
// is a place named in the text, a modifier inside one compound word, or part of a longer name
// (place-filters.ts asks before it believes a candidate).
import type { Gazetteer } from "../gazetteer/index.ts";
import { isAcronymText, toNameKey } from "../gazetteer/name-key.ts";

export const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
export const HYPHENS = "-‐‑";
const isLowercaseLetter = (ch: string | undefined) => ch !== undefined && /\p{Ll}/u.test(ch);

/**
 * A place inside a hyphenated compound is believed when it is a country, capital or region, or a
 * city at least this large: bench/geo (GeoVirus) counts "Denver-based", "Sydney-based" as places,
 * while the names of small towns in compounds are other words ("Hamas-run", "Kim-led").
 */
export const HYPHEN_COMPOUND_MIN_POPULATION = 500_000;
/**
 * "Hamas-run", "Moscow-backed", "pro-Kyiv": a name joined by a hyphen (no space) to a lowercase
 * word is a modifier inside one compound word, not a place named in the text. (A hyphenated
 * place name such as "Guinea-Bissau" is matched whole, before this test sees its parts.)
 */
export function isInHyphenCompound(text: string, start: number, end: number): boolean {
  if (HYPHENS.includes(text[end] ?? " ") && isLowercaseLetter(text[end + 1])) return true;
  if (!HYPHENS.includes(text[start - 1] ?? " ")) return false;
  // The word before the hyphen must be all lowercase: "pro-Kyiv", but "Al-Fashir" is a name.
  let wordStart = start - 1;
  while (wordStart > 0 && isWordChar(text[wordStart - 1])) wordStart--;
  return wordStart < start - 1 && isLowercaseLetter(text[wordStart]);
}

/**
 * Lowercase words that, joined by a hyphen after a name, say where something is, comes from or
 * goes: "Sydney-based", "Atlanta-area", "Ohio-born", "Moscow-bound", "Panama-registered". Unlike
 * "Hamas-run" or "Moscow-backed" (an actor doing something), the name is a place here, whatever
 * its size.
 */
const PLACE_COMPOUND_WORDS: ReadonlySet<string> = new Set(
  "based area born bred raised bound headquartered registered flagged made native region wide".split(" "),
);

/** True when the name ending at `end` heads a place compound ("Atlanta-area", "Peoria-based"). */
export function isPlaceCompound(text: string, end: number): boolean {
  if (!HYPHENS.includes(text[end] ?? " ")) return false;
  const word = /^\p{Ll}+/u.exec(text.slice(end + 1, end + 20))?.[0];
  return word !== undefined && PLACE_COMPOUND_WORDS.has(word) && !isWordChar(text[end + 1 + word.length]);
}

/**
 * True when the name ending at `end` is followed by a hyphen and a capitalized word that is no
 * place, adjective or demonym ("Bedford-Stuyvesant"); "Israel-Gaza", "Nelson-Creston" join places.
 */
export function isBeforeHyphenatedName(text: string, end: number, gazetteer: Gazetteer): boolean {
  if (!HYPHENS.includes(text[end] ?? " ")) return false;
  const word = /^\p{Lu}[\p{L}'’]*/u.exec(text.slice(end + 1, end + 40))?.[0];
  if (!word) return false;
  const key = toNameKey(word);
  return (
    gazetteer.lookupKey(key, isAcronymText(word)).length === 0 &&
    !gazetteer.isDemonymKey(key) &&
    gazetteer.placeOfAdjective(key) === null
  );
}
