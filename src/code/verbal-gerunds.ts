// "Israel retaliated by bombing Hamas positions", "after shelling the town": the tagger often
// reads an -ing word as a noun ("the bombing") even where it heads a gerund clause with an
// object of its own. Right after a word that opens an adverbial gerund clause and before the
// start of a noun phrase, the -ing word is the clause's verb (its subject is then the main
// clause's: adverbial-gerund.ts). trigger-checks.ts retags it and puts back its verb base.
import type { SentenceView } from "./sentence-view.ts";

/**
 * Words that open a gerund clause of time, means or manner. (Not "of", "for", "on", "about":
 * there the gerund is the content of a noun or a verb, match-select.ts; nor "in": "in fighting
 * near the border" is mostly the noun.)
 */
const GERUND_CLAUSE_OPENERS = new Set(["by", "after", "before", "while", "without", "upon", "despite"]);

/**
 * Tags that can open the gerund's object ("bombing Hamas positions", "shelling the town",
 * "attacking civilian areas", "detaining them", "killing 12 people"); a noun right after the
 * -ing word is left as it is ("after shooting practice" is a noun compound as often as a verb).
 */
const OBJECT_OPENERS = /^(DET|PROPN|PRON|NUM|ADJ)$/;

/** Whether token i is an -ing word tagged as a noun that heads an adverbial gerund clause. */
export function isMistaggedGerund(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (t.pos !== "NOUN" || !/^[a-z]{3,}ing$/.test(t.text)) return false;
  if (!GERUND_CLAUSE_OPENERS.has(view.words[i - 1] ?? "")) return false;
  // An actor right after it is its object too ("after attacking Hamas", tagged PROPN anyway).
  const next = view.tokens[i + 1];
  return next !== undefined && (view.groupAt[i + 1] !== undefined || OBJECT_OPENERS.test(next.pos));
}
