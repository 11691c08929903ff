// Step 1 of name recognition: the spans that may be names. A span is a run of capitalised words on
// one line of running text, joined by single spaces, with the joiners names use inside them:
// initials ("J. Roe"), apostrophes and hyphens without spaces ("O'Neill", "Kerry-Ann"), "&"
// ("Procter & Gamble"), and lower-case particles and "of"/"for" between capitals ("Bank of
// Ghana", "Ludwig van Beethoven"). Headlines are skipped: there capitals say nothing. Each run is
// then trimmed of the words that are capitalised for other reasons (sentence starts, "The",
// weekdays) and cut where a dictionary name we already know begins or ends.
import type { NameFinderInput, NameItem } from "./name-types.ts";

/** A run of tokens [from, to) that may hold a name. */
export interface Span {
  from: number;
  to: number;
}

// Lower-case words that may stand between two capitalised parts of one name.
const PARTICLES = new Set([
  "of",
  "for",
  "de",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "da",
  "das",
  "dos",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "y",
]);
// Lower-case particles hyphened to the part of a name after them: Arabic "al-", "el-", "ad-", "ud-",
// and the "-ul-", "-ur-" of South Asian names ("Inzamam-ul-Haq", "Ata-ur-Rehman").
const HYPHEN_PARTICLES = new Set(["al", "el", "ad", "ed", "ud", "ul", "ur", "bin", "ibn", "abu"]);
// Function words written with a capital only because they open a sentence or a title.
const FUNCTION_WORDS = new Set(
  (
    "the a an and or but nor so yet in on at to for with of by from as if when where while after before " +
    "since until unless though although because this that these those his her their its our my your " +
    "we he she they it i you there here then now also however meanwhile yesterday today tomorrow " +
    "all some many most other another such no not only both each every what which who whom whose " +
    "how why"
  ).split(" "),
);
const CALENDAR = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july " +
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
// Abbreviations that end in a period inside a name: initials are handled apart.
const NAME_ABBREVIATIONS = new Set(["corp", "inc", "co", "ltd", "jr", "sr", "bros", "mt", "ft"]);
// Abbreviated legal forms, which close a firm's registered name ("Acme Corp", "Roe Holdings Plc").
const LEGAL_FORMS = new Set(["corp", "inc", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh"]);
const MAX_RUN_TOKENS = 12;
const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;

const LETTER = /^[\p{L}\p{M}]/u;
// ASCII first (nearly every token of English news), the Unicode classes only past it: these run
// for every token of every document.
export const isWordToken = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(s);
};
export const isCapitalised = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = s[0]!;
  return first !== first.toLowerCase();
};
/** Whether the token holds a lower-case letter (ASCII fast path). */
export const hasLowerCase = (s: string): boolean => {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return s !== s.toUpperCase();
  }
  return false;
};
export const isAcronym = (s: string): boolean => ACRONYM.test(s);
export const isCalendarWord = (key: string): boolean => CALENDAR.has(key);
export const isFunctionWord = (key: string): boolean => FUNCTION_WORDS.has(key);
export const isParticle = (key: string): boolean => PARTICLES.has(key);

/** Item covering each token, and the types that stop a name ("person", "organization", ...). */
export function coverItems(n: number, items: readonly NameItem[]): (NameItem | null)[] {
  const cover = new Array<NameItem | null>(n).fill(null);
  for (const it of items) for (let k = it.from; k < it.to && k < n; k++) cover[k] = it;
  return cover;
}

// Dictionary names we already know: a new name never overlaps them.
const BLOCKING = new Set(["person", "organization", "group", "null", "equipment"]);

export function findRuns(input: NameFinderInput, cover: readonly (NameItem | null)[]): Span[] {
  const { tokens, text, headline, sentenceOf } = input;
  const n = tokens.length;
  const capWord = (k: number) => k < n && isWordToken(tokens[k]!.text) && isCapitalised(tokens[k]!.text);
  const spaced = (k: number) =>
    tokens[k]!.start - tokens[k - 1]!.end === 1 && text.charCodeAt(tokens[k - 1]!.end) === 32;
  const joined = (k: number) => tokens[k]!.start === tokens[k - 1]!.end;
  const runs: Span[] = [];
  for (let k = 0; k < n; ) {
    if (!capWord(k) || headline[k] || (cover[k] && BLOCKING.has(cover[k]!.type))) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < n && j - k < MAX_RUN_TOKENS) {
      const t = tokens[j]!;
      const blocked = (m: number) => cover[m] && BLOCKING.has(cover[m]!.type);
      if (capWord(j) && spaced(j) && sentenceOf[j] === sentenceOf[k] && !blocked(j)) {
        j++;
        continue;
      }
      // O'Neill, Kerry-Ann, AT&T
      if ((t.key === "'" || t.key === "-" || t.key === "&") && joined(j) && capWord(j + 1) && joined(j + 1)) {
        j += 2;
        continue;
      }
      // Procter & Gamble
      if (t.key === "&" && spaced(j) && capWord(j + 1) && spaced(j + 1)) {
        j += 2;
        continue;
      }
      const prev = tokens[j - 1]!;
      // U.S., U.K.: a dotted abbreviation goes on letter by letter.
      if (
        t.key === "." &&
        joined(j) &&
        prev.text.length === 1 &&
        j + 1 < n &&
        tokens[j + 1]!.text.length === 1 &&
        capWord(j + 1) &&
        joined(j + 1)
      ) {
        j += 2;
        continue;
      }
      // J. Roe, Acme Corp.
      if (
        t.key === "." &&
        joined(j) &&
        ((prev.text.length === 1 && isCapitalised(prev.text)) || NAME_ABBREVIATIONS.has(prev.key))
      ) {
        j++;
        continue;
      }
      // Bank of Ghana, Ludwig van Beethoven (but a legal form ends a firm's name: "Kia Motor
      // Corp of South Korea" is the firm and where it is from).
      if (
        PARTICLES.has(t.text) &&
        spaced(j) &&
        capWord(j + 1) &&
        spaced(j + 1) &&
        !blocked(j + 1) &&
        !LEGAL_FORMS.has(prev.key)
      ) {
        j += 2;
        continue;
      }
      // Joost van der Westhuizen, Oscar de la Renta: two particles in a row.
      if (
        PARTICLES.has(t.text) &&
        spaced(j) &&
        j + 2 < n &&
        PARTICLES.has(tokens[j + 1]!.text) &&
        spaced(j + 1) &&
        capWord(j + 2) &&
        spaced(j + 2) &&
        !blocked(j + 2)
      ) {
        j += 3;
        continue;
      }
      // Rami al-Saadani, Inzamam-ul-Haq: a particle hyphened to the capitalised part after it.
      const hyphened = t.key === "-" && joined(j) ? j + 1 : spaced(j) ? j : -1;
      if (
        hyphened > 0 &&
        hyphened + 2 < n &&
        HYPHEN_PARTICLES.has(tokens[hyphened]!.text) &&
        (hyphened === j || joined(hyphened)) &&
        tokens[hyphened + 1]!.key === "-" &&
        joined(hyphened + 1) &&
        capWord(hyphened + 2) &&
        joined(hyphened + 2) &&
        !blocked(hyphened + 2)
      ) {
        j = hyphened + 3;
        continue;
      }
      break;
    }
    runs.push({ from: k, to: j });
    k = j;
  }
  return runs;
}

/**
 * Trims a run to the words that can belong to a name: no function word, weekday or month at
 * either end, no particle or lone period at the end.
 */
export function trimRun(input: NameFinderInput, run: Span): Span {
  const { tokens } = input;
  let { from, to } = run;
  const word = (k: number) => isWordToken(tokens[k]!.text);
  // "U.S. Open": a run glued to the stop before it starts inside an abbreviation; skip its letters.
  while (
    from < to &&
    from > 0 &&
    tokens[from - 1]!.key === "." &&
    tokens[from - 1]!.end === tokens[from]!.start
  )
    from += tokens[from + 1]?.key === "." && tokens[from + 1]!.start === tokens[from]!.end ? 2 : 1;
  while (
    from < to &&
    (!word(from) || FUNCTION_WORDS.has(tokens[from]!.key) || CALENDAR.has(tokens[from]!.key))
  )
    from++;
  for (;;) {
    if (to <= from) break;
    const last = tokens[to - 1]!;
    if (
      !word(to - 1) &&
      !(
        last.key === "." &&
        to - 2 >= from &&
        NAME_ABBREVIATIONS.has(tokens[to - 2]!.key) &&
        // "... and Lear Corp.": a stop that also ends the sentence is the sentence's.
        !endsSentence(input, to - 1)
      )
    ) {
      to--;
      continue;
    }
    if (PARTICLES.has(last.text) || CALENDAR.has(last.key) || FUNCTION_WORDS.has(last.key)) {
      to--;
      continue;
    }
    break;
  }
  return { from, to };
}

/** Whether token k is the last of its sentence (or of its line). */
function endsSentence(input: NameFinderInput, k: number): boolean {
  const { tokens, sentenceOf, text } = input;
  if (k + 1 >= tokens.length || sentenceOf[k + 1] !== sentenceOf[k]) return true;
  return text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes("\n");
}
