// Organisations no word of their name gives away ("Apple", "WeWork", "Gazprom"), told by how the
// document writes and uses the name:
//   - an inner capital after lower-case letters ("WikiLeaks", "SoftBank", "GOProud"): people's
//     names have one only after a known family prefix ("McDonald", "DeSantis", "O'Neill");
//   - the name acts ("Velmont sued ...") and a later sentence calls the actor "the company", "the
//     union", "the agency" (a definite noun for a kind of body: the one-word WordNet kinds of
//     organisation and the body nouns, name-tables.ts bodyKinds) that acts too, with no other
//     name acting in between, and no "he" or "she" after it: a person is never "the company";
//   - the name acts and speaks of itself as "its" before any other noun ("Velmont said its
//     profits fell", "Velmont and its partners"): people say "his" or "her".
// Places, people the document names in full, and names with person evidence are decided before
// this is asked (index.ts), so these rules only ever read names left open.
import { isCapitalised, isWordToken, type Span } from "./name-spans.ts";
import type { NameFinderInput } from "./name-types.ts";

// Family-name prefixes after which a capital opens the rest of a person's name ("McAfee",
// "MacArthur", "DeSantis", "DiCaprio", "LaGuardia", "VanDyke", "FitzGerald").
const PERSON_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Fitz|St|Ter|Ten|Ben|Al|El)$/;
// An inner capital: lower-case letters, then a capital ("WikiLeaks", "eBay" is not capitalised),
// or two or more capitals, then lower case ("GOProud", "JPMorgan"): never all capitals.
const INNER_CAPITAL = /^(\p{Lu}\p{Ll}+)\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}$/u;

/** Why a one-word name with an inner capital names a body ("WikiLeaks"), or null. */
export function innerCapitalEvidence(input: NameFinderInput, span: Span): string | null {
  if (span.to - span.from !== 1) return null;
  const word = input.tokens[span.from]!.text;
  if (!isWordToken(word) || !isCapitalised(word)) return null;
  const m = INNER_CAPITAL.exec(word);
  if (!m) return null;
  if (m[1] && PERSON_PREFIX.test(m[1])) return null;
  return `inner capital in "${word}"`;
}

// How many sentences after the name "the company" may stand.
const DESCRIBED_WINDOW = 3;
// Verbs of saying after a description in the name's own sentence: "Velmont sued, the company said".
const SPEECH_AFTER = new Set(["said", "says", "added", "told", "stated", "announced"]);

/** True when the token at k is a verb (the subject before it acts), in the same sentence as k - 1. */
function verbAt(input: NameFinderInput, k: number): boolean {
  const { pos, sentenceOf } = input;
  return (
    k < input.tokens.length && sentenceOf[k] === sentenceOf[k - 1] && (pos[k] === "VERB" || pos[k] === "AUX")
  );
}

// The words each document writes inside a sentence (not opening one), built once per document.
const insideWords = new WeakMap<readonly unknown[], Set<string>>();

/** True when the word at token k is written the same way somewhere not opening a sentence. */
function writtenInsideASentence(input: NameFinderInput, k: number): boolean {
  const { tokens, sentenceOf } = input;
  let words = insideWords.get(tokens);
  if (!words) {
    words = new Set<string>();
    for (let j = 1; j < tokens.length; j++)
      if (sentenceOf[j - 1] === sentenceOf[j]) words.add(tokens[j]!.text);
    insideWords.set(tokens, words);
  }
  return words.has(tokens[k]!.text);
}

/**
 * Why the open name [from, to) names a body that a later sentence calls "the company" (or
 * another kind of body in `bodyKinds`), or null. The name must act (a verb right after it), the description must
 * act too, and no other capitalised word may act between them (it could be whom "the company"
 * stands for).
 */
export function describedBodyEvidence(
  input: NameFinderInput,
  span: Span,
  bodyKinds: ReadonlySet<string>,
): string | null {
  const { tokens, sentenceOf } = input;
  const { from, to } = span;
  if (!verbAt(input, to)) return null;
  const home = sentenceOf[from]!;
  // A sentence's first word is capitalised anyway ("Deliveries are due ..., the company said"):
  // there the name counts only when the document writes it so inside a sentence too.
  if ((from === 0 || sentenceOf[from - 1] !== home) && !writtenInsideASentence(input, from)) return null;
  for (let k = to + 1; k + 1 < tokens.length && sentenceOf[k]! <= home + DESCRIBED_WINDOW; k++) {
    const t = tokens[k]!;
    // (After a preposition the description is no subject: "shares of the company fell".)
    if (
      t.key === "the" &&
      bodyKinds.has(tokens[k + 1]!.key) &&
      sentenceOf[k + 1] === sentenceOf[k] &&
      !(sentenceOf[k - 1] === sentenceOf[k] && input.pos[k - 1] === "ADP")
    ) {
      const after = k + 2;
      const sameSentence = sentenceOf[k] === home;
      const acts = sameSentence ? SPEECH_AFTER.has(tokens[after]?.key ?? "") : verbAt(input, after);
      if (acts && sentenceOf[after] === sentenceOf[k])
        return speaksOfAPerson(input, after)
          ? null
          : `acts, and "${t.text} ${tokens[k + 1]!.text}" stands for it after`;
      continue;
    }
    // Another capitalised word acting between: "the company" may be theirs.
    // (A sentence's first word counts when the tagger reads it as a name: "Samsung denied ...".)
    const opensSentence = k === 0 || sentenceOf[k - 1] !== sentenceOf[k];
    // (The name itself, named again, is no other: "Apple sued ... Apple said the company ...".)
    const named =
      isCapitalised(t.text) &&
      isWordToken(t.text) &&
      t.text !== tokens[from]!.text &&
      (!opensSentence || input.pos[k] === "PROPN");
    if (named && verbAt(input, k + 1)) return null;
  }
  return null;
}

// Pronouns for a person: "The hospital said he was stable" speaks of a person, most likely the
// name that acted before, not of a body that name is.
const PERSON_PRONOUNS = new Set(["he", "she", "him", "his", "her", "himself", "herself"]);

/** True when the sentence of token k holds a pronoun for a person from k on. */
function speaksOfAPerson(input: NameFinderInput, k: number): boolean {
  const { tokens, sentenceOf } = input;
  for (let j = k; j < tokens.length && sentenceOf[j] === sentenceOf[k]; j++)
    if (PERSON_PRONOUNS.has(tokens[j]!.key)) return true;
  return false;
}

// Words that may stand between a name that acts and the "its" it says of itself: its verb, and
// the words that introduce what it said ("Velmont said on Monday that its ...").
const ITS_FILLERS = new Set([
  "and",
  "that",
  "on",
  "also",
  "has",
  "had",
  "have",
  "is",
  "was",
  "will",
  "would",
]);
// How far after the name "its" may stand.
const ITS_REACH = 6;

/** Why the open name [from, to) names a body that says "its" of itself ("Velmont said its"), or null. */
export function itsAfterEvidence(input: NameFinderInput, span: Span): string | null {
  const { tokens, sentenceOf, pos } = input;
  const { from, to } = span;
  if (!verbAt(input, to) && tokens[to]?.key !== "and") return null;
  if ((from === 0 || sentenceOf[from - 1] !== sentenceOf[from]) && !writtenInsideASentence(input, from))
    return null;
  for (let k = to; k < tokens.length && k < to + ITS_REACH && sentenceOf[k] === sentenceOf[from]; k++) {
    const key = tokens[k]!.key;
    if (key === "its") return `acts, and "its" stands for it after`;
    if (k === to || pos[k] === "VERB" || ITS_FILLERS.has(key)) continue;
    // (Weekdays and dates: "said on Monday that its ...".)
    if (pos[k] === "PROPN" && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(key)) continue;
    return null;
  }
  return null;
}
