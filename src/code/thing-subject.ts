// "An explosion leveled the motel, killing two people": a participle clause after a comma shares
// the main clause's subject; when that subject is a noun phrase that names no actor (an
// explosion, the storm, a fire), the participle's act has no actor either, and none is to be
// taken from the main clause's object or from anywhere else in the sentence.
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
