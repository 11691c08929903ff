// Trigger words used as modifiers, not as the event's verb, where the pattern alone would take
// them: an -ing word before a title and a name ("against defending champion Croatia", "visiting
// professor Smith", "attacking midfielder Jones") describes the person; an adjective with its
// own preposition ("the area close to the border", "open to ideas") says where or how something
// is. Multi-word patterns ("close .. border") and patterns that took a target in skip the one-word
// trigger checks of match-select.ts, so these are asked of every match.
import type { PatternMatch } from "./pattern-match.ts";
import type { SentenceView } from "./sentence-view.ts";

/**
 * Whether token i is an -ing word right before a bare singular noun of a person (no determiner,
 * not inside an actor mention, lower case) that titles the name after it: the noun phrase
 * "defending champion Croatia". A verb takes a person as object with a determiner, a plural or a
 * name ("defended the champion", "attacking soldiers", "defending Croatia").
 */
export function titlesAName(
  view: SentenceView,
  i: number,
  personNouns: ReadonlyMap<string, string>,
): boolean {
  if (!view.words[i]!.endsWith("ing")) return false;
  const k = i + 1;
  const noun = view.tokens[k];
  if (noun?.pos !== "NOUN" || view.groupAt[k]) return false;
  const word = view.words[k]!;
  if (word !== noun.text || word !== view.lemmas[k] || !personNouns.has(word)) return false;
  return view.tokens[k + 1]?.pos === "PROPN";
}

/** Prepositions that take an adjective's complement: "close to", "free of", "safe from", "open with". */
const ADJECTIVE_COMPLEMENTS = new Set(["to", "of", "from", "with"]);
/** Words after which an "adjective" is the head of a noun phrase the tagger misread: "the CIA's offensive in". */
const NOUN_OPENERS = /^(DET|PART|PRON)$/;

/**
 * Whether token i is an adjective with a prepositional complement ("close to", "free of", "open
 * to"): a predicate or a noun's modifier, not the verb of the same spelling. (Participles,
 * "-ed"/"-en", are verbs the tagger often calls adjectives: "armed by", "seized from"; after a
 * determiner or a possessive the word is a noun: "the offensive in Afghanistan".)
 */
export function adjectiveWithComplement(view: SentenceView, i: number): boolean {
  if (view.tokens[i]!.pos !== "ADJ" || /(ed|en)$/.test(view.words[i]!)) return false;
  if (NOUN_OPENERS.test(view.tokens[i - 1]?.pos ?? "")) return false;
  return ADJECTIVE_COMPLEMENTS.has(view.words[i + 1] ?? "");
}

/** Why a match's trigger is a modifier here, not the event's verb, or null. */
export function modifierTriggerMisfit(
  view: SentenceView,
  m: PatternMatch,
  personNouns: ReadonlyMap<string, string>,
): string | null {
  const word = view.tokens[m.first]!.text;
  if (titlesAName(view, m.first, personNouns))
    return `"${word} ${view.tokens[m.first + 1]!.text}" titles the name after it: a description, not an act`;
  if (adjectiveWithComplement(view, m.first))
    return `"${word} ${view.tokens[m.first + 1]!.text}" is an adjective with its complement, not the verb`;
  return null;
}
