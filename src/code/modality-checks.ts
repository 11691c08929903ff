// Modality from the clause above a trigger: a modal on the governing verb ("would do well to
// denounce"), and what a nominal event in the object of a planned or requested verb is.
import type { Modality } from "../types.ts";
import { type CueMatch, verbGroupStart } from "./clause-analyse.ts";
import { governorOf } from "./clause-governor.ts";
import { FUTURE, HYPOTHETICAL } from "./clause-scope.ts";
import type { CodeRules } from "./code-rules.ts";
import type { CueKind } from "./pattern-load.ts";
import type { PatternMatch } from "./pattern-match.ts";
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

const QUOTATION_MARKS = new Set(['"', "“", "”", "‘", "’", "«", "»"]);

/**
 * "Egypt is expected to host talks between Gondor and Arnor", "will hold talks": a nominal event
 * in the object of a verb that is planned, requested or conditional is not asserted either.
 */
export function nominalModality(
  view: SentenceView,
  cues: readonly CueMatch[],
  anchor: number,
): { modality: Modality; cue?: CueKind } {
  const governed = governingModality(view, cues, anchor);
  // "the planned visit to Beijing", "Gondor's proposed summit with Arnor": planned, as "plans to
  // visit" is (the tagger reads the participle as a verb or an adjective), unless called off.
  if (governed.modality === "asserted" && PLANNING_PARTICIPLES.has(view.words[anchor - 1] ?? ""))
    return { modality: "intended", cue: "intent" };
  return governed;
}

/** The modality the verb governing a nominal event gives it (the loop of nominalModality). */
function governingModality(
  view: SentenceView,
  cues: readonly CueMatch[],
  anchor: number,
): { modality: Modality; cue?: CueKind } {
  for (let k = anchor - 1; k >= 0; k--) {
    const pos = view.tokens[k]!.pos;
    // ("will allow for \"full cooperation\"": a quotation inside the object is no clause boundary.)
    if (pos === "PUNCT" && QUOTATION_MARKS.has(view.words[k]!)) continue;
    if (pos === "PUNCT" || pos === "SCONJ") return { modality: "asserted" };
    if (pos !== "VERB") continue;
    // "the planned visit", "a proposed meeting": a participle after a determiner modifies the
    // noun; the clause's verb is further left.
    if (/^(DET|PRON)$/.test(view.tokens[k - 1]?.pos ?? "") && /(ed|en)$/.test(view.words[k]!)) continue;
    // "cancelled talks with Arnor", "called off the visit": the event was called off, not held.
    if (callsOff(view, k)) return { modality: "hypothetical" };
    let start = verbGroupStart(view, k);
    // ('would "pave the way" for talks': a quotation opening inside the verb group keeps its modal.)
    while (QUOTATION_MARKS.has(view.words[start - 1] ?? "") && view.tokens[start - 2]?.pos === "AUX")
      start = verbGroupStart(view, start - 2);
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

/** Participles that make the event noun they modify a plan: "the planned visit", "a proposed summit". */
const PLANNING_PARTICIPLES = new Set(["planned", "proposed", "scheduled", "intended"]);

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

/** Degree words that only qualify adjectives ("more determined", "so eager", "increasingly willing"). */
const DEGREE = new Set([
  "more",
  "most",
  "less",
  "least",
  "so",
  "very",
  "too",
  "increasingly",
  "ever",
  "equally",
]);

/** Adjectives before "to" that assert the act ("was able to", "the first to recognise"). */
const ASSERTING_ADJECTIVES = new Set(["able", "first", "last", "only", "second", "next"]);

/**
 * "eager to send aid to Kyiv", "a plan to deliver weapons to Kyiv": an event noun that is the
 * object of an infinitive completing a noun or an adjective is as planned or possible as that
 * infinitive (completesWord); dropping the verb's reading must not let the noun's narrower
 * reading ("aid to Kyiv") come back as asserted. Looks left over the object's determiners,
 * numbers and adjectives to the verb.
 */
export function objectOfCompletingInfinitive(view: SentenceView, anchor: number): string | null {
  let k = anchor - 1;
  while (k > 0 && /^(DET|ADJ|NUM)$/.test(view.tokens[k]!.pos) && !view.groupAt[k]) k--;
  if (view.tokens[k]?.pos !== "VERB" || view.words[k] !== view.lemmas[k]) return null;
  const completes = completesWord(view, k);
  return completes ? `is the object of "${view.words[k]}", which ${completes}` : null;
}

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
  if (!t) return null;
  const group = view.groupAt[k];
  if (group) return nounBeforeParty(view, group.first);
  // "a man about to be indicted", "was about to be charged": a passive "about to be" is a step of
  // a procedure not taken yet. (The active "is about to restore ties" stays coded, as the
  // PETRARCH suite and TABARI's coders code it: a stated imminent act.)
  if (view.words[k] === "about" && view.words[start] === "be")
    return `follows "about to be": about to happen, not asserted`;
  // "even more determined to strike", "so eager to help": a degree word before a participle makes
  // it an adjective of disposition, whose infinitive is wished or intended, not done.
  if (t.pos === "VERB" && /(ed|en)$/.test(view.words[k]!) && DEGREE.has(view.words[k - 1] ?? ""))
    return `completes the adjective "${view.words[k - 1]} ${t.text}"`;
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

/** Prepositions that name the other party of an agreement, a deal or a request ("a deal with Iran"). */
const PARTY_PREPOSITIONS = new Set(["with", "between", "among", "by"]);

/**
 * "an agreement with Washington to share intelligence", "a deal between Chile and Peru to end the
 * dispute": when the actor before "to" is the party of a noun before it, the infinitive completes
 * that noun (what was agreed or requested), not a purpose of the actor. `first`: the actor's
 * first token.
 */
function nounBeforeParty(view: SentenceView, first: number): string | null {
  let j = first - 1;
  if (view.words[j] === "the") j--;
  if (!PARTY_PREPOSITIONS.has(view.words[j] ?? "")) return null;
  const noun = view.tokens[j - 1];
  if (noun?.pos !== "NOUN" || view.groupAt[j - 1]) return null;
  return `completes the noun "${noun.text}" (its party named between)`;
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
    if (pos === "AUX") {
      if (FUTURE.has(view.words[k]!) || HYPOTHETICAL.has(view.words[k]!)) return true;
      // "the visit was postponed", "talks have been called off": the event did not take place.
      let v = k + 1;
      while (v < view.tokens.length && /^(AUX|ADV|PART)$/.test(view.tokens[v]!.pos)) v++;
      return view.tokens[v]?.pos === "VERB" && callsOff(view, v);
    }
  }
  return false;
}

/**
 * Verbs that call an event off or put it off (WordNet 3.1: cancel.v.1 "call off" with its synonyms
 * scrub and scratch, postpone.v.1 "hold back to a later time" with prorogue and defer, and
 * abandon.v.1 and scrap.v.1): a nominal event they take, or that is their passive subject, was
 * not held ("cancelled talks", "the visit was postponed"). And those that cancel a standing act
 * officially (revoke.v.1 "cancel officially; lift an embargo", with annul, lift, countermand,
 * reverse, repeal, overturn, rescind and vacate): "to lift the ban on X", "repealed the sanctions"
 * report the undoing (08 yield patterns), not the ban or the sanctions as a new act.
 */
const CALLING_OFF = new Set([
  "cancel",
  "call off",
  "scrub",
  "scratch",
  "postpone",
  "put off",
  "defer",
  "delay",
  "prorogue",
  "abandon",
  "scrap",
  "revoke",
  "annul",
  "lift",
  "countermand",
  "reverse",
  "repeal",
  "overturn",
  "rescind",
  "vacate",
]);

/** Whether the verb at k (with its particle: "called off") calls an event off or puts it off. */
function callsOff(view: SentenceView, k: number): boolean {
  const lemma = view.lemmas[k]!;
  const particle = view.words[k + 1];
  return CALLING_OFF.has(lemma) || (particle !== undefined && CALLING_OFF.has(`${lemma} ${particle}`));
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

/** Nouns whose content is a claim against someone, not an established act ("charges of", "allegations that"). */
const ACCUSATION_NOUNS = new Set(["charge", "allegation", "accusation", "suspicion", "indictment", "count"]);
/** Verbs whose complement is alleged ("alleges that", "suspected of", "indicted for"). */
const ALLEGING_VERBS = new Set(["allege", "accuse", "suspect", "indict", "charge"]);
/** Words that may stand between an accusation and its content ("charges, including conspiring to"). */
const INTO_CONTENT = new Set(["of", "that", "for", "over", "including", "involving", "to", "such", "as"]);

/**
 * "faces charges in the US, including conspiring to hack", "allegations of torture by the police",
 * "is suspected of smuggling": an act named as the content of an accusation is what someone is
 * accused of, not an act the sentence asserts. Scans left from the trigger's verb group over the
 * actors, gerunds and linking words that lead into the content; a finite verb or other punctuation
 * ends the scan. Returns the accusing word, or null.
 */
export function accusedContent(view: SentenceView, start: number): string | null {
  for (let k = start - 1; k >= Math.max(0, start - 12); k--) {
    if (view.groupAt[k]) continue;
    const t = view.tokens[k]!;
    const word = view.words[k]!;
    const lemma = view.lemmas[k]!;
    // An accusing verb must open its content ("alleges that", "suspected of"): "the suspect
    // pleaded guilty" has none. (A noun may come before its place: "charges in the US, including".)
    const opens =
      INTO_CONTENT.has(view.words[k + 1] ?? "") || view.words[k + 1] === "with" || view.words[k + 1] === ",";
    if (t.pos === "NOUN") {
      if (ACCUSATION_NOUNS.has(lemma)) return t.text;
      continue;
    }
    if (t.pos === "VERB") {
      if (ALLEGING_VERBS.has(lemma) && opens) return t.text;
      if (word.endsWith("ing")) continue;
      return null;
    }
    if (t.pos === "PUNCT") {
      // Only a comma that opens a list of the counts ("charges, including ...") is crossed.
      if (word === "," && INTO_CONTENT.has(view.words[k + 1] ?? "")) continue;
      return null;
    }
    if (INTO_CONTENT.has(word) || /^(DET|ADJ|NUM|ADP|PART|PROPN|ADV)$/.test(t.pos)) continue;
    return null;
  }
  return null;
}

/**
 * Verbs that, as the first word of a phrase pattern with its event noun ("offered assistance to",
 * "promised aid", "threatened sanctions against"), say the act is offered, promised or threatened,
 * not done: the cue kind whose code (cue-codes.tsv) the event takes, as the CAMEO codebook codes
 * an offer or promise of X as intent (03) and a threat of X as threat (13).
 */
const INTENT_LIGHT_VERBS: ReadonlyMap<string, CueKind> = new Map([
  ["offer", "intent"],
  ["promise", "intent"],
  ["pledge", "intent"],
  ["vow", "intent"],
  ["propose", "intent"],
  ["threaten", "threaten"],
]);

/**
 * The code of a phrase match whose own first verb offers, promises or threatens its act ("offered
 * assistance to Lebanon": 070 -> 033), else the code unchanged. A code already an intent (03) or
 * threat (13) is what its pattern says ("pledged support": 032).
 */
export function lightVerbRecode(view: SentenceView, m: PatternMatch, code: string, rules: CodeRules): string {
  if (m.words < 2 || view.tokens[m.first]?.pos !== "VERB") return code;
  if (code.startsWith("03") || code.startsWith("13")) return code;
  const kind = INTENT_LIGHT_VERBS.get(view.lemmas[m.first]!);
  return (kind && rules.mapCue(kind, code)) || code;
}
