// A participle with no auxiliary and no object right after the noun phrase it follows is a
// reduced passive: "Seven men charged with fraud" (a headline), "a judge stabbed to death over a
// fine", "an activist sentenced with Wang", "a man seized in a police raid". Acts done to someone
// (CAMEO 17 coerce, 18 assault, 19 fight unless mutual, 20 mass violence, 116 sentencing) take the one acted on as
// object when active ("police charged seven men"), so where a preposition or the end of the
// sentence stands in the object's place the noun before is the one acted on, not the actor.
// postNominalPassive (clause-participants.ts) covers the form with a by-agent; this is the form
// without one, where the coder otherwise read the noun before as the subject.
import type { PatternMatch } from "./pattern-match.ts";
import type { SentenceView } from "./sentence-view.ts";

/**
 * Roots whose acts are done to someone: coerce, assault, fight, mass violence. (A fight's mutual
 * verbs, marked @recip, take no object: "clashed with", "fought in".)
 */
const UNDERGOER_ROOTS = new Set(["17", "18", "19", "20"]);
/** Codes outside those roots whose act is done to someone: sentencing (116). */
const UNDERGOER_CODES = new Set(["116"]);

/** Prepositions that open the complement of a passive act ("charged with", "jailed for"). */
const PASSIVE_PREPOSITIONS = new Set([
  "with",
  "for",
  "in",
  "on",
  "over",
  "at",
  "after",
  "during",
  "to",
  "near",
  "outside",
]);

/** Words after a preposition that make it part of a quantity, not a phrase ("at least 20"). */
const QUANTITY_WORDS = new Set(["least", "most", "than", "about", "around", "some", "nearly", "almost"]);

/**
 * Whether match `m` (a verb whose group starts at `start`) is an agentless reduced passive: an -ed
 * participle right after an actor, with nothing before it in its verb group, of an
 * act done to someone, followed by a preposition or the end of the sentence.
 */
export function bareParticiplePassive(view: SentenceView, m: PatternMatch, start: number): boolean {
  const anchor = m.first;
  const code = m.pattern.code;
  if (!UNDERGOER_ROOTS.has(code.slice(0, 2)) && !UNDERGOER_CODES.has(code.slice(0, 3))) return false;
  if (m.pattern.reciprocal) return false;
  if (start !== anchor || !/^(VERB|ADJ)$/.test(view.tokens[anchor]!.pos)) return false;
  if (!view.words[anchor]!.endsWith("ed")) return false;
  // Only where the noun before is an actor: that is where the coder read the one acted on as the
  // actor. (After a thing, "ground seized in the fighting", the actor is sought elsewhere.)
  if (!view.groupAt[anchor - 1]) return false;
  // The pattern's own words ("stab .. to death") are part of the verb, but an object inside the
  // match ("stripped [him] of his status", "took [the men] into custody") makes it active.
  // ("massacred [civilians]", "launched [air strikes]": the pattern's own object noun right after
  // the verb makes it active too; only a preposition or particle may follow it in the match.)
  if (m.targets.length) return false;
  if (m.last > anchor && !/^(ADP|PART|ADV)$/.test(view.tokens[anchor + 1]!.pos)) return false;
  for (let i = anchor + 1; i <= m.last; i++)
    if (view.groupAt[i] || /^(DET|PRON|PROPN|NUM)$/.test(view.tokens[i]!.pos)) return false;
  // What follows the match decides.
  const next = m.last + 1;
  if (next >= view.tokens.length || /^[.!?]$/.test(view.words[next]!)) return true;
  if (!PASSIVE_PREPOSITIONS.has(view.words[next]!) || view.tokens[next]!.pos !== "ADP") return false;
  const after = next + 1;
  if (after >= view.tokens.length || QUANTITY_WORDS.has(view.words[after]!)) return false;
  // ("arrested over 100 protesters": "over" a number is a quantity; "jailed for 15 years" is not.)
  if (view.words[next] === "over" && view.tokens[after]!.pos === "NUM") return false;
  // "Police arrested on Friday 26 suspected militants": a time phrase may stand before the object.
  return !isTimeAt(view, after);
}

/** Whether the token at `i` lies in a date mention ("on Friday", "in April"). */
function isTimeAt(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  return view.mentions.some((mn) => mn.kind === "date" && mn.start <= t.start && t.end <= mn.end);
}
