// The one accused in an allegation's clause: "the government alleges that the company falsified
// the results", "Kenya charged that Ugandan troops had crossed the border". An accusation verb
// whose that-clause opens with an actor as its subject accuses that actor; without it the event
// would have no target although the sentence names one.
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Words that may come between the clause's "that" and its subject ("that the", "that its own"). */
const LEAD = /^(DET|ADJ|NUM|PRON)$/;

/**
 * The subject of the clause right after token `last` (after an optional "that"), when it is an
 * actor and a verb follows it; else null.
 */
export function accusedInClause(view: SentenceView, last: number): ActorGroup | null {
  let k = last + 1;
  if (view.words[k] === "that") k++;
  else if (view.words[k] === ",") return null;
  while (k < view.tokens.length && !view.groupAt[k] && LEAD.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  if (!g || g.first !== k) return null;
  // (The group must be the clause's subject: a verb or auxiliary follows it, maybe after "'s"
  // or an adverb: "the company had copied", "police are", "Uganda secretly armed".)
  let v = g.last + 1;
  while (v < view.tokens.length && view.tokens[v]!.pos === "ADV") v++;
  return /^(VERB|AUX)$/.test(view.tokens[v]?.pos ?? "") ? g : null;
}
