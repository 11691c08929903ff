// What follows a verb: its object, the other party a preposition introduces ("extradited the
// suspects to Germany"), an actor inside the object noun phrase, and the agent of a passive or of
// the act an object names ("by Gondor"). Split from clause-analyse.ts, which reads what comes
// before a verb (its subject) and the cues that govern it.
import { leadingCountry } from "./country-codes.ts";
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
      // ("cracked down on [drug] gangs", "met with [the head of] the Russian delegation": the
      // phrase after the preposition is read as an object's is.)
      let k = j + 1;
      // ("from the African Union": a group may begin on its own determiner.)
      while (k < view.tokens.length && !view.groupAt[k] && /^(DET|ADJ)$/.test(view.tokens[k]!.pos)) k++;
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

/**
 * An actor modifying the object noun phrase: "attacked the Israeli embassy" → Israel, "detained
 * over 260 members of the NLD" → the NLD. An approximate count that opens the phrase does not
 * count against its length.
 */
function actorInObjectPhrase(view: SentenceView, last: number): ActorGroup | null {
  const from = countStart(view, last + 1);
  for (let j = from; j < Math.min(view.tokens.length, from + OBJECT_PHRASE_MAX); j++) {
    const g = view.groupAt[j];
    if (g) return g.first === j ? (possessedActor(view, g) ?? g) : null;
    const t = view.tokens[j]!;
    // "dozens of opposition supporters", "the city of Kharkiv": an of-complement stays in the phrase.
    if (NOUN_PHRASE_POS.has(t.pos) || t.text === "-" || view.words[j] === "of") continue;
    if (!isAttributiveParticiple(view, j)) return null;
  }
  return null;
}

/**
 * The actor a possessor's phrase names when that actor has a country of its own: "members of [Suu
 * Kyi's] National League for Democracy" are the League's, not Suu Kyi's. One without a country
 * ("Egypt's militant group" = REB) is better told by its possessor, who is kept (null).
 */
function possessedActor(view: SentenceView, possessor: ActorGroup): ActorGroup | null {
  const mark = view.words[possessor.last + 1];
  if (mark !== "'s" && mark !== "’s" && mark !== "'") return null;
  let k = possessor.last + 2;
  while (k < view.tokens.length && /^(DET|ADJ)$/.test(view.tokens[k]!.pos) && !view.groupAt[k]) k++;
  const g = view.groupAt[k];
  return g && g.first === k && g.members.every((a) => leadingCountry(a.code)) ? g : null;
}

/**
 * Words that make a count approximate before its number: "[over] 260", "[nearly] 150", "[up to]
 * 40", "[more than] 30", "[at least] 12". A closed class of English grammar, not of any text.
 */
const APPROXIMATORS = new Set([
  "over",
  "under",
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "approximately",
  "some",
  "up",
  "to",
  "at",
  "least",
  "most",
  "more",
  "fewer",
  "less",
  "than",
  "just",
]);
/** How many such words may come before the number: "at least", "more than", "up to". */
const APPROXIMATOR_MAX = 2;

/**
 * Where a noun phrase that opens with an approximate count really starts: at its number ("over
 * [260] members"), else at `j`. Without a number right after them the words are prepositions
 * ("over the weekend", "about the attack") and `j` is returned.
 */
export function countStart(view: SentenceView, j: number): number {
  for (let k = j; k < Math.min(view.tokens.length, j + APPROXIMATOR_MAX + 1); k++) {
    if (view.tokens[k]!.pos === "NUM" && k > j) return k;
    if (view.groupAt[k] || !APPROXIMATORS.has(view.words[k]!)) return j;
  }
  return j;
}

/**
 * A past participle that modifies the noun after it, inside a noun phrase: "26 [suspected]
 * militants", "two [armed] men", "the [detained] opposition leader". The tagger reads it as a
 * verb; between a determiner, number or adjective and a noun or adjective it is an adjective.
 * After a noun it is a finite verb ("the protests cooled protester fury").
 */
export function isAttributiveParticiple(view: SentenceView, k: number): boolean {
  if (view.tokens[k]?.pos !== "VERB" || !view.words[k]!.endsWith("ed")) return false;
  if (!/^(DET|NUM|ADJ)$/.test(view.tokens[k - 1]?.pos ?? "")) return false;
  const next = view.tokens[k + 1];
  return next !== undefined && (/^(NOUN|ADJ|PROPN)$/.test(next.pos) || view.groupAt[k + 1]?.first === k + 1);
}

function directObjectAfter(view: SentenceView, last: number): ActorGroup | null {
  let j = countStart(view, last + 1);
  let skipped = 0;
  while (j < view.tokens.length && skipped < 3) {
    const g = view.groupAt[j];
    if (g) return g.first === j ? g : null;
    const t = view.tokens[j]!;
    if (
      !(
        OBJECT_LEAD_POS.has(t.pos) ||
        OBJECT_LEAD_WORDS.has(view.words[j]!) ||
        isAttributiveParticiple(view, j)
      )
    )
      return null;
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

/** Prepositions that keep a noun phrase going: "an investigation [into] a rape allegation". */
const PHRASE_PREPOSITIONS = new Set(["of", "into", "over", "on", "for", "in"]);
/** How far into the object the adversary's "against" may come. */
const ADVERSARY_WINDOW = 10;
/** Nouns of a title apposed before a name after "against": "against [WikiLeaks co-founder] Julian Assange". */
const APPOSED_TITLE_MAX = 3;

/**
 * The actor an object noun phrase sets itself against: "dropped an investigation into a rape
 * allegation (made) against X", "filed a complaint in a federal court against X". An act on a
 * charge, a case or a campaign aimed at someone is aimed at that one. The phrase is nouns,
 * adjectives, numbers and the prepositions that continue it, with at most a participle right
 * before "against" (a reduced relative clause); an actor earlier in it, a clause opener or a
 * stop ends the search (the actor nearer the verb is the object objectAfter finds).
 */
export function adversaryInObject(view: SentenceView, last: number): ActorGroup | null {
  for (let j = last + 1; j < Math.min(view.tokens.length, last + 1 + ADVERSARY_WINDOW); j++) {
    const w = view.words[j]!;
    if (w === "against") return actorAfterTitle(view, j);
    if (view.groupAt[j]) return null;
    const pos = view.tokens[j]!.pos;
    if (pos === "VERB" && view.words[j + 1] === "against") continue;
    if (pos === "ADP" ? !PHRASE_PREPOSITIONS.has(w) : !NOUN_PHRASE_POS.has(pos)) return null;
  }
  return null;
}

/** The actor after the preposition at `at`, past determiners, adjectives and an apposed title. */
function actorAfterTitle(view: SentenceView, at: number): ActorGroup | null {
  let titleWords = 0;
  for (let k = at + 1; k < view.tokens.length; k++) {
    const g = view.groupAt[k];
    if (g) return g.first === k ? g : null;
    const pos = view.tokens[k]!.pos;
    if (pos === "DET" || pos === "ADJ") continue;
    if ((pos !== "NOUN" && pos !== "PROPN") || ++titleWords > APPOSED_TITLE_MAX) return null;
  }
  return null;
}

/** How far after the actor inside an object the "from" of an addressee may come. */
const ADDRESSEE_WINDOW = 6;

/**
 * "seeking Assange's extradition from the UK", "demanded the release of the crew from Iran": a
 * request whose object names someone (a possessor, an of-complement) is addressed to the one
 * "from" names after it, not to the one the object is about. `inObject` is the actor inside the
 * object; null when it is the object itself or no "from" and actor follow in the same phrase.
 */
export function addresseeFrom(view: SentenceView, inObject: ActorGroup): ActorGroup | null {
  const after = view.words[inObject.last + 1];
  const possessor = after === "'s" || after === "’s" || after === "'";
  if (!possessor && view.words[inObject.first - 1] !== "of") return null;
  for (
    let j = inObject.last + 1;
    j < Math.min(view.tokens.length, inObject.last + 1 + ADDRESSEE_WINDOW);
    j++
  ) {
    if (view.words[j] === "from") return actorAfterBy(view, j);
    if (j > inObject.last + 1 && view.groupAt[j]) return null;
    const pos = view.tokens[j]!.pos;
    if (!(NOUN_PHRASE_POS.has(pos) || pos === "PART" || (j === inObject.last + 1 && possessor))) return null;
  }
  return null;
}
