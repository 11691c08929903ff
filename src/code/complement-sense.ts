// Sense checks from what a trigger verb takes or is part of: a verb of a material act followed by
// a clause ("demonstrating how a person can ...") is used in its sense of showing or saying; the
// second half of a reflexive compound ("self-indicting words") modifies a noun and names no act
// between actors; "asked" after a quoted question, or "asked X about", asks a question, which is
// no appeal (CAMEO 02 is a request for an act or for aid).
import type { PatternMatch } from "./pattern-match.ts";
import type { Misfit } from "./role-sense-checks.ts";
import type { SentenceView } from "./sentence-view.ts";

/**
 * Roots of material acts (meet, cooperate, aid, protest, force posture, reduce relations,
 * assault, fight, mass violence): a clause after the verb names what is shown or said, so the verb
 * is used in that sense (WordNet demonstrate.v.02 "show" against demonstrate.v.03 "march in
 * protest"). Not yield (08): "allowed that", "conceded that" are concessions, as the CAMEO
 * dictionaries code them (080); nor coercion (17): "charged that" is an accusation
 * (role-sense-checks.ts). Statements, appeals, intents, investigations, demands, disapproval,
 * rejections and threats take such a clause in their own sense ("demanded that").
 */
const MATERIAL_ROOTS = /^(0[4-7]|1[4-689]|20)/;
/** Words that open a clause after a verb ("that" only as a conjunction: not "seized that town"). */
const CLAUSE_OPENERS = new Set(["how", "why", "whether", "what"]);

/** Whether the verb at `last` is followed (across adverbs) by a clause of what is said or shown. */
function takesClause(view: SentenceView, last: number): string | null {
  let k = last + 1;
  while (view.tokens[k]?.pos === "ADV" && !CLAUSE_OPENERS.has(view.words[k]!)) k++;
  const word = view.words[k];
  if (word === undefined) return null;
  if (word === "that" && view.tokens[k]!.pos === "SCONJ") return word;
  if (CLAUSE_OPENERS.has(word) && view.tokens[k]!.pos !== "DET") return word;
  return null;
}

/** Whether token i is glued to "self-" before it ("self-indicting", "self-imposed"). */
function reflexiveCompound(view: SentenceView, i: number): boolean {
  const dash = view.tokens[i - 1];
  const self = view.tokens[i - 2];
  const token = view.tokens[i]!;
  return (
    dash?.text === "-" &&
    self !== undefined &&
    self.text.toLowerCase() === "self" &&
    self.end === dash.start &&
    dash.end === token.start
  );
}

/** Verbs of asking whose appeal reading (02) a quoted question rules out. */
const ASKING = new Set(["ask", "inquire", "enquire"]);
/** Words after "asked X" that open the question asked ("asked Morrison about", "asked him whether"). */
const QUESTION_OPENERS = new Set(["about", "whether", "if", "why", "how", "what", "when", "where", "who"]);

/** Why the trigger is used in another sense by what it takes or is part of, or null. */
export function complementSenseMisfit(view: SentenceView, m: PatternMatch, code: string): Misfit | null {
  const text = view.tokens[m.first]!.text;
  if (reflexiveCompound(view, m.first))
    return { why: `"${text}" is part of a reflexive compound ("self-"), not an act between actors` };
  if (view.tokens[m.first]!.pos !== "VERB") return null;
  if (MATERIAL_ROOTS.test(code) && m.last === m.first) {
    const opener = takesClause(view, m.last);
    if (opener) return { why: `"${text} ${opener}" says or shows something: not the act's sense` };
  }
  // "'The government has no place in our bedroom?' the interviewer asked one woman", "asked
  // Morrison about concerns": a question (WordNet ask.v.01 "inquire"), not a request (ask.v.02).
  if (code.startsWith("02") && ASKING.has(view.lemmas[m.first]!)) {
    if (view.words.includes("?")) return { why: `"${text}" asks a quoted question, not for an act` };
    const after = view.words[m.last + 1] ?? "";
    if (QUESTION_OPENERS.has(after)) return { why: `"${text} ... ${after}" asks a question, not for an act` };
  }
  return null;
}
