// The parties an event noun's own phrase names, where neither a by-phrase nor a possessor does
// (noun-events.ts reads those): "between A and B" after a mutual event noun ("a phone call
// between Putin and Biden"), and, for meetings and visits, the one an of-phrase names before the
// other side ("the visit of the Chinese president to Pakistan"). A mutual event (talks, a call,
// a deal: @recip patterns and CAMEO's mutual codes) is done by both parties, so it is coded both
// ways. (Two actors joined by a hyphen before the noun, "the US-China trade talks", were read as
// its parties too and measured on the audit, 2026-12-06: six emissions on the untuned half, none
// right, none on the tune half; in news such a pair mostly names the topic, so it is not read.)
import { MUTUAL_CODES } from "./clause-pairs.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

export interface NounParties {
  /** Who acted; for a mutual event, one party (or both, as one group, with no patient). */
  readonly agent: ActorGroup;
  /** The other party, if the phrase names it apart. */
  readonly patient: ActorGroup | null;
}

/** Nouns between the event noun and "between": "a phone [call] between". */
const MAX_COMPOUND = 2;
/** Words between a preposition and the head of its actor: "of [the three] soldiers". */
const NOUN_PHRASE_LEAD = /^(DET|ADJ|NUM)$/;
/**
 * Cooperative roots (03-08): their mutual nouns name one event of two parties ("Arab-Israeli peace
 * talks", "a call between the presidents"). Fighting between two sides has patterns of its own
 * ("clashes between +"); a force noun after "between" is more often a contest ("a direct clash
 * between the Kenyans and Ethiopians" in a race report).
 */
const COOPERATIVE_ROOTS = /^0[3-8]/;
/** CAMEO root whose nouns take their doer in an of-phrase: meetings and visits (04 consult). */
const CONSULT_ROOT = "04";
/** What names the other side of a meeting or a visit after its doer: "the visit of X [to] Y". */
const CONSULT_PREPOSITIONS = new Set(["to", "with"]);

function groupStartingAt(view: SentenceView, k: number): ActorGroup | null {
  while (k < view.tokens.length && NOUN_PHRASE_LEAD.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  return g && g.first === k ? g : null;
}

/** "a phone call between the two presidents", "talks between Gondor and Arnor": a list of two or more actors after "between". */
function betweenList(view: SentenceView, anchor: number): NounParties | null {
  let j = anchor + 1;
  while (
    j < view.tokens.length &&
    j - anchor <= MAX_COMPOUND &&
    view.tokens[j]!.pos === "NOUN" &&
    !view.groupAt[j]
  )
    j++;
  if (view.words[j] !== "between") return null;
  const g = groupStartingAt(view, j + 1);
  return g && g.members.length >= 2 ? { agent: g, patient: null } : null;
}

/** "the visit of the Chinese president to Pakistan", "a meeting of Gondor's envoy with Arnor". */
function consultDoer(view: SentenceView, anchor: number): NounParties | null {
  if (view.words[anchor + 1] !== "of") return null;
  const doer = groupStartingAt(view, anchor + 2);
  if (!doer || !CONSULT_PREPOSITIONS.has(view.words[doer.last + 1] ?? "")) return null;
  const other = groupStartingAt(view, doer.last + 2);
  return other ? { agent: doer, patient: other } : null;
}

/**
 * The parties of the event noun at `anchor` that its phrase names by a between-list or a
 * meeting's of-phrase, or null. `mutual`: the event is one both sides take part in; only then does
 * a between-list name its parties ("tariffs between the two" says nothing of who imposed them).
 */
export function nounPartiesOf(
  view: SentenceView,
  anchor: number,
  code: string,
  mutual: boolean,
): NounParties | null {
  if (mutual && COOPERATIVE_ROOTS.test(code)) {
    const parties = betweenList(view, anchor);
    if (parties) return parties;
  }
  return code.startsWith(CONSULT_ROOT) ? consultDoer(view, anchor) : null;
}

/** Whether a pattern's event is one both sides take part in: @recip, or one of CAMEO's mutual codes. */
export function isMutualPattern(pattern: { readonly reciprocal?: boolean; readonly code: string }): boolean {
  return pattern.reciprocal === true || MUTUAL_CODES.test(pattern.code);
}
