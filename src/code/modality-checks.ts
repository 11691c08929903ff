// Modality from the clause above a trigger: a modal on the governing verb ("would do well to
// denounce"), and what a nominal event in the object of a planned or requested verb is.
import type { Modality } from "../types.ts";
import { type CueMatch, governorOf, verbGroupStart } from "./clause-analyse.ts";
import { FUTURE, HYPOTHETICAL } from "./clause-scope.ts";
import type { CueKind } from "./pattern-load.ts";
import type { SentenceView } from "./sentence-view.ts";

/**
 * "would do well to denounce", "can now vie to deliver": an infinitive whose governing verb
 * carries a modal of possibility is as hypothetical as that verb (one level up the clause).
 */
export function modalAbove(view: SentenceView, start: number): boolean {
  if (view.words[start - 1] !== "to") return false;
  for (let k = start - 2; k >= 0; k--) {
    const pos = view.tokens[k]!.pos;
    if (pos === "PUNCT" || pos === "SCONJ") return false;
    if (pos !== "VERB" && pos !== "AUX") continue;
    const group = view.words.slice(verbGroupStart(view, k), k + 1);
    return group.some((w) => HYPOTHETICAL.has(w));
  }
  return false;
}

/**
 * "Egypt is expected to host talks between Gondor and Arnor", "will hold talks": a nominal event
 * in the object of a verb that is planned, requested or conditional is not asserted either.
 */
export function nominalModality(
  view: SentenceView,
  cues: readonly CueMatch[],
  anchor: number,
): { modality: Modality; cue?: CueKind } {
  for (let k = anchor - 1; k >= 0; k--) {
    const pos = view.tokens[k]!.pos;
    if (pos === "PUNCT" || pos === "SCONJ") return { modality: "asserted" };
    if (pos !== "VERB") continue;
    const start = verbGroupStart(view, k);
    const words = view.words.slice(start, k);
    if (words.some((w) => FUTURE.has(w))) return { modality: "intended" };
    if (words.some((w) => HYPOTHETICAL.has(w))) return { modality: "hypothetical" };
    const kind = governorOf(view, cues, start)?.match.cue.kind;
    if (kind === "intent" || kind === "threaten") return { modality: "intended", cue: kind };
    if (kind === "appeal" || kind === "demand") return { modality: "hypothetical" };
    if (kind === "hypothetical") return { modality: "hypothetical" };
    return { modality: "asserted" };
  }
  return { modality: "asserted" };
}

/**
 * Passive verbs before "to" whose infinitive did happen: compelled ("was forced to flee", "were
 * made to leave") or perceived and known ("was seen to break into", "is known to have met").
 */
const ASSERTING_PASSIVES = new Set([
  "force",
  "compel",
  "oblige",
  "make",
  "pressure",
  "drive",
  "see",
  "know",
  "find",
  "show",
  "hear",
  "prove",
  "observe",
  "watch",
]);

/** Adjectives before "to" that assert the act ("was able to", "the first to recognise"). */
const ASSERTING_ADJECTIVES = new Set(["able", "first", "last", "only", "second", "next"]);

/**
 * "cut back on programs to finance planting", "an agreement to share intelligence", "determined
 * to strike": an infinitive that completes a noun or an adjective (not an actor) names the content
 * of a plan, a right, a wish or a readiness, not an act the sentence says happened. "in order to"
 * is a purpose of the main verb, and an actor before "to" ("deployed police to Haiti to fight")
 * is handled as a purpose clause, so neither counts here.
 */
export function completesWord(view: SentenceView, start: number): string | null {
  if (view.words[start - 1] !== "to") return null;
  const k = start - 2;
  const t = view.tokens[k];
  if (!t || view.groupAt[k]) return null;
  if (t.pos === "NOUN" && view.words[k] !== "order") return `completes the noun "${t.text}"`;
  if (t.pos === "ADJ" && !ASSERTING_ADJECTIVES.has(view.words[k]!))
    return `completes the adjective "${t.text}"`;
  // "is widely expected to dissolve", "is alleged to have done", "was asked to leave": a passive
  // verb of expecting, saying, asking or allowing makes the infinitive someone's expectation,
  // claim or request (not so "was forced to flee", "was seen to break in": those happened).
  if (t.pos === "VERB" && /(ed|en|wn)$/.test(view.words[k]!) && !ASSERTING_PASSIVES.has(view.lemmas[k]!)) {
    let j = k - 1;
    while (j >= 0 && view.tokens[j]!.pos === "ADV") j--;
    if (j >= 0 && (view.lemmas[j] === "be" || view.words[j] === "being"))
      return `follows the passive "${view.words[j]} ${t.text}": expected, claimed or asked, not asserted`;
  }
  return null;
}

/**
 * "an official agreement between the two may finally end the expulsions", "the deal will allow
 * cooperation": a nominal event that is the subject of a modal or future verb is as planned or
 * possible as that verb. Looks at the verb group right after the noun phrase (a few words on).
 */
export function modalAfterNoun(view: SentenceView, anchor: number): boolean {
  for (let k = anchor + 1; k < Math.min(view.tokens.length, anchor + 8); k++) {
    const pos = view.tokens[k]!.pos;
    // ("signed an agreement that may end ...": a relative clause's modal is not the noun's.)
    if (pos === "PUNCT" || pos === "SCONJ" || pos === "VERB" || pos === "PRON") return false;
    if (pos === "AUX") return FUTURE.has(view.words[k]!) || HYPOTHETICAL.has(view.words[k]!);
  }
  return false;
}

/**
 * Adverbs that make a verb habitual or generic ("have often collaborated", "has long allowed",
 * "usually denies"): a custom, not one event with a time (GUIDELINES: habitual acts are not coded).
 * ("repeatedly" stays: "has repeatedly shelled" reports a series of events.)
 */
export const HABITUAL = new Set([
  "often",
  "usually",
  "regularly",
  "frequently",
  "routinely",
  "always",
  "typically",
  "traditionally",
  "generally",
  "occasionally",
  "sometimes",
  "long",
]);
