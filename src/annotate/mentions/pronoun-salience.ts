// Grammatical role as a tie-breaker for a sentence-opening "He"/"She" when the sentence before
// names several people. Centering accounts of anaphora (Grosz, Joshi & Weinstein 1995; Lappin &
// Leass 1994) rank the subject of an utterance's main clause first: what the next utterance's
// subject pronoun most likely continues ("Roe met Okafor on Monday. She said ..."). We have
// part-of-speech tags, not a parse, so the main-clause subject is read from its surroundings: a
// person that opens its sentence (only a conjunction, an adverb, determiners and the words of a
// title before it, or a quotation it speaks) and is followed by its verb ("Analyst Jane Roe
// believes", "Roe later told", "Roe, the minister, said", '"...," Roe said'), or the speaker of an inverted verb of saying after a quote or comma
// ('"...," said Jane Roe'). People inside phrases ("his friendship with Roe is") or relative
// clauses ("work Roe did") are no subjects here. Only when exactly one person is such a subject.
import type { MatchToken } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";

// Words that may stand between a subject and its verb without ending the clause.
const BETWEEN_SUBJECT_AND_VERB = new Set(["ADV", "PART"]);
const VERB_POS = new Set(["VERB", "AUX"]);
// Words of a noun phrase, and the conjunction or adverb that may open a sentence before it
// ("But Sanford analyst Jane Roe ...").
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const OPENER_POS = new Set(["CCONJ", "ADV"]);
// Punctuation after which an inverted verb of saying introduces its speaker ('"...," said Roe').
const QUOTE_OR_COMMA = /^[,"“”'‘’]$/;
// How many words an apposition between a subject and its verb may hold ("Roe, the minister, said").
const MAX_APPOSITION = 12;

/** The index of the first token starting at or after `offset` (tokens.length when none). */
function tokenAt(tokens: readonly MatchToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the verb of a clause follows token k (adverbs and negation may stand between). */
function verbFollows(
  tokens: readonly MatchToken[],
  pos: readonly string[],
  k: number,
  sentenceOf: readonly number[],
  sentence: number,
): boolean {
  while (k < tokens.length && sentenceOf[k] === sentence && BETWEEN_SUBJECT_AND_VERB.has(pos[k] ?? "")) k++;
  return k < tokens.length && sentenceOf[k] === sentence && VERB_POS.has(pos[k] ?? "");
}

/** True when only a noun phrase's words (after an opening conjunction or adverb) stand before token `first`. */
function opensMainClause(
  tokens: readonly MatchToken[],
  pos: readonly string[],
  sentenceOf: readonly number[],
  first: number,
): boolean {
  let k = first - 1;
  while (k >= 0 && sentenceOf[k] === sentenceOf[first] && NOUN_PHRASE_POS.has(pos[k] ?? "")) k--;
  if (k >= 0 && sentenceOf[k] === sentenceOf[first] && OPENER_POS.has(pos[k] ?? "")) k--;
  const same = (j: number) => j >= 0 && sentenceOf[j] === sentenceOf[first];
  // An opening quotation mark of a sentence may stand first.
  if (same(k) && /^["“‘']$/.test(tokens[k]!.text) && !same(k - 1)) k--;
  if (!same(k)) return true;
  // '"We will appeal," Jane Roe said': the speaker after a quotation is its sentence's subject.
  return /^["”’']$/.test(tokens[k]!.text) && same(k - 1) && /^[,?!]$/.test(tokens[k - 1]!.text);
}

/** True when the mention is the subject of its sentence's main clause, as far as the words around it tell. */
export function isMainSubject(
  m: DraftMention,
  tokens: readonly MatchToken[],
  pos: readonly string[],
  sentenceOf: readonly number[],
): boolean {
  const first = tokenAt(tokens, m.start);
  const after = tokenAt(tokens, m.end);
  if (first >= tokens.length) return false;
  const sentence = sentenceOf[first];
  if (
    opensMainClause(tokens, pos, sentenceOf, first) &&
    after < tokens.length &&
    sentenceOf[after] === sentence
  ) {
    if (verbFollows(tokens, pos, after, sentenceOf, sentence!)) return true;
    // "Jane Roe, the foreign minister, said": an apposition with no verb of its own.
    if (tokens[after]!.text === ",") {
      for (
        let k = after + 1;
        k < tokens.length && k <= after + MAX_APPOSITION && sentenceOf[k] === sentence;
        k++
      ) {
        if (VERB_POS.has(pos[k] ?? "")) break;
        if (tokens[k]!.text === ",") return verbFollows(tokens, pos, k + 1, sentenceOf, sentence!);
      }
    }
  }
  // '"We will appeal," said Jane Roe': the speaker of an inverted verb of saying.
  const verb = first - 1;
  return (
    verb >= 1 &&
    sentenceOf[verb] === sentence &&
    pos[verb] === "VERB" &&
    QUOTE_OR_COMMA.test(tokens[verb - 1]!.text)
  );
}

/**
 * Of several people that could be meant (latest first), the one that is a main-clause subject, when
 * exactly one distinct person is; null otherwise.
 */
export function theOneSubject(
  fitting: readonly DraftMention[],
  tokens: readonly MatchToken[],
  pos: readonly string[],
  sentenceOf: readonly number[],
): DraftMention | null {
  const subjects = fitting.filter((m) => isMainSubject(m, tokens, pos, sentenceOf));
  if (!subjects.length || new Set(subjects.map((m) => m.name)).size !== 1) return null;
  return subjects[0]!;
}
