// Pronouns that stand for an actor named before: "he", "she", "him", "her", "his" for the one
// person of the sentence (else the sentence before) that fits; "its" for the one body; "they",
// "them", "their" for a pair named together, or, opening a sentence, for the one plural body or
// group of the sentence before ("Police ... They arrested ..."). Only when exactly one fits.
import { isWord, type MatchToken } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import { namedAfterPronoun, quotedBefore } from "./pronoun-binding.ts";
import { personFurtherBack } from "./pronoun-reach.ts";
import { theOneSubject } from "./pronoun-salience.ts";
import { type ActorMemory, countryOf, pairMention } from "./reference-rules.ts";

const PERSON_PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers"]);
const FEMININE = new Set(["she", "her", "hers"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their"]);
const OBJECT_PRONOUNS = new Set(["him", "her"]);
// Pronouns that are subjects themselves: opening a sentence, among several people of the sentence
// before they stand for its main-clause subject (pronoun-salience.ts), the role they share.
const SUBJECT_PRONOUNS = new Set(["he", "she"]);

// Collective nouns that take "they" although they do not end in -s.
// Irregular plurals too ("men", "children"), so "two men ... They" is not the police alone.
const COLLECTIVE_NOUNS = new Set([
  "police",
  "military",
  "people",
  "militia",
  "clergy",
  "staff",
  "personnel",
  "men",
  "women",
  "children",
  "folk",
]);

/**
 * The actors (latest first) that "they" may stand for alone: groups, and bodies or people named
 * by a plural noun ("the rebels", "police", "protesters"); not pronouns standing for pairs.
 */
function pluralActors(inSentence: readonly DraftMention[], tokens: readonly MatchToken[]): DraftMention[] {
  return inSentence.filter((m) => {
    if (m.refersTo || !m.code || (m.kind !== "agent" && m.kind !== "group")) return false;
    // "their families ... they": what "their" owns is not what "they" stands for.
    if (POSSESSIVE_DETERMINERS.has(tokens[tokenBefore(tokens, m.start)]?.key ?? "")) return false;
    if (m.kind === "group") return true;
    const head = m.text.toLowerCase().split(/\s+/).pop() ?? "";
    return COLLECTIVE_NOUNS.has(head) || (/[^s]s$/.test(head) && head.length > 3);
  });
}

const POSSESSIVE_DETERMINERS = new Set(["their", "his", "her", "its", "our", "my", "your"]);

/** The index of the last token ending at or before `start` (-1 when none). */
function tokenBefore(tokens: readonly MatchToken[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// Words that may come before a sentence's first pronoun without naming anything.
const SENTENCE_OPENERS = new Set([
  "and",
  "but",
  "yet",
  "so",
  "then",
  "later",
  "now",
  "however",
  "still",
  "also",
]);

/** True when only openers and punctuation stand before token i in its sentence. */
function opensSentence(tokens: readonly MatchToken[], i: number, sentenceOf: readonly number[]): boolean {
  for (let k = i - 1; k >= 0 && sentenceOf[k] === sentenceOf[i]; k--)
    if (isWord(tokens[k]!.text) && !SENTENCE_OPENERS.has(tokens[k]!.key)) return false;
  return true;
}

/** '"We will appeal," he said': a pronoun right after a quotation's closing comma and mark. */
function speaksAfterQuote(tokens: readonly MatchToken[], i: number): boolean {
  return i >= 2 && /^["”’']$/.test(tokens[i - 1]!.text) && /^[,?!]$/.test(tokens[i - 2]!.text);
}

const actorKey = (m: DraftMention) => `${m.name}\u0000${m.code}`;

/**
 * A pronoun that stands for exactly one actor in the same sentence (else the previous one).
 * "it" is left alone: in news it is mostly the empty subject of "it was reported".
 */
export function resolvePronoun(
  tokens: readonly MatchToken[],
  i: number,
  memory: ActorMemory,
  sentenceOf: readonly number[],
  /** True when a name we could not code stands between `from` (an offset) and token `i`. */
  unknownNameSince: (from: number, i: number) => boolean = () => false,
  /** Part-of-speech tags of `tokens`; without them no subject is told from an object. */
  pos: readonly string[] = [],
): Omit<DraftMention, "start" | "end" | "text"> | null {
  const key = tokens[i]!.key;
  const isPerson = PERSON_PRONOUNS.has(key);
  const isPlural = PLURAL_PRONOUNS.has(key);
  if (!isPerson && !isPlural && key !== "its") return null;
  const sentence = sentenceOf[i] ?? 0;
  for (const s of [sentence, sentence - 1]) {
    const inSentence: DraftMention[] = [];
    for (let k = memory.mentions.length - 1; k >= 0 && memory.mentionSentence[k]! >= s; k--)
      if (memory.mentionSentence[k] === s) inSentence.push(memory.mentions[k]!);
    if (isPlural) {
      // The nearest pair in the sentence: a pair reference or two coordinated actors.
      const nearestRef = inSentence.find((m) => m.refersTo && m.refersTo.length === 2);
      // Pairs are kept in text order: only the last ones can lie in this sentence.
      let nearestPair: ActorMemory["pairs"][number] | undefined;
      for (let k = memory.pairs.length - 1; k >= 0 && memory.pairs[k]!.sentence >= s; k--) {
        const p = memory.pairs[k]!;
        if (inSentence.includes(p.second)) {
          nearestPair = p;
          break;
        }
      }
      const pairEnd = nearestPair ? nearestPair.end : -1;
      if (nearestRef && nearestRef.end > pairEnd)
        return { ...pairMention(nearestRef.kind, nearestRef.refersTo!), form: "pronoun" };
      if (nearestPair) {
        const refs = [nearestPair.first, nearestPair.second].map((m) => ({ name: m.name, code: m.code }));
        return { ...pairMention(nearestPair.first.kind, refs), form: "pronoun" };
      }
      // "Police ... They arrested": the one plural body or group the sentence before names.
      // Only across a sentence break: inside its own sentence "they" after a verb other than one
      // of saying may stand for anyone (the clause reader passes "said they" on itself).
      // And only where "they" opens its sentence: after a noun phrase of its own sentence ("a
      // group of saints ... they") it most often stands for that, which may be no actor.
      const many =
        s === sentence || !opensSentence(tokens, i, sentenceOf) ? [] : pluralActors(inSentence, tokens);
      const last = many[0];
      if (last && new Set(many.map(actorKey)).size === 1)
        return {
          kind: last.kind,
          form: "pronoun",
          name: last.name,
          code: last.code,
          reason: `"${tokens[i]!.text}" stands for "${last.text}", the one plural body of the sentence before`,
        };
      if (inSentence.length) return null;
      continue;
    }
    const gender = FEMININE.has(key) ? "f" : "m";
    const fitting = inSentence.filter((m) =>
      isPerson
        ? m.kind === "person" &&
          !m.refersTo &&
          // "Jane Roe met Sam Okafor; she said": a person whose name says the other sex is not meant.
          (memory.genders.get(m.name) ?? gender) === gender &&
          !namedAfterPronoun(tokens, i, sentenceOf, m.name) &&
          !quotedBefore(tokens, i, sentenceOf, m.start)
        : (m.kind === "state" ||
            m.kind === "organization" ||
            m.kind === "group" ||
            // "Russia's Defense Ministry said its forces": a country's body owns things too.
            (m.kind === "agent" && countryOf(m) !== null)) &&
          !m.refersTo,
    );
    // One person named twice is one person, whatever code each mention got as it was read.
    const distinct = new Set(fitting.map((m) => (isPerson ? m.name : `${m.name}\u0000${m.code}`)));
    // "the police arrested her": an object pronoun is not the subject of its clause, and in news
    // it is mostly the person named last (the people named earlier do the acting).
    const objectPick = distinct.size > 1 && s === sentence && OBJECT_PRONOUNS.has(key);
    // "Roe met Okafor. He said": the subject. Not inside one sentence, where "Roe praised the
    // winger, saying he ..." as often means the other one.
    const subject =
      distinct.size > 1 &&
      s === sentence - 1 &&
      SUBJECT_PRONOUNS.has(key) &&
      (opensSentence(tokens, i, sentenceOf) || speaksAfterQuote(tokens, i))
        ? theOneSubject(fitting, tokens, pos, sentenceOf)
        : null;
    if (distinct.size === 1 || objectPick || subject) {
      const ref = subject ?? fitting[0]!;
      // "Cafferkey ... she": a person we could not name may be the one meant.
      if (isPerson && unknownNameSince(ref.end, i)) return null;
      if (isPerson) {
        // We do not know people's genders; a person once called "he" is not later "she".
        const gender = FEMININE.has(key) ? "f" : "m";
        const known = memory.genders.get(ref.name);
        if (known && known !== gender) return null;
        memory.genders.set(ref.name, gender);
      }
      return {
        kind: ref.kind,
        form: "pronoun",
        name: ref.name,
        code: ref.code,
        reason: `"${tokens[i]!.text}" stands for "${ref.text}"${s === sentence ? "" : " in the sentence before"}${subject ? ", the subject among several people" : ""}`,
      };
    }
    if (distinct.size > 1) return null;
    // '"Jane Roe is passionate," she said': the speaker is someone else, but who is not plain.
    if (
      isPerson &&
      s === sentence &&
      inSentence.some((m) => m.kind === "person" && quotedBefore(tokens, i, sentenceOf, m.start))
    )
      return null;
  }
  if (!isPerson) return null;
  // Quotes and paraphrase after a person is named: "he" two or three sentences on (pronoun-reach.ts).
  const gender = FEMININE.has(key) ? "f" : "m";
  const further = personFurtherBack(
    memory,
    sentence,
    gender,
    (m) => !namedAfterPronoun(tokens, i, sentenceOf, m.name),
  );
  if (!further || unknownNameSince(further.ref.end, i)) return null;
  memory.genders.set(further.ref.name, gender);
  return {
    kind: further.ref.kind,
    form: "pronoun",
    name: further.ref.name,
    code: further.ref.code,
    reason: `"${tokens[i]!.text}" stands for "${further.ref.text}", ${further.sentencesBack} sentences before`,
  };
}
