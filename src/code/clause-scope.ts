// Where a trigger stands in its sentence: the clause around it, conditions, gerund complements,
// topics of discussion, a trailing speaker; and the word lists these decisions use.

import type { CueMatch } from "./clause-analyse.ts";
import { leadingCountry } from "./country-codes.ts";
import type { CueKind } from "./pattern-load.ts";
import type { Actor, SentenceView } from "./sentence-view.ts";

export const FUTURE = new Set(["will", "shall", "'ll"]);
/** Modals of possibility, permission and ability: "police can detain", "may meet". */
export const HYPOTHETICAL = new Set(["may", "might", "could", "would", "can", "should", "must", "ought"]);
export const NEGATORS = new Set(["not", "n't", "never", "no"]);
export const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "own"]);
/** Cue kinds that change the code of the action they govern (through data/verbs/cue-codes.tsv). */
export const MAPPING_KINDS: ReadonlySet<CueKind> = new Set([
  "intent",
  "refuse",
  "threaten",
  "appeal",
  "demand",
  "deny",
]);

export const RELATIVE_WORDS = new Set(["which", "who", "whom", "whose"]);
/** Words that open an adverbial clause when a finite verb follows ("after Gondor shelled ..."). */
export const TIME_CONJUNCTIONS = new Set([
  "after",
  "before",
  "when",
  "while",
  "because",
  "since",
  "until",
  "although",
]);

/** True when token k is the comma that closes ", which/who/whose ...,". */
export function closesRelative(view: SentenceView, k: number): boolean {
  if (view.words[k] !== ",") return false;
  for (let j = k - 1; j > 0; j--) if (view.words[j] === ",") return RELATIVE_WORDS.has(view.words[j + 1]!);
  return false;
}

/** True when a finite verb follows token k before any punctuation: k starts a clause, not a phrase. */
export function opensClause(view: SentenceView, k: number): boolean {
  for (let j = k + 1; j < view.tokens.length; j++) {
    const pos = view.tokens[j]!.pos;
    if (pos === "PUNCT") return false;
    if (pos === "VERB" || pos === "AUX") return !view.words[j]!.endsWith("ing");
  }
  return false;
}

/**
 * The tokens of the clause a trigger is in, for dating it: bounded by ";", relative pronouns and
 * subordinating conjunctions ("after", "that", "because") on either side.
 */
export function clauseRange(view: SentenceView, anchor: number): [number, number] {
  const isBoundary = (k: number) =>
    view.words[k] === ";" ||
    (TIME_CONJUNCTIONS.has(view.words[k]!) && opensClause(view, k)) ||
    RELATIVE_WORDS.has(view.words[k]!) ||
    view.tokens[k]!.pos === "SCONJ" ||
    (view.words[k] === "that" && view.tokens[k]!.pos === "PRON");
  let first = anchor;
  while (first > 0 && !isBoundary(first - 1) && !closesRelative(view, first - 1)) first--;
  // A relative clause ends at its closing comma: "India, which fought ... in 2019, met ...".
  const relative = first > 0 && RELATIVE_WORDS.has(view.words[first - 1]!);
  let last = anchor;
  while (
    last < view.tokens.length - 1 &&
    !isBoundary(last + 1) &&
    !(relative && view.words[last + 1] === ",")
  )
    last++;
  return [first, last];
}

/** Verbs whose infinitive complement is done by their object: "allowed Gondor to ...". */
export const OBJECT_CONTROL = new Set([
  "allow",
  "help",
  "enable",
  "permit",
  "persuade",
  "let",
  "want",
  "get",
  "cause",
]);
/** Prepositions that put a place or country where force is used: "air strikes in Lebanon". */
export const LOCATIVES = new Set(["in", "at", "on", "near", "across", "into", "inside", "over"]);
/** CAMEO roots of coercion and force (17-20), whose place names the target. */
export const FORCE_ROOTS = new Set(["17", "18", "19", "20"]);

/** Verbs whose object is a subject matter: "the talks covered Russia's invasion of Ukraine". */
export const TOPIC_VERBS = new Set([
  "cover",
  "discuss",
  "address",
  "concern",
  "review",
  "debate",
  "examine",
  "mention",
]);

/** A nominal trigger in the object of a topic verb of its clause names a subject, not an event. */
export function isTopic(view: SentenceView, anchor: number): boolean {
  for (let k = anchor - 1; k >= 0; k--) {
    const pos = view.tokens[k]!.pos;
    if (pos === "PUNCT" || pos === "SCONJ" || pos === "AUX") return false;
    if (pos === "VERB") return TOPIC_VERBS.has(view.lemmas[k]!);
  }
  return false;
}

/** CAMEO 112 "accuse": what a speaker does who says another actor committed a hostile act. */
export const ACCUSE_CODE = "112";
/** ("whenever the army shelled the town": a repeated condition, not one event.) */
export const CONDITIONAL_ALWAYS = new Set(["if", "unless", "whether", "whenever"]);
/**
 * Time conjunctions that make a present-tense verb a condition: "before Gondor approves ...",
 * "when the United States slaps tariffs on goods, ..." (a generic when-clause: no one event).
 */
export const CONDITIONAL_PRESENT = new Set(["before", "until", "once", "when"]);

/**
 * True when two actors are one side: the same code, or codes opening with the same country
 * ("USA", "USAMIL") or the same group ("HMS", "HMSMIL": Hamas and its fighters). Only the
 * country is country-codes.ts's; a group's code is a side but no country, and IGOs, NGOs and
 * bare roles open with no one's code ("IGOUNO" and "IGOEUR" are two sides).
 */
export function sameCountry(a: Actor, b: Actor): boolean {
  const ca = sideOf(a.code);
  return a.code === b.code || (ca !== null && ca === sideOf(b.code));
}

// Codes that open with a kind of actor, not with anyone's own code.
const NO_SIDE_PREFIX = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

function sideOf(code: string): string | null {
  if (!/^([A-Z]{3})+$/.test(code) || NO_SIDE_PREFIX.test(code)) return null;
  return leadingCountry(code) ?? code.slice(0, 3);
}

/** "if new sanctions are imposed", "before Ankara approves": the verb is a condition, not a fact. */
export function inConditionalClause(
  view: SentenceView,
  start: number,
  anchor: number,
  verbal: boolean,
): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const w = view.words[k]!;
    if (CONDITIONAL_ALWAYS.has(w)) return true;
    // "so long as the bureaucracy promised them protection", "as long as": a condition.
    if (w === "as" && view.words[k - 1] === "long" && /^(so|as)$/.test(view.words[k - 2] ?? "")) return true;
    if (CONDITIONAL_PRESENT.has(w)) {
      if (!verbal) return false;
      const verb = view.words[anchor]!;
      const thirdPerson = verb.endsWith("s") && !verb.endsWith("ed") && verb !== view.lemmas[anchor];
      // ("when Israel hit Gaza": after "when" a bare form may be a past tense; only "-s" is present.)
      if (w === "when") return thirdPerson;
      return verb === view.lemmas[anchor] || thirdPerson;
    }
    if (/^(PUNCT|VERB|AUX)$/.test(view.tokens[k]!.pos)) return false;
  }
  return false;
}

/**
 * "accused Arnor of planning an operation to free X", "censured Gondor for failing to cooperate",
 * "... of attacking posts, killing four": everything after "of/for VERB-ing" up to the next finite
 * verb is the content of the accusation, not an event of its own.
 */
export function inGerundComplement(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k > 0; k--) {
    const w = view.words[k]!;
    if (w === ";" || w === ":") return false;
    const pos = view.tokens[k]!.pos;
    if (pos === "AUX") return false;
    // The tagger reads some gerunds as nouns ("of planning a raid").
    const gerund = w.endsWith("ing") && (pos === "VERB" || pos === "NOUN");
    if (gerund && (view.words[k - 1] === "of" || view.words[k - 1] === "for")) return true;
    if (pos !== "VERB") continue;
    // An infinitive or participle inside the complement ("to free", ", killing") is passed over.
    if (view.words[k - 1] === "to" || w.endsWith("ing")) continue;
    return false;
  }
  return false;
}

/** "X attacked Y, Z said" / ", said Z": the speaker of a statement that follows the event. */
export function trailingSpeaker(
  view: SentenceView,
  cues: readonly CueMatch[],
  trigger: number,
): Actor | null {
  for (const c of cues) {
    // A finite saying verb after the event ("..., officials said"), not "helped in reporting".
    if (c.cue.kind !== "say" || c.first <= trigger || view.words[c.first]!.endsWith("ing")) continue;
    for (let k = c.first - 1; k > trigger && view.words[k] !== ","; k--) {
      const g = view.groupAt[k];
      if (g) return g.members[0] ?? null;
    }
    if (view.words[c.first - 1] === ",") {
      let k = c.last + 1;
      while (view.tokens[k]?.pos === "DET") k++;
      const g = view.groupAt[k];
      if (g) return g.members[0] ?? null;
    }
  }
  return null;
}
