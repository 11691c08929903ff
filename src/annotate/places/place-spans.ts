// Which run of tokens starting at a capitalized word is a gazetteer name: the longest name
// (joiners and punctuation allowed inside, acronyms matched only as acronyms), a place adjective
// when the caller asks for them, and a region right after a name that holds it ("Dayton, Ohio").
// Apart from the filters and the document-wide choices of place-candidates.ts, which call these.
import type { Token } from "../../types.ts";
import type { Gazetteer, GazetteerEntry } from "../gazetteer/index.ts";
import { firstWordOf, isAcronymText, toNameKey, wordCountOf } from "../gazetteer/name-key.ts";
import { QUALIFIER_OPENERS, regionsAbbreviatedAt } from "./place-abbreviations.ts";
import type { PlaceCues } from "./place-cues.ts";
import { isCapitalized, type Span } from "./place-filters.ts";
import { isWithin } from "./place-within.ts";

/** Lowercase words allowed inside a multi-word name: "Bosnia and Herzegovina", "Rostov-on-Don". */
const NAME_JOINERS: ReadonlySet<string> = new Set(
  "of the de du des la le el al and upon on y da do dos das di del van der den von au aux en sur am im & 's"
    .split(" ")
    .concat(["'s", "’s"]),
);
/** What follows a dateline's place: "GAZA (AP) —", "LIMA, Peru —", "DOHA -". */
export const DATELINE_FOLLOWERS: ReadonlySet<string> = new Set(["(", ",", "-", "—", "–", ":"]);
/** All capitals up to this length is an acronym ("UN", "EU", "NATO"), longer a shouted name ("PARIS"). */
const MAX_ACRONYM_LETTERS = 4;
/** Punctuation allowed inside a multi-word name: "Guinea-Bissau", "St. Louis", "Washington, D.C.". */
const NAME_PUNCTUATION = /^[-‐–.,'’]$/;
/** A name word after an elided article or preposition: "d'Alene", "l'Anse", "d’Iberville". */
const ELIDED_NAME_WORD = /^\p{Ll}{1,2}['’]\p{Lu}/u;
/** Longest run of tokens tried for one name (names have at most ~6 words plus joiners). */
const MAX_SPAN_TOKENS = 14;

/**
 * Entries for a span's text. A short all-capitals span ("UN", "EU", "U.N.") is an acronym and
 * matches only names written as acronyms, never the town "Un" or "Eu".
 */
function lookupSpan(
  gazetteer: Gazetteer,
  key: string,
  spanText: string,
  isDateline: boolean,
): readonly GazetteerEntry[] {
  const acronym = isAcronymText(spanText);
  const letters = spanText.replace(/[^\p{L}]/gu, "");
  if (acronym && letters.length <= MAX_ACRONYM_LETTERS && !isDateline) {
    const acronymOnly = gazetteer.lookupKey(key, true);
    const plain = new Set(gazetteer.lookupKey(key, false));
    return acronymOnly.filter((e) => !plain.has(e));
  }
  return gazetteer.lookupKey(key, acronym);
}

/**
 * The longest gazetteer name starting at token `i`, or null. A multi-word not-place phrase
 * ("Line of Control") is returned as a span with no candidates, so that it hides its parts.
 */
export function longestNameAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  gazetteer: Gazetteer,
  cues: PlaceCues,
  memo: FirstWordMemo,
): Span | null {
  const first = tokens[i]!;
  let limits = memo.get(first.text);
  if (limits === undefined) {
    const firstKey = firstWordOf(toNameKey(first.text));
    const phraseWords = cues.notPlacePhraseWords.get(firstKey) ?? 0;
    limits = { maxWords: Math.max(gazetteer.maxWordsFrom(firstKey), phraseWords), phraseWords };
    if (memo.size >= FIRST_WORD_MEMO_SIZE) memo.clear();
    memo.set(first.text, limits);
  }
  const { maxWords, phraseWords } = limits;
  if (maxWords === 0) return null;
  const ends: number[] = [i];
  for (let j = i + 1; j < tokens.length && j < i + MAX_SPAN_TOKENS; j++) {
    const token = tokens[j]!;
    if (text.slice(tokens[j - 1]!.end, token.start).includes("\n")) break;
    const lower = token.text.toLowerCase();
    if (isCapitalized(token.text) || ELIDED_NAME_WORD.test(token.text)) ends.push(j);
    else if (!NAME_JOINERS.has(lower) && !NAME_PUNCTUATION.test(token.text)) break;
  }
  for (let e = ends.length - 1; e >= 0; e--) {
    const last = ends[e]!;
    const spanText = text.slice(first.start, tokens[last]!.end);
    const key = toNameKey(spanText);
    const words = wordCountOf(key);
    if (words > maxWords) continue;
    if (words > 1 && words <= phraseWords && cues.notPlaces.has(key))
      return { first: i, last, key, candidates: [] };
    // "GAZA (AP) —", "LIMA, Peru —": a wire dateline writes a short place name in capitals.
    const isDateline = i === 0 && DATELINE_FOLLOWERS.has(tokens[last + 1]?.text ?? "");
    const candidates = lookupSpan(gazetteer, key, spanText, isDateline);
    if (candidates.length) return { first: i, last, key, candidates };
  }
  return null;
}

/**
 * An adjective that names a place ("Russian", "Latin American"): two words tried before one.
 * Only when the caller asks for adjectives as toponyms (geoparsing).
 */
export function adjectiveAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  gazetteer: Gazetteer,
): Span | null {
  const next = tokens[i + 1];
  if (next && isCapitalized(next.text) && !text.slice(tokens[i]!.end, next.start).includes("\n")) {
    const key = toNameKey(text.slice(tokens[i]!.start, next.end));
    const place = gazetteer.placeOfAdjective(key);
    if (place) return { first: i, last: i + 1, key, candidates: [place] };
  }
  const key = toNameKey(tokens[i]!.text);
  const place = gazetteer.placeOfAdjective(key);
  return place ? { first: i, last: i, key, candidates: [place] } : null;
}

/**
 * "Nelson, B.C.", "Dayton, Ohio", "Walker County (Ga.)": a name followed by a region (or
 * country) that holds one of its candidates is a place whatever the words before it say.
 */
export function isQualifiedByRegion(tokens: readonly Token[], span: Span, gazetteer: Gazetteer): boolean {
  const opener = tokens[span.last + 1];
  const next = tokens[span.last + 2];
  if (!opener || !next || !QUALIFIER_OPENERS.has(opener.text) || !isCapitalized(next.text)) return false;
  const abbreviated = regionsAbbreviatedAt(tokens, span.last + 2, gazetteer);
  const regions = abbreviated.length
    ? abbreviated
    : gazetteer
        .lookupKey(toNameKey(next.text), false)
        .filter((e) => e.kind === "admin1" || e.kind === "country");
  return regions.some((region) => span.candidates.some((place) => isWithin(place, region)));
}

/**
 * Per recognizer: for a capitalized token's text, the most words a name (or a not-place phrase)
 * starting with it has. The same capitalized words recur in every text ("The", "President",
 * "China"); the memo spares their key and lookups, about a fifth of recognition time.
 */
export type FirstWordMemo = Map<string, { readonly maxWords: number; readonly phraseWords: number }>;
/** Entries kept before the memo starts over: bounds memory on a long run (a few MB). */
const FIRST_WORD_MEMO_SIZE = 50_000;
