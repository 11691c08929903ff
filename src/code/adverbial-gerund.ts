// "Russia expelled two British diplomats after accusing them of spying", "the army retaliated by
// shelling their posts", "Before visiting China, the president met ...": a gerund clause opened by
// a preposition or conjunction has no subject of its own; it shares the main clause's. The nearest
// actor to its left is most often the main verb's object (the diplomats), never its doer.
import { isFiniteVerb } from "./actor-roles.ts";
import { isPassive, subjectBefore, verbGroupStart } from "./clause-analyse.ts";
import { opensSentence, subjectAfterComma } from "./draft-clause-reading.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Words that open a gerund clause whose doer is the main clause's subject. */
// (Not "for": "thanked Gondor for helping" is the object's act; nor "of", "in", the noun's.)
const GERUND_OPENERS = new Set([
  "after",
  "before",
  "by",
  "while",
  "without",
  "upon",
  "since",
  "when",
  "despite",
  "through",
  "besides",
]);

/** Whether the verb group [start, anchor] is an -ing verb right after a gerund opener. */
export function isAdverbialGerund(view: SentenceView, anchor: number, start: number): boolean {
  return (
    start > 0 &&
    view.tokens[anchor]!.pos === "VERB" &&
    view.words[anchor]!.endsWith("ing") &&
    GERUND_OPENERS.has(view.words[start - 1]!)
  );
}

/**
 * The doer of an adverbial gerund at `start`: the subject after the comma when the clause opens
 * the sentence, else the subject of the finite verb before it (null when that subject is no
 * actor); undefined when there is no such verb, or the verb is a passive whose "by" names its
 * agent ("was destroyed by shelling": the gerund is the agent's act, the subject its victim).
 */
export function adverbialGerundDoer(
  view: SentenceView,
  start: number,
  last: number,
): ActorGroup | null | undefined {
  const opener = start - 1;
  if (opensSentence(view, opener)) return subjectAfterComma(view, last);
  // The nearest verb or auxiliary decides: the gerund attaches to its clause ("had both been
  // infected after traveling": the auxiliary's clause, whose subject may be no actor; not the
  // "said" before it). A participle there is no clause of its own to share.
  for (let k = opener - 1; k >= 0; k--) {
    if (view.words[k] === ";" || view.words[k] === ":") return undefined;
    const pos = view.tokens[k]!.pos;
    if (pos !== "VERB" && pos !== "AUX") continue;
    if (pos === "VERB" && !isFiniteVerb(view, k)) return undefined;
    const verbStart = verbGroupStart(view, k);
    if (view.words[opener] === "by" && isPassive(view, verbStart, k)) return undefined;
    return subjectBefore(view, verbStart);
  }
  return undefined;
}
