// CAMEO's investigations (09x) are inquiries into acts and actors: crimes, abuses, military
// actions, the conduct of a government or a firm. An inquiry into an illness, an epidemic or a germ
// ("WHO is investigating an outbreak of an unknown illness", "investigating whether the virus
// spreads between pigs", "conducted epidemiological investigations") is a health investigation,
// which no CAMEO code covers. The words come from WordNet (data/senses/health-words.txt,
// scripts/generate-health-words.ts): nouns whose first sense is an illness, an epidemic, a germ or
// a medical science, and adjectives of them. An inquiry whose object is an actor ("investigating
// the ministry over the outbreak") stays an inquiry into that actor.
import type { PatternMatch } from "./pattern-match.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Investigate (090-094). */
const INVESTIGATE = /^09/;
/** How many tokens after the trigger its topic is looked for ("into an outbreak of an, as yet, unknown illness"). */
const TOPIC_WINDOW = 12;
/** How many modifiers before a noun trigger are read ("a cholera investigation", "epidemiological studies"). */
const MODIFIER_WINDOW = 3;
/** Clause words that may open the topic right after the trigger ("investigating whether ..."). */
const TOPIC_OPENERS = new Set(["whether", "if", "how", "why", "what"]);

function isHealthWord(view: SentenceView, i: number, healthWords: ReadonlySet<string>): boolean {
  const pos = view.tokens[i]!.pos;
  if (pos !== "NOUN" && pos !== "PROPN" && pos !== "ADJ") return false;
  if (view.groupAt[i]) return false;
  return healthWords.has(view.lemmas[i]!.toLowerCase()) || healthWords.has(view.words[i]!.toLowerCase());
}

/**
 * The token of the inquiry's topic that names an illness, epidemic or germ, or null: in the match
 * itself ("conducted epidemiological investigations"), among the modifiers before it, or in the
 * phrase after it up to the next verb, clause break or actor. An actor met first is the inquiry's
 * object, so the topic is that actor's conduct.
 */
function healthTopic(view: SentenceView, m: PatternMatch, healthWords: ReadonlySet<string>): number | null {
  for (let k = m.first; k <= m.last; k++) if (isHealthWord(view, k, healthWords)) return k;
  for (let k = m.first - 1; k >= Math.max(0, m.first - MODIFIER_WINDOW); k--) {
    const pos = view.tokens[k]!.pos;
    if ((pos !== "ADJ" && pos !== "NOUN") || view.groupAt[k]) break;
    if (isHealthWord(view, k, healthWords)) return k;
  }
  const n = view.tokens.length;
  for (let k = m.last + 1; k < n && k <= m.last + TOPIC_WINDOW; k++) {
    if (view.groupAt[k]) return null;
    const pos = view.tokens[k]!.pos;
    const w = view.words[k]!.toLowerCase();
    if (k === m.last + 1 && TOPIC_OPENERS.has(w)) continue;
    if (pos === "VERB" || pos === "AUX" || pos === "SCONJ") return null;
    if (pos === "PUNCT" && w !== ",") return null;
    if (isHealthWord(view, k, healthWords)) return k;
  }
  return null;
}

/** Why an investigation trigger is a health investigation here, or null. */
export function healthInquiryMisfit(
  view: SentenceView,
  m: PatternMatch,
  code: string,
  healthWords: ReadonlySet<string>,
): string | null {
  if (!INVESTIGATE.test(code) || !healthWords.size || m.targets.length) return null;
  const topic = healthTopic(view, m, healthWords);
  if (topic === null) return null;
  return `"${view.tokens[m.first]!.text}" into "${view.tokens[topic]!.text}", an illness or germ: a health investigation, no CAMEO event`;
}
