// The subject of a verb that follows a restrictive subject relative clause: in "Officials who met
// Chinese diplomats criticized Japan" and "The company that runs the plant denied ..." the main
// verb's subject is the noun the clause modifies, not an actor inside the clause (the nearest
// actor to the left, "Chinese diplomats", is the relative verb's object). Without commas there is
// no aside to skip (clause-asides.ts), so the clause is recognised by its shape.
import { isAsideDash } from "./clause-asides.ts";
import { finiteVerbAt } from "./coordinated-verbs.ts";
import { CLAUSE_TAKING } from "./reporting-verbs.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Relative pronouns that can be the subject of their clause ("whom" and "whose" cannot). */
const SUBJECT_RELATIVES = new Set(["who", "that", "which"]);

/**
 * Words that end the search: a clause or list boundary, a conjunction opening another clause, or
 * a second relative or complement marker (then the verb may sit inside a nested clause).
 */
const STOPS = new Set([
  ",",
  ";",
  ":",
  "—",
  "–",
  "(",
  ")",
  "and",
  "or",
  "but",
  "that",
  "who",
  "which",
  "whom",
  "whose",
]);

/** How far (tokens) the relative clause may run before the main verb: a short clause only. */
const MAX_CLAUSE = 14;

/**
 * For the finite verb group starting at `start`: when the words before it are
 * "ANTECEDENT who|that|which VERB ..." with one verb, no comma and no nested clause, the actor group
 * the clause modifies (through `placed`, which steps back over a place phrase: "the rebels in Syria
 * who ..."). Null when the shape does not hold or the noun before the pronoun is no actor.
 */
export function relativeClauseSubject(
  view: SentenceView,
  start: number,
  placed: (g: ActorGroup) => ActorGroup | null,
): ActorGroup | null {
  // The main verb must be finite: an infinitive ("to attack") or a bare participle ("visiting")
  // has a subject of its own.
  if (view.words[start - 1] === "to") return null;
  let verb = start;
  while (verb < view.tokens.length && /^(AUX|ADV|PART)$/.test(view.tokens[verb]!.pos)) verb++;
  if (view.tokens[verb]?.pos === "VERB") {
    if (!finiteVerbAt(view, verb)) return null;
    if (verb === start && /ing$/.test(view.words[verb]!)) return null;
  }
  let verbs = 0;
  let clauseVerb = -1;
  for (let j = start - 1; j >= 0 && start - j <= MAX_CLAUSE; j--) {
    const w = view.words[j]!;
    if (SUBJECT_RELATIVES.has(w) && view.tokens[j]!.pos !== "DET" && j < start - 1) {
      // ("Two hostages - an American and an Australian - who had been held ... were released",
      // "Hamas, which fired rockets ... said": past the comma or dash that sets the clause off, the
      // actor right before it; an aside between dashes names the antecedent most exactly.)
      const setOff = view.words[j - 1] === "," || isAsideDash(view, j - 1);
      const antecedent = view.groupAt[j - 1] ?? (setOff ? view.groupAt[j - 2] : undefined);
      if (!antecedent || verbs !== 1) return null;
      // A subject relative: its verb follows the pronoun (after auxiliaries, negation, adverbs).
      let k = j + 1;
      while (k < clauseVerb && /^(AUX|ADV|PART)$/.test(view.tokens[k]!.pos)) k++;
      if (k !== clauseVerb) return null;
      if (CLAUSE_TAKING.has(view.lemmas[clauseVerb]!)) return null;
      return placed(antecedent) ?? antecedent;
    }
    if (STOPS.has(w)) return null;
    if (view.tokens[j]!.pos === "VERB") {
      verbs++;
      clauseVerb = j;
      // An infinitive or a second verb means another clause: the shape is not the simple one.
      if (verbs > 1 || view.words[j - 1] === "to") return null;
    }
  }
  return null;
}
