// The evidence name-classify.ts weighs, read from a span's own words and its neighbours: a
// country in brackets after it or named inside it, a place opening it, words no dictionary
// covers, a plain word opening a sentence, a role noun right before, an abbreviation that is a
// measure ("six RBI") rather than a body. Each says one thing; classifySpan decides what counts.
import type { Sex } from "./given-names.ts";
import type { ClassifyDeps } from "./name-classify.ts";
import { isAcronym, isParticle, isWordToken } from "./name-spans.ts";
import type { NameTables } from "./name-tables.ts";
import type { NameFinderInput, NameItem } from "./name-types.ts";

// Longer runs before a bracketed country are more often teams or events than people.
export const MAX_BRACKETED_NAME_WORDS = 3;

/** "(Kenya)" right after token `to`: the country, or null. */
export function countryInBrackets(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  to: number,
): string | null {
  const { tokens } = input;
  if (tokens[to]?.key !== "(") return null;
  const inner = cover[to + 1];
  if (!inner || inner.from !== to + 1 || inner.type !== "state" || inner.form !== "name") return null;
  return tokens[inner.to]?.key === ")" ? (inner.iso3 ?? null) : null;
}

/** "San Diego", "Tel Aviv Open": a name that opens with a place the gazetteer holds is no person's. */
export function startsWithPlace(input: NameFinderInput, words: readonly number[]): boolean {
  const isPlace = input.isPlaceName;
  if (!isPlace) return false;
  const { tokens, text } = input;
  const first = tokens[words[0]!]!.start;
  return (
    isPlace(text.slice(first, tokens[words[1]!]!.end)) ||
    isPlace(text.slice(first, tokens[words[words.length - 1]!]!.end))
  );
}

export function hasUncovered(
  tokens: NameFinderInput["tokens"],
  cover: readonly (NameItem | null)[],
  from: number,
  to: number,
): boolean {
  for (let k = from; k < to; k++)
    if (!cover[k] && isWordToken(tokens[k]!.text) && !isParticle(tokens[k]!.text)) return true;
  return false;
}

/** A capitalised word opening a sentence is often a plain word ("Officials", "Trailing"): skip it. */
export function skipSentenceStart(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  from: number,
  to: number,
  deps: ClassifyDeps,
): number {
  const { tokens, pos, sentenceOf } = input;
  const sentenceStart = from === 0 || sentenceOf[from - 1] !== sentenceOf[from] || opensQuote(input, from);
  if (
    !sentenceStart ||
    cover[from] ||
    pos[from] === "PROPN" ||
    deps.givenNames.has(tokens[from]!.key) ||
    isAcronym(tokens[from]!.text)
  )
    return from;
  let k = from + 1;
  // "Shares of Acme Co": the particle after a dropped word goes with it.
  while (k < to && (!isWordToken(tokens[k]!.text) || isParticle(tokens[k]!.text))) k++;
  return k;
}

export const sexOf = (s: Sex | undefined): "m" | "f" | null => (s === "m" || s === "f" ? s : null);

function opensQuote(input: NameFinderInput, k: number): boolean {
  const prev = k > 0 ? input.tokens[k - 1]! : null;
  return !!prev && /^["“‘'(]$/.test(prev.text) && (k < 2 || input.sentenceOf[k - 2] !== input.sentenceOf[k]);
}

/** The first country or capital named inside [from, to): "Bank of Ghana" -> GHA. */
export function countryInside(cover: readonly (NameItem | null)[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const c = cover[k];
    if (c && (c.type === "state" || c.type === "capital") && c.iso3) return c.iso3;
  }
  return null;
}

/** "US Capitol Police": a country's name opening the organisation's, left uncovered because the name goes on. */
export function leadingCountryName(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  from: number,
  to: number,
): string | null {
  if (cover[from]) return null;
  const found = input.countryNameAt?.(from);
  return found && found.to < to ? found.iso3 : null;
}

/** "broker Jane Roe", "off-spinner Roe", "spokesman Roe": a lower-case role noun right before. */
export function roleNounBefore(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  from: number,
  tables: NameTables,
): string | null {
  if (from === 0) return null;
  const prev = input.tokens[from - 1]!;
  if (prev.text !== prev.key || input.sentenceOf[from - 1] !== input.sentenceOf[from]) return null;
  if (tables.personNouns.has(prev.key) || tables.honorifics.has(prev.key)) return prev.text;
  const c = cover[from - 1];
  if (c && c.type === "title") return prev.text;
  return null;
}

// Words before a capitalised abbreviation that make it a measure, not a body: "121 RBI", "three
// RBI", "his ERA".
// "his WBO title" keeps the body: only an abbreviation that ends its phrase is the thing owned.
const COUNT_WORDS = new Set("one two three four five six seven eight nine ten eleven twelve".split(" "));
const POSSESSIVES = new Set("his her its their my your our".split(" "));
// What an abbreviation modifies when it names a body ("his WBO featherweight title").
const MODIFIED_POS = new Set(["NOUN", "ADJ"]);

/** Whether token k follows a number ("six RBI") or is owned as the head of its phrase ("his ERA"). */
export function countedOrOwned(input: NameFinderInput, k: number): boolean {
  const { tokens, sentenceOf } = input;
  const prev = k > 0 && sentenceOf[k - 1] === sentenceOf[k] ? tokens[k - 1]! : null;
  if (!prev) return false;
  if (/^\d[\d,.]*$/.test(prev.text) || (COUNT_WORDS.has(prev.key) && prev.text === prev.key)) return true;
  const next = sentenceOf[k + 1] === sentenceOf[k] ? tokens[k + 1] : undefined;
  const modifies = !!next && next.text === next.key && MODIFIED_POS.has(input.pos[k + 1] ?? "");
  return POSSESSIVES.has(prev.key) && !modifies;
}
