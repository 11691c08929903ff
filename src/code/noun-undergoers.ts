// Acts done to a person, named as a noun with a possessor: "the journalist's arrest", "Assange's
// detention in London", "the opposition leader's killing", "his abduction by gunmen". For these
// acts news English puts the one who underwent the act in the possessor (the agent, when named,
// comes in a by-phrase), unlike acts such as "Russia's invasion of Ukraine" or "the army's
// offensive", whose possessor is the agent. A place after "in"/"at" is where it happened, not
// whom it was done to ("detention in Egypt" is no act against Egypt).
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/**
 * CAMEO roots of acts done to people: 17 coerce (arrest, detention, deportation, expulsion,
 * seizure of persons) and 18 assault (abduction, torture, assassination). Killing, a 19x/18x
 * verb lexeme ("&KILL"), is one too; other 19x and 20x acts (attacks, offensives, invasions,
 * bombing) take their agent as possessor.
 */
const UNDERGOER_ROOTS = new Set(["17", "18"]);
/** The kill lexemes (data/verbs/synsets.txt &KILL) and their usual nominal forms. */
const KILL_WORDS =
  /^(kill|killing|killings|murder|murders|slaying|slayings|slaughter|assassination|execution)$/;

const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);
/** Adjectives and adverbs between the possessor and the noun: "the activist's [brutal, illegal] arrest". */
const MAX_MODIFIERS = 3;

/** True when the act a trigger with this code and word names is done to a person. */
export function isUndergoerAct(code: string, word: string): boolean {
  return UNDERGOER_ROOTS.has(code.slice(0, 2)) || KILL_WORDS.test(word);
}

/**
 * The actor in the possessive right before the noun (maybe past adjectives) at `anchor`, or null.
 * Not when an of-phrase names the one acted on: then the possessor is the agent ("Israel's killing
 * of the commander", "China's seizure of the vessel").
 */
export function possessorBefore(view: SentenceView, anchor: number): ActorGroup | null {
  if (view.words[anchor + 1] === "of") return null;
  let k = anchor - 1;
  while (k > 0 && k >= anchor - MAX_MODIFIERS && /^(ADJ|ADV)$/.test(view.tokens[k]!.pos)) k--;
  if (!POSSESSIVE_MARKS.has(view.words[k] ?? "")) return null;
  const owner = view.groupAt[k - 1];
  return owner && owner.last === k - 1 ? owner : null;
}

/** Prepositions that say where an act on a person happened, not to whom: "arrest in Kenya". */
export const PLACE_PREPOSITIONS = new Set(["in", "at"]);
