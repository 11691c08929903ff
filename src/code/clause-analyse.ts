// Shallow clause analysis over tokens and universal POS tags (there is no dependency parse):
// verb groups with their auxiliaries, the subject of a verb (nearest actor group to its left in
// the clause), passive agents ("was attacked by X"), direct objects, and the cues that govern a
// verb ("agreed to", "refused to", "urged X to", "said that").

import { actorBeforeParenthesis, asideAtComma, isAsideDash } from "./clause-asides.ts";
import { finiteVerbAt, listVerbBefore } from "./coordinated-verbs.ts";
import type { Cue } from "./pattern-load.ts";
import { matchFrom } from "./pattern-match.ts";
import { agreesInNumber } from "./pronoun-number.ts";
import { relativeClauseSubject } from "./relative-subject.ts";
import { REPORTING_VERBS } from "./reporting-verbs.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Tokens that end a clause when looking left for a subject. */
const CLAUSE_BREAK_WORDS = new Set([
  ";",
  ":",
  "—",
  "–",
  "because",
  "although",
  "though",
  "while",
  "whereas",
  "if",
  "unless",
  "after",
  "before",
  "when",
  "since",
  "until",
  "as",
  "but",
]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "that", "whom"]);
/** Words a direct object may be preceded by: "attacked the rebels", "met with Gondor". */
const NEGATORS = new Set(["not", "n't", "never", "no"]);

export interface CueMatch {
  readonly cue: Cue;
  readonly first: number;
  readonly last: number;
  /** The actor a cue names ("urged Gondor to"): the target of an appeal or demand. */
  readonly object: ActorGroup | null;
}

export function findCues(view: SentenceView, cues: readonly Cue[], firstWords: ReadonlyMap<string, Cue[]>) {
  const out: CueMatch[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    // The cues under the lemma, then those under the word form. Not merged into a new Set per
    // token (one for every token of the document, most with no cue at all): a cue met twice
    // matches as it did the first time, and only a longer match replaces the best.
    const byLemma = firstWords.get(view.lemmas[i]!);
    const byWord = firstWords.get(view.words[i]!);
    if (!byLemma && !byWord) continue;
    let best: CueMatch | null = null;
    for (const list of [byLemma, byWord === byLemma ? undefined : byWord])
      for (const cue of list ?? []) {
        const r = matchFrom(view, cue.elements, 0, i, []);
        if (r && (!best || r.last > best.last))
          best = { cue, first: i, last: r.last, object: r.targets[0] ?? null };
      }
    if (best) out.push(best);
  }
  void cues;
  return out;
}

function isBreak(view: SentenceView, i: number): boolean {
  return CLAUSE_BREAK_WORDS.has(view.words[i]!) && view.tokens[i]!.pos !== "ADP"
    ? true
    : view.words[i] === ";" || view.words[i] === ":";
}

/** First token of the verb group ending at `anchor`: auxiliaries, negation and adverbs before it. */
export function verbGroupStart(view: SentenceView, anchor: number): number {
  let j = anchor;
  while (j > 0) {
    const t = view.tokens[j - 1]!;
    if (t.pos === "AUX" || t.pos === "ADV" || NEGATORS.has(view.words[j - 1]!)) j--;
    // "who were both poisoned", "have all been arrested": a floating quantifier after an
    // auxiliary stays inside the verb group.
    else if (FLOATING_QUANTIFIERS.has(view.words[j - 1]!) && view.tokens[j - 2]?.pos === "AUX") j--;
    else break;
  }
  return j;
}

/** Quantifiers that float into the verb group, after its first auxiliary. */
const FLOATING_QUANTIFIERS = new Set(["both", "all", "each"]);

/** Auxiliary/adverb words of the verb group [start, anchor). */
export function verbGroupWords(view: SentenceView, start: number, anchor: number): string[] {
  return view.words.slice(start, anchor);
}

/** "was attacked", "has been hit": a form of be/get before a past participle. */
export function isPassive(view: SentenceView, start: number, anchor: number): boolean {
  const t = view.tokens[anchor]!;
  if (t.pos !== "VERB") return false;
  const word = view.words[anchor]!;
  if (word.endsWith("ing")) return false;
  for (let j = start; j < anchor; j++) {
    const lemma = view.lemmas[j]!;
    // (By word too: the lemmatiser leaves some forms alone, "being" read as the noun.)
    if (lemma === "be" || lemma === "get" || PASSIVE_AUXILIARIES.has(view.words[j]!)) return true;
  }
  // "was evicted in April and sentenced to 50 weeks": a participle coordinated with a passive verb
  // shares its auxiliary.
  return coordinatedPassiveBefore(view, start) >= 0;
}

/**
 * "was evicted in April and sentenced to 50 weeks", "was caught by police and deported": for a
 * verb group starting at `start` right after "and"/"or", the passive verb before it whose
 * auxiliary (and subject, and by-agent) it shares; -1 when there is none. Irregular participles
 * count ("was caught", "was taken"); a gerund does not. The first verb is the nearest one back in
 * the same clause, however long the phrases after it ("was hauled out of the Ecuadorean Embassy in
 * London by the UK police and promptly taken"): a clause opener or a stop ends the search.
 */
export function coordinatedPassiveBefore(view: SentenceView, start: number): number {
  if (view.words[start - 1] !== "and" && view.words[start - 1] !== "or") return -1;
  for (let k = start - 2; k >= 0 && start - k < COORDINATED_REACH; k--) {
    const pos = view.tokens[k]!.pos;
    if ((pos === "PUNCT" && view.words[k] !== ",") || pos === "SCONJ") return -1;
    if (pos === "VERB")
      return !view.words[k]!.endsWith("ing") && isPassive(view, verbGroupStart(view, k), k) ? k : -1;
  }
  return -1;
}

/** How far back the first of two coordinated verbs may stand: a clause's length, not a phrase's. */
const COORDINATED_REACH = 24;

/** Forms of "be" and "get" that make a following participle passive. */
const PASSIVE_AUXILIARIES = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "get",
  "gets",
  "got",
  "gotten",
  "getting",
]);

/** The actor group a verb group starting at `start` has as its subject, or null. */
export function subjectBefore(view: SentenceView, start: number, depth = 0): ActorGroup | null {
  let j = start - 1;
  if (j < 0) return null;
  // "Gondor attacked Arnor and shelled Rohan": the second verb shares the first one's subject.
  // (Also after an actor: in "shelled the town, killed six fighters and captured ..." the actor
  // before "and" is the first verb's object, not a second subject: a verb follows "and". A
  // passive's by-agent, "was caught by police and deported", is left to the old reading.)
  if (
    (view.words[j] === "and" || view.words[j] === "but") &&
    depth < 3 &&
    (!view.groupAt[j - 1] || (finiteVerbAt(view, start) && !afterBy(view, view.groupAt[j - 1]!)))
  ) {
    for (let k = j - 1; k >= 0; k--) {
      if (isBreak(view, k)) break;
      // A finite verb, not a noun the tagger read as one ("North Korea's missile launch").
      const before = view.tokens[k - 1];
      const nounLike = view.words[k] === view.lemmas[k] && /^(NOUN|PROPN|ADJ)$/.test(before?.pos ?? "");
      const finite = !nounLike && before?.pos !== "DET" && before?.pos !== "ADJ" && before?.text !== "'s";
      if (view.tokens[k]!.pos === "VERB" && finite)
        return subjectBefore(view, verbGroupStart(view, k), depth + 1);
      // "Vietnam is one of the critics of China's claims and has accused Beijing": a copula or
      // "have" as the main verb of the first clause (no verb after it) gives its subject too.
      if (view.tokens[k]!.pos === "AUX" && COPULAS.has(view.lemmas[k]!) && view.tokens[k + 1]?.pos !== "VERB")
        return subjectBefore(view, verbGroupStart(view, k), depth + 1);
    }
  }
  // "he asked about X, called Y a Z and said": a verb in a list shares the first verb's subject.
  if (view.words[j] === "," && depth < 3) {
    const k = listVerbBefore(view, start, (i) => isBreak(view, i));
    if (k >= 0) return subjectBefore(view, verbGroupStart(view, k), depth + 1);
  }
  // "ETIM, which attacked ...": a subject relative clause takes its antecedent.
  // "He told police he supported ...": a pronoun subject is the subject; what it stands for is
  // the subject of the clause it is embedded in, not the nearest actor (there: an object).
  if (SUBJECT_PRONOUNS.has(view.words[j]!) && !view.groupAt[j] && depth < 3)
    return embeddingSubject(view, j, depth);
  // ("the rebels in Syria who attacked ...": the antecedent is the actor before its place phrase.)
  // ("The Authority - which rejected ...": set off by a dash as by a comma.)
  if (RELATIVE_PRONOUNS.has(view.words[j]!)) {
    let k = j - 1;
    if (view.words[k] === "," || isAsideDash(view, k)) k--;
    const antecedent = view.groupAt[k];
    return antecedent ? (actorBeforePlacePhrase(view, antecedent) ?? antecedent) : null;
  }
  // "Officials who met Chinese diplomats criticized Japan": the noun a relative clause modifies,
  // not an actor inside the clause (relative-subject.ts).
  const modified = relativeClauseSubject(view, start, (g) => actorBeforePlacePhrase(view, g));
  if (modified) return modified;
  for (; j >= 0; j--) {
    // "Russia, which has sent instructors to Mali, welcomed ...": the main verb's subject is the
    // noun the relative clause modifies, not an actor inside the clause.
    if (view.words[j] === ",") {
      const antecedent = relativeAntecedent(view, j);
      if (antecedent) return antecedent;
      // "Lebed, whom Yeltsin ordered to ..., struck a deal": a relative clause after a noun that
      // is no actor lends none of its actors either; the search goes on left of it.
      const opening = relativeClauseOpening(view, j);
      if (opening > 0) {
        j = opening;
        continue;
      }
      // Appositives, fronted adverbials and inserted attributions (clause-asides.ts).
      const aside = asideAtComma(view, j);
      if (aside.kind === "actor") return aside.group;
      if (aside.kind === "stop") return null;
      if (aside.kind === "jump") {
        j = aside.to + 1;
        continue;
      }
    }
    const parenthesised = actorBeforeParenthesis(view, j);
    if (parenthesised) return parenthesised;
    const g = view.groupAt[j];
    // "Rebels in Congo abducted ...", "China's embassy in Pakistan said ...": a place phrase right
    // after an actor says where that actor is; the actor before it is the subject.
    const placed = g ? actorBeforePlacePhrase(view, g) : null;
    if (placed) return placed;
    // "Russia's attack on Ukraine killed ...", "fighting in Syria killed ...": an actor after a
    // locative preposition that follows a noun is inside the subject, not the subject; the
    // subject is that noun phrase, no actor (unless it holds one further left: "Russia's").
    if (
      g &&
      OBJECT_PREPOSITIONS.has(view.words[g.first - 1] ?? "") &&
      view.tokens[g.first - 2]?.pos === "NOUN" &&
      !view.groupAt[g.first - 2]
    )
      return depth < 3 ? possessorBefore(view, g.first - 2) : null;
    if (g) return g;
    if (isBreak(view, j)) return null;
    if (RELATIVE_PRONOUNS.has(view.words[j]!) && view.tokens[j]!.pos !== "DET") return null;
  }
  return null;
}

/** Subject pronouns: no actor, but they stand for one named before. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/** For a pronoun subject at `j`: the subject of the verb whose clause embeds it, if no clause break intervenes. */
function embeddingSubject(view: SentenceView, j: number, depth: number): ActorGroup | null {
  for (let k = j - 1; k >= 0; k--) {
    // ("the man whom he met": the pronoun is in a relative clause; "said that he": complement.)
    if (isBreak(view, k) || RELATIVE_OPENERS.has(view.words[k]!) || view.words[k] === "whom") return null;
    // "after he attacked ...": a conjunction right before the pronoun opens an adverbial clause,
    // whatever the tagger calls it.
    if (k === j - 1 && CLAUSE_BREAK_WORDS.has(view.words[k]!)) return null;
    // Only a verb of saying or knowing passes its subject on ("Gondor said it would ..."); after
    // another verb the pronoun may stand for anyone named before (measured: a wrong event more).
    if (/^(VERB|AUX)$/.test(view.tokens[k]!.pos)) {
      if (!REPORTING_VERBS.has(view.lemmas[k]!)) return null;
      const speaker = subjectBefore(view, verbGroupStart(view, k), depth + 1);
      // ("Newspapers said it killed ...": "it" is not the newspapers; pronoun-number.ts.)
      return speaker && agreesInNumber(view, j, speaker) ? speaker : null;
    }
  }
  return null;
}

/** Prepositions after which an actor says where the actor before it is ("police in Nairobi"). */
// ("to": the host of a diplomat, "the U.S. ambassador to Kenya", "Gondor's envoy to the UN".)
const PLACING_PREPOSITIONS = new Set(["in", "from", "of", "to"]);
/** Participles between an actor and its place ("militants based in Pakistan"). */
const PLACING_PARTICIPLES = new Set(["based", "stationed", "deployed"]);

/** The actor group that the place phrase opening at group `g` ("in Congo") follows, if any. */
function actorBeforePlacePhrase(view: SentenceView, g: ActorGroup): ActorGroup | null {
  let p = g.first - 1;
  if (view.words[p] === "the") p--;
  if (!PLACING_PREPOSITIONS.has(view.words[p] ?? "")) return null;
  // Only a state or a place: "officials of Hamas" are no place phrase, "leader of the opposition" neither.
  // A diplomat is posted to an IGO as to a state ("the ambassador to the United Nations").
  const host = view.words[p] === "to";
  if (
    !g.members.every(
      (a) => (/^[A-Z]{3}$/.test(a.code) && !a.code.startsWith("IGO")) || (host && a.code.startsWith("IGO")),
    )
  )
    return null;
  p--;
  if (PLACING_PARTICIPLES.has(view.words[p] ?? "") && view.words[p - 1] !== ",") p--;
  const before = view.groupAt[p];
  // ("fled from China to Taiwan": a state before "to" is a route's start, not a posted diplomat.)
  if (host && before?.members.some((a) => /^[A-Z]{3}$/.test(a.code))) return null;
  return before && before.last === p && before !== g ? before : null;
}

/** Auxiliaries that can be a clause's main verb: "Vietnam is one of ...", "Gondor has troops ...". */
const COPULAS = new Set(["be", "have"]);
const RELATIVE_OPENERS = new Set(["which", "who", "whom", "whose"]);
/** Prepositions whose actor modifies the noun before it ("the attack on Ukraine"); not "of", "from", "with" (titles, origins, partners). */
const OBJECT_PREPOSITIONS = new Set(["on", "against", "in", "at", "near", "into", "inside"]);

/** "Russia's attack on ...": the actor that owns the noun at `noun` (its possessive), else null. */
function possessorBefore(view: SentenceView, noun: number): ActorGroup | null {
  let k = noun - 1;
  while (k >= 0 && /^(ADJ|NOUN)$/.test(view.tokens[k]!.pos) && !view.groupAt[k]) k--;
  if (view.words[k] === "'s" || view.words[k] === "’s" || view.words[k] === "'") k--;
  return view.groupAt[k] ?? null;
}

/** For a comma closing ", which/who/whose ...,": the actor before the opening comma, else null. */
/** The comma that opens the relative clause (", whom ... ,") closed by the comma at `closing`, or -1. */
function relativeClauseOpening(view: SentenceView, closing: number): number {
  for (let k = closing - 1; k > 0; k--) {
    if (view.words[k] === ";" || view.words[k] === ":") return -1;
    if (view.words[k] === ",") return RELATIVE_OPENERS.has(view.words[k + 1]!) ? k : -1;
  }
  return -1;
}

function relativeAntecedent(view: SentenceView, closing: number): ActorGroup | null {
  for (let k = closing - 1; k > 0; k--) {
    if (view.words[k] === ";" || view.words[k] === ":") return null;
    if (view.words[k] !== ",") continue;
    if (!RELATIVE_OPENERS.has(view.words[k + 1]!)) return null;
    const antecedent = view.groupAt[k - 1];
    return antecedent ? (actorBeforePlacePhrase(view, antecedent) ?? antecedent) : null;
  }
  return null;
}

/** "was caught by police and deported": an actor that is a passive's by-agent acts in the next verb too. */
function afterBy(view: SentenceView, g: ActorGroup): boolean {
  return view.words[g.first - 1] === "by";
}
