// Sense checks from what the trigger is said of, not from the trigger alone: a force or
// obstruction verb whose direct object is an abstract thing ("battling extradition", "struck a
// deal", "abused her authority", "blocked efforts to") is used in another sense, and an event noun
// that is the predicate of "be" ("the riots are a threat to the regime", "was an attack on free
// speech") says what its subject is, not that anyone made a threat or an attack; an object an actor
// only possesses is the object ("fought Uganda's plan"); a verbal defence (052) of a place by armed
// forces is defence by arms.
import { isArmed } from "./draft-clause-reading.ts";
import type { DraftedEvent } from "./drafted-event.ts";
import type { Pattern } from "./pattern-load.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Roots whose verbs land on a person, a group, a place or a thing: assault, fight, mass violence. */
const FORCE_ON_SOMETHING = /^(18|19|20)/;
/** Contact codes whose other side is the verb's object: consult, phone, visit, host, meet elsewhere. */
const CONTACT = /^04[0-4]/;
/** Obstruct or block (144): "blocked the road", not "blocked efforts to". */
const OBSTRUCT = /^144/;
/** Words that may stand between a verb and the head of its object ("a", "her", "the new", "all such"). */
const BEFORE_HEAD = /^(DET|ADJ|NUM|PRON|ADV)$/;
/** Copulas: the noun after them is what the subject is. */
const COPULAS = new Set(["be", "become", "remain", "seem", "constitute", "represent"]);
/** Possessive pronouns may open an object ("her authority"); other pronouns are the object itself. */
const POSSESSIVE = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/**
 * The head of the noun phrase right after token `last` when it is no actor: "a [deal] with",
 * "her [authority]", "[efforts] to alert", "extradition to", "Israel's [decision]" (an actor that
 * only possesses the object, as a possessive pronoun does); null when the verb's object is an
 * actor, a name, a pronoun, or no noun at all.
 */
export function objectHead(view: SentenceView, last: number): number | null {
  const n = view.tokens.length;
  let k = afterPossessorActor(view, last + 1);
  while (k < n && BEFORE_HEAD.test(view.tokens[k]!.pos)) {
    if (view.groupAt[k]) return null;
    if (view.tokens[k]!.pos === "PRON" && !POSSESSIVE.has(view.words[k]!)) return null;
    k++;
  }
  if (k >= n || view.tokens[k]!.pos !== "NOUN" || view.groupAt[k]) return null;
  // A compound noun's head is its last noun ("the peace deal", "aid efforts").
  while (k + 1 < n && view.tokens[k + 1]!.pos === "NOUN" && !view.groupAt[k + 1]) k++;
  return k;
}

/** Possessive endings after a name ("Israel's", "the rebels'"). */
export const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"]);

/**
 * The token after an actor and its possessive ending that open the phrase at `k` ("[Israel 's]
 * decision"), or `k` itself: a possessor, like "her", only says whose the object is.
 */
export function afterPossessorActor(view: SentenceView, k: number): number {
  // ("the government's plan": the mention may or may not take its "the" in.)
  const start = view.words[k] === "the" && !view.groupAt[k] ? k + 1 : k;
  const group = view.groupAt[start];
  if (!group) return k;
  return POSSESSIVE_ENDINGS.has(view.words[group.last + 1] ?? "") ? group.last + 2 : k;
}

/**
 * Why a verbal trigger of force or obstruction is used in another sense here, or null: its direct
 * object is a noun whose most frequent sense is abstract (data/senses/abstract-nouns.txt, from
 * WordNet), so nothing was struck or blocked. `anchor`/`last`: the trigger's first and last
 * token; only an object outside the pattern's own words counts ("exchanged fire" keeps its noun).
 */
export function abstractObjectMisfit(
  view: SentenceView,
  anchor: number,
  last: number,
  code: string,
  abstractNouns: ReadonlySet<string>,
  participantVerbs: ReadonlySet<string> = new Set(),
): string | null {
  if (view.tokens[anchor]!.pos !== "VERB") return null;
  // "met its obligations", "met the demands of", "welcomed the decision": a verb of contact whose
  // patterns take the other side as direct object ("meet +", "welcome +") meets no one here.
  const contact = CONTACT.test(code) && participantVerbs.has(view.lemmas[anchor]!);
  if (!FORCE_ON_SOMETHING.test(code) && !OBSTRUCT.test(code) && !contact) return null;
  const head = objectHead(view, last);
  if (head === null) return null;
  const lemma = view.lemmas[head]!;
  if (!abstractNouns.has(lemma) && !abstractNouns.has(view.words[head]!)) return null;
  return `"${view.tokens[anchor]!.text}" has an abstract object ("${view.tokens[head]!.text}"): another sense of the word`;
}

/**
 * Why a contact verb's actor object is no participant, or null: the actor only modifies an
 * abstract noun after it ("welcomed the Russian proposal", "welcomed Russia's offer"), so what is
 * welcomed or met is the proposal, not Russia (WordNet's welcome.v.1 "accept gladly", not
 * welcome.v.2 "greet upon arrival"). The match is dropped and the readings it displaced are tried.
 */
export function modifiedActorMisfit(
  view: SentenceView,
  anchor: number,
  last: number,
  code: string,
  abstractNouns: ReadonlySet<string>,
  participantVerbs: ReadonlySet<string>,
): string | null {
  if (view.tokens[anchor]!.pos !== "VERB" || !CONTACT.test(code)) return null;
  if (!participantVerbs.has(view.lemmas[anchor]!)) return null;
  let k = last + 1;
  if (view.words[k] === "'s" || view.words[k] === "’s") k++;
  // The head noun right after the actor (or its "'s"), past adjectives only: "the Russian peace
  // proposal", not "met Putin the next day".
  while (view.tokens[k]?.pos === "ADJ" && !view.groupAt[k]) k++;
  if (view.tokens[k]?.pos !== "NOUN" || view.groupAt[k]) return null;
  let head = k;
  while (view.tokens[head + 1]?.pos === "NOUN" && !view.groupAt[head + 1]) head++;
  const lemma = view.lemmas[head]!;
  if (!abstractNouns.has(lemma) && !abstractNouns.has(view.words[head]!)) return null;
  return `"${view.tokens[anchor]!.text}": the actor modifies "${view.tokens[head]!.text}", an abstract noun: no one is met or received`;
}

/**
 * The sense checks by the noun after the trigger: an abstract object of force or contact when the
 * pattern took no target in ("met its obligations"), else an actor it took that only modifies an
 * abstract noun ("welcomed the Russian proposal"). (A pattern that took its target in names the
 * object itself: "met Putin last week".)
 */
export function objectNounMisfit(
  view: SentenceView,
  m: { readonly first: number; readonly last: number; readonly targets: readonly unknown[] },
  code: string,
  abstractNouns: ReadonlySet<string>,
  participantVerbs: ReadonlySet<string>,
): string | null {
  return m.targets.length
    ? modifiedActorMisfit(view, m.first, m.last, code, abstractNouns, participantVerbs)
    : abstractObjectMisfit(view, m.first, m.last, code, abstractNouns, participantVerbs);
}

/**
 * Why a nominal trigger names no event, or null: it is the predicate of a copula ("are an
 * existential threat to", "was a slap in the face", "remains a major challenge"), so it says what
 * the subject is or is like. Looks left over the noun's determiners and adjectives to the verb.
 */
export function predicateNounMisfit(view: SentenceView, anchor: number): string | null {
  const token = view.tokens[anchor]!;
  if (token.pos !== "NOUN") return null;
  let k = anchor - 1;
  while (k >= 0 && /^(DET|ADJ|ADV|NUM)$/.test(view.tokens[k]!.pos) && !view.groupAt[k]) k--;
  if (k < 0 || k === anchor - 1) return null;
  // (The noun needs its own determiner or adjective: "was attack" is a headline's telegraphese.)
  const verb = view.tokens[k]!;
  if (!/^(AUX|VERB)$/.test(verb.pos) || !COPULAS.has(view.lemmas[k]!)) return null;
  // "there was an attack on the convoy": an existential "there" asserts that the event happened.
  if (view.words[verbGroupFirst(view, k) - 1] === "there") return null;
  return `"${token.text}" is the predicate of "${verb.text}": it says what the subject is, not an event`;
}

/** First token of the auxiliaries and adverbs before token k ("has long been"). */
function verbGroupFirst(view: SentenceView, k: number): number {
  let j = k;
  while (j > 0 && /^(AUX|ADV|PART)$/.test(view.tokens[j - 1]!.pos)) j--;
  return j;
}

/**
 * Verbs of contact whose pattern puts the other side right after the verb ("meet (with) +",
 * "visit +", "welcome +"): their direct object is a participant. ("discuss .. with +" puts a topic
 * first, so "discussed the budget with Peru" keeps its event.)
 */
export function participantVerbsOf(patterns: readonly Pattern[]): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) {
    if (!CONTACT.test(p.code)) continue;
    const [verb, next, last] = p.elements;
    if (verb?.kind !== "word") continue;
    const direct =
      next?.kind === "target" ||
      (next?.kind === "word" && next.optional && last?.kind === "target" && p.elements.length === 3);
    if (direct) for (const w of verb.words) out.add(w);
  }
  return out;
}

/** Verbal defence (CAMEO 052, WordNet defend.v.1 "argue or speak in defense of"). */
const DEFEND_VERBALLY = "052";

/**
 * Why a verbal defence is defence by arms, or null: the defender bears arms and what it defends is
 * no stance, act or idea (an abstract noun) but a place, a thing or people ("Kurdish forces were
 * defending the city", "troops defended their positions"): WordNet's defend.v.2/v.3 ("protect
 * against attack"), which CAMEO does not code as support. "The army defended its actions" stays.
 */
export function armedDefenceMisfit(drafted: DraftedEvent, abstractNouns: ReadonlySet<string>): string | null {
  const { view, anchor, last, code, source } = drafted;
  if (code !== DEFEND_VERBALLY || view.tokens[anchor]!.pos !== "VERB" || !isArmed(source)) return null;
  const head = objectHead(view, last);
  if (head !== null && (abstractNouns.has(view.lemmas[head]!) || abstractNouns.has(view.words[head]!)))
    return null;
  return `"${view.tokens[anchor]!.text}" by ${source.code}, who bears arms, of no stance or act: defence by arms, not in words`;
}
