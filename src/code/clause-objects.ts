// What follows a verb: its object, the other party a preposition introduces ("extradited the
// suspects to Germany"), an actor inside the object noun phrase, and the agent of a passive or of
// the act an object names ("by Gondor"). Split from clause-analyse.ts, which reads what comes
// before a verb (its subject) and the cues that govern it.
import type { ActorGroup, SentenceView } from "./sentence-view.ts";
import { timePhraseEnd } from "./time-phrase.ts";

/** Words that may come between a verb and its object: "met [with the] ...", "hit [two] ...". */
const OBJECT_LEAD_POS = new Set(["DET", "ADJ", "NUM", "ADV"]);
const OBJECT_LEAD_WORDS = new Set([
  "with",
  "on",
  "against",
  "to",
  "for",
  "into",
  "toward",
  "towards",
  "'s",
  // "killed their families": a possessive determiner opens the object (refineTarget drops the
  // source's own means, "deployed its troops").
  "their",
  "his",
  "her",
  "its",
  "our",
]);

/** Prepositions that introduce the other party of an event: "extradited the suspects to Germany". */
export const TARGET_PREPOSITIONS = new Set([
  "to",
  "against",
  "on",
  "at",
  "with",
  "from",
  "into",
  "toward",
  "towards",
]);
/** How far after the pattern such a preposition may come: a short object noun phrase. */
export const LATE_TARGET_WINDOW = 6;

/**
 * The actor right after a verb (its object), else one a preposition introduces shortly after; a
 * time adverbial right after the verb is stepped over ("arrested on Monday two opposition leaders").
 */
export function objectAfter(
  view: SentenceView,
  verbLast: number,
  window = LATE_TARGET_WINDOW,
  anyPreposition = false,
): ActorGroup | null {
  const last = timePhraseEnd(view, verbLast);
  const direct = directObjectAfter(view, last) ?? actorInObjectPhrase(view, last);
  if (direct) return direct;
  for (let j = last + 1; j < Math.min(view.tokens.length, last + 1 + window); j++) {
    const t = view.tokens[j]!;
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ") return null;
    if (TARGET_PREPOSITIONS.has(view.words[j]!) || (anyPreposition && t.pos === "ADP")) {
      let k = j + 1;
      while (k < view.tokens.length && (view.tokens[k]!.pos === "DET" || view.tokens[k]!.pos === "ADJ")) k++;
      const g = view.groupAt[k];
      if (g && g.first === k) return g;
    }
  }
  return null;
}

/** Tokens that can make up a noun phrase: "an anti-Gondor parade", "the Israeli embassy". */
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "X"]);
/** How long an object noun phrase may be before the actor inside it: "the newly built Israeli embassy". */
const OBJECT_PHRASE_MAX = 5;

/** An actor modifying the object noun phrase: "attacked the Israeli embassy" → Israel. */
function actorInObjectPhrase(view: SentenceView, last: number): ActorGroup | null {
  for (let j = last + 1; j < Math.min(view.tokens.length, last + 1 + OBJECT_PHRASE_MAX); j++) {
    const g = view.groupAt[j];
    if (g) return g.first === j ? g : null;
    const t = view.tokens[j]!;
    // "dozens of opposition supporters", "the city of Kharkiv": an of-complement stays in the phrase.
    if (!(NOUN_PHRASE_POS.has(t.pos) || t.text === "-" || view.words[j] === "of")) return null;
  }
  return null;
}

function directObjectAfter(view: SentenceView, last: number): ActorGroup | null {
  let j = last + 1;
  let skipped = 0;
  while (j < view.tokens.length && skipped < 3) {
    const g = view.groupAt[j];
    if (g) return g.first === j ? g : null;
    const t = view.tokens[j]!;
    if (!(OBJECT_LEAD_POS.has(t.pos) || OBJECT_LEAD_WORDS.has(view.words[j]!))) return null;
    j++;
    skipped++;
  }
  const g = view.groupAt[j];
  return g && g.first === j ? g : null;
}

/** How far into an object noun phrase its own by-agent may come: "the unilateral move announced on Monday by X". */
const OBJECT_AGENT_WINDOW = 10;

/**
 * The agent of the act an object noun phrase names: "[the move announced on Monday] by Gondor",
 * "[violations of international law] by Arnor". The phrase ends at punctuation, a clause opener
 * or a finite verb (a participle that modifies the noun stays inside).
 */
export function agentOfObject(view: SentenceView, last: number): ActorGroup | null {
  for (let j = last + 1; j < Math.min(view.tokens.length, last + 1 + OBJECT_AGENT_WINDOW); j++) {
    const pos = view.tokens[j]!.pos;
    const w = view.words[j]!;
    if (w === "by") return actorAfterBy(view, j);
    if (view.groupAt[j]) return null;
    if (pos === "PUNCT" || pos === "SCONJ" || pos === "AUX" || pos === "PRON" || w === "that") return null;
    if (pos === "VERB" && !w.endsWith("ed")) return null;
  }
  return null;
}

/**
 * The actor that opens the noun phrase after "by" (at index `by`): determiners and adjectives may
 * come first ("by the United Nations", "by a German court"), but the actor group may also begin on
 * one of them ("by French police": the nationality adjective is the group's first word).
 */
export function actorAfterBy(view: SentenceView, by: number): ActorGroup | null {
  for (let k = by + 1; k < view.tokens.length; k++) {
    const g = view.groupAt[k];
    if (g) return g.first > by ? g : null;
    if (!/^(DET|ADJ)$/.test(view.tokens[k]!.pos)) return null;
  }
  return null;
}

/** "by Gondor" within a few tokens after a passive verb. */
export function passiveAgent(view: SentenceView, last: number): ActorGroup | null {
  for (let j = last + 1; j < Math.min(view.tokens.length, last + 8); j++) {
    if (view.words[j] === "by") return actorAfterBy(view, j);
    if (view.tokens[j]!.pos === "PUNCT" || view.tokens[j]!.pos === "VERB") return null;
    // "freed under a deal mediated by Qatar": the by-phrase belongs to the nearer participle.
    if (view.tokens[j]!.pos === "ADJ" && view.words[j]!.endsWith("ed")) return null;
  }
  return null;
}
