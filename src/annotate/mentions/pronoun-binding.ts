// A subject pronoun does not stand for a person its own sentence names after it: in "he asked
// about X, called Omar a terrorist and said ..." the "he" is not Omar (the binding condition on
// names: a name is not bound by a pronoun that governs it). The exception is a pronoun inside a
// subordinate clause that opens the sentence, which may look ahead: "When he arrived, Obama said".
import type { MatchToken } from "./match-tokens.ts";

/** Subject forms: an object or possessive pronoun ("called him", "his") governs nothing after it. */
const SUBJECT_PERSON_PRONOUNS = new Set(["he", "she"]);
/** Words that open a subordinate clause, inside which a pronoun may point ahead (cataphora). */
const SUBORDINATORS = new Set([
  "when",
  "after",
  "before",
  "as",
  "if",
  "because",
  "while",
  "although",
  "though",
  "since",
  "until",
  "once",
  "whenever",
  "unless",
]);

/**
 * Whether the pronoun at token `i` is a main-clause subject and the person `name` is named again
 * later in the same sentence (by any word of the name), so that it cannot be the one meant.
 */
export function namedAfterPronoun(
  tokens: readonly MatchToken[],
  i: number,
  sentenceOf: readonly number[],
  name: string,
): boolean {
  if (!SUBJECT_PERSON_PRONOUNS.has(tokens[i]!.key)) return false;
  const s = sentenceOf[i];
  for (let k = i - 1; k >= 0 && sentenceOf[k] === s; k--) if (SUBORDINATORS.has(tokens[k]!.key)) return false;
  const words = new Set(
    name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );
  for (let k = i + 1; k < tokens.length && sentenceOf[k] === s; k++)
    if (words.has(tokens[k]!.key)) return true;
  return false;
}

// A quotation is at least this many tokens: shorter quoted spans are titles or nicknames
// ('the "Black Madam" said'), which may well be the person a pronoun after them stands for.
const MIN_QUOTATION_TOKENS = 4;
const OPENING_QUOTES = new Set(["“", "«"]);
const CLOSING_QUOTES = new Set(["”", "»"]);

/**
 * Whether offset `at` lies inside a quotation of the sentence of token `i` that closes before that
 * token ('"Jane Roe is passionate about her beliefs," he said': the speaker "he" is outside the
 * quote, and people seldom name themselves in what they say, so Jane Roe is not the one meant).
 */
export function quotedBefore(
  tokens: readonly MatchToken[],
  i: number,
  sentenceOf: readonly number[],
  at: number,
): boolean {
  const s = sentenceOf[i];
  let first = i;
  while (first > 0 && sentenceOf[first - 1] === s) first--;
  let open = -1;
  for (let k = first; k < i; k++) {
    const t = tokens[k]!.text;
    const opens = OPENING_QUOTES.has(t) || (t === '"' && open < 0);
    const closes = CLOSING_QUOTES.has(t) || (t === '"' && open >= 0);
    if (opens && open < 0) open = k;
    else if (closes && open >= 0) {
      if (k - open - 1 >= MIN_QUOTATION_TOKENS && tokens[open]!.end <= at && at < tokens[k]!.start)
        return true;
      open = -1;
    }
  }
  return false;
}
