// The subject pronoun "it" standing for a body rather than a person: a country, a ministry, a
// company or an armed group named before ("Talvex said on Monday it would appeal"). Only as the
// subject of a verb, and only when one actor fits: in news "it" is often empty ("it is likely", "it seems") or a
// thing ("the deal ... it takes effect"), so the verb after it and the candidates are checked.
import type { MatchToken } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import type { ActorMemory } from "./reference-rules.ts";

// Verbs whose subject "it" is mostly empty or a thing, by surface form (the match tokens carry
// no lemma): copulas, raising verbs and verbs of happening.
const EMPTY_SUBJECT_VERBS = new Set(
  (
    "is was 's be been being are were seem seems seemed appear appears appeared remain remains " +
    "remained take takes took make makes made mean means meant matter matters mattered happen " +
    "happens happened look looks looked feel feels felt become becomes became cost costs follow " +
    "follows followed turn turns turned depend depends depended come comes came go goes went " +
    "rain rains rained help helps helped get gets got"
  ).split(" "),
);
// Auxiliaries that may stand between a subject "it" and its verb ("it has asked", "it will appeal").
const SUBJECT_AUX = new Set(
  "has had have will would could can may might should must did does do shall".split(" "),
);
// Adverbs and negation allowed between the pronoun, an auxiliary and the verb.
const BETWEEN = new Set(["not", "n't", "also", "later", "then", "still", "now", "already", "never", "again"]);
const ACTOR_KINDS = new Set(["state", "organization", "group", "agent"]);
const STATE_BODIES = new Set(["GOV", "JUD", "LEG"]);
const NON_COUNTRY_PREFIX = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

/** True when the pronoun at token i is the subject of the verb that follows it. */
export function isVerbSubject(tokens: readonly MatchToken[], pos: readonly string[], i: number): boolean {
  let k = i + 1;
  const skip = () => {
    while (k < tokens.length && BETWEEN.has(tokens[k]!.key)) k++;
  };
  skip();
  if (k < tokens.length && SUBJECT_AUX.has(tokens[k]!.key)) {
    k++;
    skip();
  }
  const t = tokens[k];
  return t !== undefined && pos[k] === "VERB" && !EMPTY_SUBJECT_VERBS.has(t.key);
}

/**
 * A plural common noun: the last word lower case, ending in a plural "s" ("newspapers", "Kenyan
 * officials"; not "police", "the press", "Kenya Airways"). (The coder checks its own pronouns the
 * same way: src/code/pronoun-number.ts.)
 */
function isPluralNounName(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? "";
  return /^[a-z]+[^su]s$/.test(last) || /^[a-z]+ies$/.test(last);
}

/** Whether a mention is a body "it" may stand for. */
function fits(m: DraftMention, hasCountry: (code: string) => boolean): boolean {
  if (m.refersTo || !m.code || !ACTOR_KINDS.has(m.kind)) return false;
  // "Kenyan newspapers said it killed ...": "it" stands for one, not for a plural noun.
  if (isPluralNounName(m.text)) return false;
  // A state, a named body, or a state organ placed in a country ("Kenya's police").
  // A state body not yet placed ("the Interior Ministry said it") takes its country later, as
  // the pronoun does (agent-country.ts).
  if (m.kind === "agent")
    return m.code.length === 6
      ? !NON_COUNTRY_PREFIX.test(m.code) && hasCountry(m.code)
      : STATE_BODIES.has(m.code);
  return true;
}

/**
 * "it" at token i as a verb's subject: the one body of its sentence named before it ("Talvex
 * said on Monday it would appeal"). Null when none fits or the choice is unclear. Across a sentence
 * boundary "it" took things for bodies on the hand audit's untuned half, so it is not resolved there.
 */
export function resolveBodyPronoun(
  tokens: readonly MatchToken[],
  pos: readonly string[],
  i: number,
  memory: ActorMemory,
  sentenceOf: readonly number[],
  hasCountry: (code: string) => boolean,
): (Omit<DraftMention, "start" | "end" | "text"> & { reason: string }) | null {
  // "they" is left to the pairs it stands for (reference-rules.ts): read as a collective body too,
  // it let more wrong events through on the hand audit's untuned half than it found right ones.
  if (tokens[i]!.key !== "it" || !isVerbSubject(tokens, pos, i)) return null;
  const sentence = sentenceOf[i] ?? 0;
  const inSentence: DraftMention[] = [];
  for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= sentence; k--)
    if (memory.mentionSentence[k] === sentence) inSentence.unshift(memory.mentions[k]!);
  const fitting = inSentence.filter((m) => fits(m, hasCountry));
  const distinct = new Set(fitting.map((m) => `${m.name}\u0000${m.code}`));
  if (distinct.size !== 1) return null;
  const ref = fitting[0]!;
  return {
    kind: ref.kind,
    form: "pronoun",
    name: ref.name,
    code: ref.code,
    reason: `"${tokens[i]!.text}" stands for ${ref.text} (${ref.code})`,
  };
}
