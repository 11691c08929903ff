// One normalization for every name the gazetteer stores and every span the recognizer tries, so
// "São Paulo", "Sao Paulo", "U.S." / "US" and "St. Louis" / "Saint Louis" meet on the same key.

const DIACRITICS = /\p{M}+/gu;
/** Apostrophes vanish: "Sana'a" / "Sanaa", "Kramators’k" / "Kramatorsk", "Mek'ele" / "Mekele". */
const APOSTROPHES = /['’‘`´ʼʻ]/g;
const DASHES = /[-‐‑‒–—]/g;
const DOTS_COMMAS = /[.,]/g;
const SPACES = /\s+/g;

/** "Saint" and "St." are the same word in place names (GeoNames writes both). A Map, not an
 * object literal: a key such as "constructor" must not find Object.prototype's members. */
const WORD_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["saint", "st"],
  ["sainte", "ste"],
  ["mount", "mt"],
  // "Ft. Worth", "Ft. Lauderdale": US local papers abbreviate Fort as they do Saint and Mount.
  ["fort", "ft"],
]);

/** Plain ASCII letters and single spaces: the common case, which needs no other step. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Lowercase, no diacritics, no apostrophes, no dots, hyphens as spaces, no leading "the". */
export function toNameKey(name: string): string {
  if (PLAIN_NAME.test(name)) return finishKey(name.toLowerCase());
  return finishKey(
    name
      .normalize("NFD")
      .replace(DIACRITICS, "")
      .toLowerCase()
      .replace(APOSTROPHES, "")
      .replace(DASHES, " ")
      .replace(DOTS_COMMAS, " ")
      .replace(SPACES, " ")
      .trim(),
  );
}

/** Words finishKey rewrites: initials and the WORD_SYNONYMS; most keys have none (fast path). */
const NEEDS_WORD_PASS = /(?:^| )(?:\p{L}|saint|sainte|mount|fort)(?: |$)/u;

function finishKey(lowered: string): string {
  let key = lowered;
  if (key.startsWith("the ")) key = key.slice(4);
  // One word (most keys): only a synonym can change it; skips the regex on the load's hot path.
  if (!key.includes(" ")) return WORD_SYNONYMS.get(key) ?? key;
  if (!NEEDS_WORD_PASS.test(key)) return key;
  // "U S" (from "U.S.") and "US" are one key: runs of single letters (initials) are joined, so
  // "Washington, D. C." and "Washington DC" meet too.
  const words: string[] = [];
  let previousWasInitial = false;
  for (const word of key.split(" ")) {
    const isInitial = word.length === 1;
    if (isInitial && previousWasInitial) words[words.length - 1] += word;
    else words.push(WORD_SYNONYMS.get(word) ?? word);
    previousWasInitial = isInitial;
  }
  return words.join(" ");
}

/** The first word of a key: the recognizer only tries spans whose first word starts some name. */
export function firstWordOf(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}

/** "US", "U.S.", "NSW", "UAE": letters all capitals (dots allowed), two to five of them. */
export function isAcronymText(text: string): boolean {
  // Fast exits for ordinary names ("Paris"): too long, or a lowercase second character.
  if (text.length > 14 || text.length < 2) return false;
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return ACRONYM.test(text.replace(/\s+/g, ""));
}
const ACRONYM = /^(?:\p{Lu}\.?){2,5}$/u;

/** Words in a key (keys have single spaces). */
export function wordCountOf(key: string): number {
  let n = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) n++;
  return n;
}
