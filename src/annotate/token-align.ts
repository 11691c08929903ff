// Turns wink-nlp's token values into Tokens with offsets into the original text.
// wink reports values, not offsets, and normalises a few things (combining accents become
// precomposed letters), so each value is found by walking the text from a cursor.
import type { Token } from "../types.ts";
import type { Abbreviations } from "./sentence-abbreviations.ts";

export interface AlignedTokens {
  readonly tokens: Token[];
  /**
   * For each wink token index, the index of the first kept token at or after it (-1 once
   * token-collapse.ts has merged it into the token before).
   */
  readonly fromWinkIndex: Int32Array;
}

/** wink emits tokens for line breaks, tabs, zero-width spaces and soft hyphens; they are not words. */
const INVISIBLE_TOKEN = /^[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+$/u;
const URL_WITH_PUNCTUATION = /^(?:https?:\/\/|www\.)\S*?[\p{L}\p{N}/=_-]([.,;:!?]+)$/u;
const LOWER_WORD_WITH_PERIOD = /^\p{Ll}{2,}\.$/u;
const LOWER_LETTER_WITH_PERIOD = /^\p{Ll}\.$/u;
const WHITESPACE_ONLY = /^[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]*$/u;
const WHITESPACE_CHAR = /[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]/u;

function isUrlStart(value: string): boolean {
  const code = value.charCodeAt(0);
  return value.length > 5 && (code === 104 || code === 119); // "h"ttp, "w"ww
}

/** True for the few characters that can start a token wink emits for layout (fast pre-check). */
function mayBeInvisible(value: string): boolean {
  const code = value.charCodeAt(0);
  return code <= 0x20 || code === 0x85 || code === 0xa0 || code === 0xad || code >= 0x1680;
}

/**
 * Where a token wink altered (e.g. "e" + combining accent read as "é") starts and ends at or
 * after `cursor`: matched by its Unicode-normalised form, else the run of non-space characters.
 */
function locateRewritten(text: string, value: string, cursor: number): { start: number; end: number } {
  let start = cursor;
  while (start < text.length && WHITESPACE_CHAR.test(text[start]!)) start++;
  const wanted = value.normalize("NFC");
  // A normalised value is never more than a few times shorter than its source (NFD accents).
  const limit = Math.min(text.length, start + value.length * 4 + 4);
  for (let end = start + 1; end <= limit; end++) {
    if (text.slice(start, end).normalize("NFC") === wanted) return { start, end };
  }
  let end = start;
  while (end < text.length && end - start < value.length && !WHITESPACE_CHAR.test(text[end]!)) end++;
  return { start, end: Math.max(end, Math.min(start + 1, text.length)) };
}

/**
 * How many final characters of a wink token are sentence punctuation that wink glued on:
 * the period closing a URL ("https://un.org/a."), or the period after a word wink took for an
 * abbreviation ("ill." read as Illinois, the "p." of "720p.") that is not on our list.
 */
function gluedPunctuationLength(
  value: string,
  gluedToPrevious: boolean,
  abbreviations: Abbreviations,
): number {
  if (isUrlStart(value)) return URL_WITH_PUNCTUATION.exec(value)?.[1]?.length ?? 0;
  if (!value.endsWith(".") || abbreviations.has(value)) return 0;
  if (LOWER_WORD_WITH_PERIOD.test(value)) return 1;
  return gluedToPrevious && LOWER_LETTER_WITH_PERIOD.test(value) ? 1 : 0;
}

export function alignTokens(
  text: string,
  values: readonly string[],
  lemmas: readonly string[],
  tags: readonly string[],
  abbreviations: Abbreviations,
): AlignedTokens {
  const tokens: Token[] = [];
  const fromWinkIndex = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    fromWinkIndex[i] = tokens.length;
    const value = values[i]!;
    // wink sometimes emits an empty token (seen on "Sept..3"); it covers no text.
    if (value.length === 0 || (mayBeInvisible(value) && INVISIBLE_TOKEN.test(value))) continue;
    // Only whitespace may lie between the cursor and the token; anything else means wink
    // rewrote the token and it is matched another way.
    let start = text.indexOf(value, cursor);
    let end = start + value.length;
    let exact = true;
    if (start !== cursor && !(start === cursor + 1 && text.charCodeAt(cursor) === 32)) {
      if (start < cursor || !WHITESPACE_ONLY.test(text.slice(cursor, start))) {
        ({ start, end } = locateRewritten(text, value, cursor));
        exact = false;
        if (end <= start) continue;
      }
    }
    cursor = end;
    const tokenText = exact ? value : text.slice(start, end);
    const previous = tokens[tokens.length - 1];
    // wink splits some abbreviations ("Adm" "."); glue them back so "Adm." is one token everywhere.
    if (value === "." && previous && previous.end === start && abbreviations.has(`${previous.text}.`)) {
      tokens[tokens.length - 1] = {
        start: previous.start,
        end,
        text: text.slice(previous.start, end),
        lemma: `${previous.lemma}.`,
        pos: previous.pos,
      };
      continue;
    }
    // A lemma equal to the word is the word's own string: one string less per such token.
    const winkLemma = lemmas[i] ?? value.toLowerCase();
    const lemma = winkLemma === value ? value : winkLemma;
    const pos = tags[i] ?? "X";
    const trailing = exact ? gluedPunctuationLength(value, previous?.end === start, abbreviations) : 0;
    if (trailing > 0) {
      const cut = end - trailing;
      const punctuation = value.slice(-trailing);
      const wordLemma = lemma.endsWith(punctuation) ? lemma.slice(0, -trailing) : lemma;
      tokens.push({ start, end: cut, text: value.slice(0, -trailing), lemma: wordLemma, pos });
      tokens.push({ start: cut, end, text: punctuation, lemma: punctuation, pos: "PUNCT" });
      continue;
    }
    tokens.push({ start, end, text: tokenText, lemma, pos });
  }
  fromWinkIndex[values.length] = tokens.length;
  return { tokens, fromWinkIndex };
}
