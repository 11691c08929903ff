// Subject pronouns that stand for a body rather than a person: "it" for a country, a ministry, a
// company or an armed group named before ("Talvex said on Monday it would appeal"); "they" for an
// armed group or a collective force ("The rebels ... They said"). Only as the subject of a verb,
// and only when one actor fits: in news "it" is often empty ("it is likely", "it seems") or a
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
// Roles of armed and collective bodies a plural pronoun may stand for ("the rebels ... they").
const COLLECTIVE_ROLES = new Set(["REB", "INS", "SEP", "RAD", "UAF", "MIL", "COP"]);
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

function roleOf(code: string): string {
  return code.length === 6 ? code.slice(3) : code;
}

/** Whether a mention is a body a pronoun of `key` ("it" or "they") may stand for. */
function fits(m: DraftMention, key: string, hasCountry: (code: string) => boolean): boolean {
  if (m.refersTo || !m.code || !ACTOR_KINDS.has(m.kind)) return false;
  const role = roleOf(m.code);
  if (key === "they") return m.kind === "group" || COLLECTIVE_ROLES.has(role);
  // "it": a state, a named body, or a state organ placed in a country ("Kenya's police").
  // A state body not yet placed ("the Interior Ministry said it") takes its country later, as
  // the pronoun does (agent-country.ts).
  if (m.kind === "agent")
    return m.code.length === 6
      ? !NON_COUNTRY_PREFIX.test(m.code) && hasCountry(m.code)
      : STATE_BODIES.has(m.code);
  return true;
}

/** Token index of the token starting at `start` (binary search; tokens are in text order). */
function tokenAt(tokens: readonly MatchToken[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when no verb stands between the start of its sentence and the mention: it is the subject. */
function opensSentence(
  m: DraftMention,
  tokens: readonly MatchToken[],
  pos: readonly string[],
  sentenceOf: readonly number[],
): boolean {
  const at = tokenAt(tokens, m.start);
  const s = sentenceOf[at];
  for (let k = at - 1; k >= 0 && sentenceOf[k] === s; k--)
    if (pos[k] === "VERB" || pos[k] === "AUX") return false;
  return true;
}

/**
 * "it" or "they" at token i as a verb's subject: the one body of its sentence named before it,
 * else of the previous sentence (there, when several fit, its subject). Null when none fits or
 * the choice is unclear.
 */
export function resolveBodyPronoun(
  tokens: readonly MatchToken[],
  pos: readonly string[],
  i: number,
  memory: ActorMemory,
  sentenceOf: readonly number[],
  hasCountry: (code: string) => boolean,
): (Omit<DraftMention, "start" | "end" | "text"> & { reason: string }) | null {
  const key = tokens[i]!.key;
  if ((key !== "it" && key !== "they") || !isVerbSubject(tokens, pos, i)) return null;
  const sentence = sentenceOf[i] ?? 0;
  for (const s of [sentence, sentence - 1]) {
    const inSentence: DraftMention[] = [];
    for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= s; k--)
      if (memory.mentionSentence[k] === s) inSentence.unshift(memory.mentions[k]!);
    // "they" after two actors named together is the pair's (reference-rules.ts); a person named
    // in the sentence may be the one meant by "they" as well ("Roe and the police said they").
    // Before it, in the previous sentence, one person is no "they"; two may be.
    const people = new Set(inSentence.filter((m) => m.kind === "person").map((m) => m.name));
    if (key === "they" && (inSentence.some((m) => m.refersTo) || people.size > (s < sentence ? 1 : 0)))
      return null;
    const fitting = inSentence.filter((m) => fits(m, key, hasCountry));
    const distinct = new Map(fitting.map((m) => [`${m.name}\u0000${m.code}`, m]));
    let ref: DraftMention | undefined;
    if (distinct.size === 1) ref = fitting[0];
    else if (distinct.size > 1 && s < sentence) {
      // "Talvex, a Kenyan firm, sued the ministry. It said": the previous sentence's subject.
      const first = fitting[0]!;
      if (opensSentence(first, tokens, pos, sentenceOf)) ref = first;
    }
    if (ref)
      return {
        kind: ref.kind,
        form: "pronoun",
        name: ref.name,
        code: ref.code,
        reason: `"${tokens[i]!.text}" stands for ${ref.text} (${ref.code})`,
      };
    // Bodies named in its own sentence that do not fit: the pronoun may mean any of them.
    if (inSentence.some((m) => ACTOR_KINDS.has(m.kind) && m.code)) return null;
  }
  return null;
}
