// A subject that is a thing acts for no actor: "after an outbreak of cholera killed dozens", "An
// explosion leveled the motel, killing two people". When the noun phrase right before a verb (or
// before the main verb a participle clause hangs on) is headed by a noun that names no actor
// (data/senses/agentless-nouns.txt, from WordNet; or, for the participle, any plain noun phrase
// opening the sentence), the act has no actor, and none is to be taken from outside that phrase.
import { isFiniteVerb } from "./actor-roles.ts";
import { verbGroupStart } from "./clause-analyse.ts";
import type { SentenceView } from "./sentence-view.ts";

/**
 * Whether the finite verb before a participle clause opening at `start` is the sentence's first
 * verb and its subject a noun phrase that opens the sentence and names no actor ("An explosion
 * leveled ..., killing"; not "He read statements made by X, supporting": there the verb before is
 * no main verb).
 */
export function mainSubjectIsThing(view: SentenceView, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    if (!isFiniteVerb(view, k)) continue;
    const before = verbGroupStart(view, k) - 1;
    if (before < 0 || view.tokens[before]!.pos !== "NOUN") return false;
    for (let j = before; j >= 0; j--)
      if (view.groupAt[j] || !SUBJECT_PHRASE.has(view.tokens[j]!.pos)) return false;
    return true;
  }
  return false;
}

/** Word classes of a plain subject noun phrase ("A huge gas explosion", "The storm"). */
const SUBJECT_PHRASE = new Set(["DET", "ADJ", "NOUN", "NUM"]);

/**
 * Words that may stand right before a subject noun phrase: clause openers the tagger often calls
 * prepositions ("after an outbreak of plague killed ..."). Any other preposition makes the phrase
 * an adjunct ("Gondor in response attacked"), not the subject.
 */
const CLAUSE_OPENERS = new Set([
  "after",
  "before",
  "since",
  "until",
  "till",
  "as",
  "because",
  "while",
  "when",
  "once",
  "if",
  "though",
  "although",
  "whereas",
  "that",
]);
/** Word classes inside a subject noun phrase ("an outbreak of deadly bubonic plague"). */
const PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN", "ADV"]);
const POSSESSIVES = new Set(["'s", "’s", "'", "of"]);
const CLOSING_QUOTES = new Set(["”", '"', "’", "'"]);

/**
 * The first token of the subject noun phrase of the verb group starting at `verbStart` when that
 * phrase is headed by a common noun that names no actor (`agentless`, from WordNet: "the blast",
 * "an outbreak of plague", "the declaration"), else -1. A phrase after a preposition is an
 * adjunct, not the subject ("Gondor in response attacked"), and is not read.
 */
export function thingSubjectStart(
  view: SentenceView,
  verbStart: number,
  agentless: ReadonlySet<string>,
): number {
  let head = verbStart - 1;
  while (head >= 0 && (view.tokens[head]!.pos === "ADV" || CLOSING_QUOTES.has(view.words[head]!))) head--;
  if (head < 0 || view.tokens[head]!.pos !== "NOUN" || view.groupAt[head]) return -1;
  if (!agentless.has(view.lemmas[head]!.toLowerCase())) return -1;
  let first = head;
  while (
    first > 0 &&
    (PHRASE_POS.has(view.tokens[first - 1]!.pos) ||
      view.groupAt[first - 1] ||
      POSSESSIVES.has(view.words[first - 1]!) ||
      isHyphen(view, first - 1))
  )
    first--;
  const before = view.tokens[first - 1];
  if (before?.pos === "ADP" && !CLAUSE_OPENERS.has(view.words[first - 1]!)) return -1;
  return first;
}

/**
 * Whether `source` was borrowed from outside the subject of the clause whose verb group starts at
 * `verbStart`, that subject being a thing ("travellers in Mongolia after an outbreak of plague
 * killed a couple": Mongolia did not kill). An actor inside the phrase is its owner and acts
 * ("the UN's report accused", "Israeli strikes killed").
 */
export function sourceOutsideThingSubject(
  view: SentenceView,
  verbStart: number,
  source: { readonly first: number; readonly last: number },
  agentless: ReadonlySet<string>,
): boolean {
  const first = thingSubjectStart(view, verbStart, agentless);
  return first >= 0 && source.last < first;
}

/** A hyphen inside a word ("second-order"), not a dash between phrases ("N.Y. - An early blast"). */
function isHyphen(view: SentenceView, k: number): boolean {
  const t = view.tokens[k]!;
  return t.text === "-" && view.tokens[k - 1]?.end === t.start && view.tokens[k + 1]?.start === t.end;
}

/** The start of the verb group of the finite verb a participle clause at `start` hangs on, or -1. */
export function mainVerbStart(view: SentenceView, start: number): number {
  for (let k = start - 1; k >= 0; k--) if (isFiniteVerb(view, k)) return verbGroupStart(view, k);
  return -1;
}
