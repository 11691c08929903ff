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
