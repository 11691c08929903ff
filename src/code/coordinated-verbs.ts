// Verb phrases in a list share one subject: in "he asked about X, called Y a Z and said ...",
// "called" has no subject of its own; the comma before it ends the first verb's object, not a
// clause, so the subject is the first verb's ("he"), never the object before the comma (X).
// (clause-analyse.ts already gives a verb after "and" the subject of the verb before it.)
import type { SentenceView } from "./sentence-view.ts";

/**
 * True when the token at `k` is a finite verb, not a noun the tagger read as one ("North Korea's
 * missile launch", "the attacked convoy").
 */
export function finiteVerbAt(view: SentenceView, k: number): boolean {
  if (view.tokens[k]?.pos !== "VERB") return false;
  const before = view.tokens[k - 1];
  const nounLike = view.words[k] === view.lemmas[k] && /^(NOUN|PROPN|ADJ)$/.test(before?.pos ?? "");
  return !nounLike && before?.pos !== "DET" && before?.pos !== "ADJ" && before?.text !== "'s";
}

/**
 * For a verb group starting at `start` right after a comma, the index of the finite verb whose
 * subject it shares, or -1. It is a list member only when the list goes on to a coordinated verb
 * later in the clause (", called Y a Z and said"): a lone verb after a comma may be a reduced
 * relative ("the man, accused of theft, ...") or an inverted attribution ("..., said the
 * minister"), and a participle ("..., killing five") has its own rule.
 */
export function listVerbBefore(view: SentenceView, start: number, isBreak: (i: number) => boolean): number {
  const comma = start - 1;
  if (view.words[comma] !== ",") return -1;
  let verb = start;
  while (verb < view.words.length && view.tokens[verb]!.pos !== "VERB") verb++;
  if (verb >= view.words.length || !finiteVerbAt(view, verb)) return -1;
  // ("the man, accused of spying, ...", "the rebels, backed by ...": a participle taking a
  // preposition at once is a reduced passive about the noun before the comma.)
  if (/ing$/.test(view.words[verb]!) || view.tokens[verb + 1]?.pos === "ADP") return -1;
  if (!listGoesOn(view, verb, isBreak)) return -1;
  // The verb before the comma, in the same clause and list item (a comma ends the search: the
  // item before that is reached by applying this again).
  for (let k = comma - 1; k >= 0; k--) {
    if (view.words[k] === "," || isBreak(k)) return -1;
    if (finiteVerbAt(view, k) && !/ing$/.test(view.words[k]!)) return k;
  }
  return -1;
}

/** A later ", VERB" or "and/or VERB" (after auxiliaries and adverbs) in the same clause. */
function listGoesOn(view: SentenceView, verb: number, isBreak: (i: number) => boolean): boolean {
  for (let i = verb + 1; i < view.words.length - 1; i++) {
    const w = view.words[i]!;
    if (isBreak(i) && w !== "but") return false;
    if (w !== "and" && w !== "or" && w !== "but" && w !== ",") continue;
    let j = i + 1;
    while (j < view.words.length && /^(ADV|AUX)$/.test(view.tokens[j]!.pos)) j++;
    if (w !== "," && finiteVerbAt(view, j) && !/ing$/.test(view.words[j]!)) return true;
    if (w === "," && view.words[j] === "and") {
      j++;
      while (j < view.words.length && /^(ADV|AUX)$/.test(view.tokens[j]!.pos)) j++;
      if (finiteVerbAt(view, j) && !/ing$/.test(view.words[j]!)) return true;
    }
  }
  return false;
}

/**
 * "threatened to assault and murder a U.S. official", "arrested and charged two activists": a verb
 * with nothing after it but "and"/"or" and another verb of the same form shares that verb's
 * object. The index of the other verb, or -1.
 */
export function sharedObjectVerb(view: SentenceView, last: number): number {
  const and = last + 1;
  if (view.words[and] !== "and" && view.words[and] !== "or") return -1;
  let k = and + 1;
  while (k < view.words.length && view.tokens[k]!.pos === "ADV") k++;
  if (view.tokens[k]?.pos !== "VERB" || !finiteVerbAt(view, k)) return -1;
  const form = (i: number) => /(?:ing|ed)$/.exec(view.words[i]!)?.[0] ?? "";
  return form(k) === form(last) ? k : -1;
}
