// Whether a drafted event is one the text asserts between actors CAMEO codes, checked after the
// clause is read: an opinion voiced or an examination made by private parties only, a verb of
// judging that labels its object ("consider X a priority"), an act whose governing noun is denied
// ("no order to pull out"), a bare "sign" of a document that is no pact (also "signed into law" and
// a passive "an order signed by"), a contest or a title defended in a sports
// report. Each is a class of wrong emission found in the hand audit's tune half and in fresh news
// (bench/audit/GUIDELINES.md: "opinions of private people with no political target", sport
// results, what did not happen are not coded), read off roles and word classes, not phrases.
import { verbGroupStart } from "./clause-analyse.ts";
import { FUTURE } from "./clause-scope.ts";
import { isArmed } from "./draft-clause-reading.ts";
import type { DraftedEvent } from "./drafted-event.ts";
import type { Pattern } from "./pattern-load.ts";
import type { Actor, SentenceView } from "./sentence-view.ts";
import { sportingSidesMisfit } from "./sport-sides.ts";

/**
 * CAMEO actor types of private life (cameo_actor_type: civilians, refugees, education, business,
 * agriculture, health): a statement by them alone, to no one or to each other, is no public act.
 * (Media, labour and NGOs speak on public matters and stay coded.)
 */
const PRIVATE_ROLE = /^([A-Z]{3})?(CVL|REF|EDU|BUS|AGR|HLH)$/;

/** Whether an actor is a private party by its role (a bare country or a person with no role is not). */
export function isPrivateActor(a: Actor): boolean {
  return PRIVATE_ROLE.test(a.code);
}

/** Admitting or denying a charge: a plea, an act in a case whoever makes it. */
const PLEAS = new Set(["015", "016"]);

/** Codes of force and contest (CAMEO 18-20: assault, fight, mass violence) that a game is told in. */
const CONTEST_ROOTS = new Set(["18", "19", "20"]);
/**
 * Defending (052): in a game it is WordNet's defend.v.5, "protect or fight for as a champion"
 * ("successfully defended his featherweight title"), a contest, not support in words.
 */
const CONTEST_CODES = new Set(["052"]);

/** What the document around a sentence says about it: a sports report. */
export interface DocumentSignals {
  readonly sport: boolean;
  /** A quarter of its sentences hold a sign of sport (sport-sides.ts): sides are teams. */
  readonly sportDense?: boolean;
}

/** The words the checks read, from the coder's data. */
export interface AssertionLexicon {
  /** Words of sports reporting (data/names/sport-words.txt). */
  readonly sportWords?: ReadonlySet<string>;
  /** The nouns the phrase patterns of "sign" (057) take as what is signed: the pacts. */
  readonly pactNouns: ReadonlySet<string>;
  /** Roles and types that are public actors, never sides of a game (sport-sides.ts publicTypesOf). */
  readonly publicTypes?: ReadonlySet<string>;
}

/**
 * The pacts "sign" takes: the words after "sign" in the 057 phrase patterns that open with it
 * ("sign .. &PACT", "sign .. treaty", "sign .. contract"), read from the loaded patterns.
 */
export function pactNounsOf(patterns: readonly Pattern[]): Set<string> {
  const nouns = new Set<string>();
  for (const p of patterns) {
    const [first, ...rest] = p.elements;
    if (!p.code.startsWith("057") || first?.kind !== "word" || !first.words.has("sign")) continue;
    for (const e of rest) if (e.kind === "word") for (const w of e.words) nouns.add(w);
  }
  return nouns;
}

// How many different words of sport make a document a sports report: the same count as the name
// finder's (src/annotate/names/sport-context.ts), from the same list (data/names/sport-words.txt).
const MIN_SPORT_WORDS = 3;

/** A score ("6-3", "2-1", "21–14"): two numbers joined by a dash. */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * Whether a document's words (lower case) hold MIN_SPORT_WORDS different signs of sport: words of
 * sport, also as a part of a hyphened word (a wire slug run into its headline, "Boxing-Bruno"),
 * and scores ("6-4"), which count as one sign however many there are (a results table).
 */
export function isSportReport(words: Iterable<string>, sportWords: ReadonlySet<string> | undefined): boolean {
  if (!sportWords?.size) return false;
  const seen = new Set<string>();
  const sign = (w: string) => sportWords.has(w) && seen.add(w).size >= MIN_SPORT_WORDS;
  for (const w of words) {
    if (SCORE.test(w)) {
      if (seen.add("(score)").size >= MIN_SPORT_WORDS) return true;
    } else if (sign(w) || (w.includes("-") && w.split("-").some(sign))) return true;
  }
  return false;
}

/**
 * Whether a score follows the trigger in its clause: a dash-joined pair of numbers after the
 * trigger, before any clause punctuation, that closes the clause or is followed by another score or
 * a preposition ("6-3 on Sunday"), not a range that counts what follows ("10-15 Chilean migrants").
 */
function scoreAfter(view: SentenceView, last: number): boolean {
  for (let k = last + 1; k < view.tokens.length; k++) {
    const t = view.tokens[k]!;
    // (Brackets hold a side's country, "Jan Ruiz (Peru)"; a dash after a number opens a seeded
    // name in a results line, "beat 7 - Chris Walker".)
    const seeding = t.text === "-" && view.tokens[k - 1]?.pos === "NUM";
    if (t.pos === "PUNCT" && !/^[()]$/.test(t.text) && !seeding) return false;
    if (t.pos === "SCONJ" || t.pos === "VERB") return false;
    const next = view.tokens[k + 1];
    if (SCORE.test(t.text) && (!next || /^(PUNCT|ADP|NUM)$/.test(next.pos))) return true;
  }
  return false;
}

/**
 * Why a drafted event is not one the sentence asserts, or null. `anchor`/`last`: the trigger's
 * first and last token; `code`: the drafted CAMEO code.
 */
export function assertionMisfit(
  drafted: DraftedEvent,
  doc: DocumentSignals,
  lexicon: AssertionLexicon,
): string | null {
  const { view, anchor, last, code, source, target } = drafted;
  const root = code.slice(0, 2);
  // "many people consider article marketing ineffective", "small investors welcomed the deal":
  // a statement (CAMEO 01) needs a public speaker or a public addressee.
  // (Pleas and denials of a charge, 015/016, are acts in a case, coded for anyone: GUIDELINES.)
  // Praise and verbal support (051, 052: "welcomed the deal") are opinions the same way.
  const opinion = (root === "01" && !PLEAS.has(code)) || code === "051" || code === "052";
  if (opinion && isPrivateActor(source) && (!target || isPrivateActor(target)))
    return `a statement or opinion of private parties (${source.code}${target ? ` to ${target.code}` : ""}), no public actor`;
  // "the professor who examined the boxer", "a firm audits its accounts": CAMEO's investigations
  // (09) are those of authorities, IGOs, NGOs and the media into crimes, abuses and conduct.
  if (root === "09" && isPrivateActor(source))
    return `an examination by a private party (${source.code}), no investigation CAMEO codes`;
  // "the FDA considers testing a high priority": judging something to be so is no act on it.
  if (code === "014" && view.tokens[anchor]!.pos === "VERB") {
    const label = labelComplement(view, anchor, last);
    if (label) return label;
  }
  const denied = deniedGovernor(view, anchor);
  if (denied) return denied;
  const expected = expectedFuture(view, anchor);
  if (expected) return expected;
  // "a Nigerian migrant hailed as a hero", "the group designated as terrorist": a participle right
  // after its noun and before "as" is a reduced passive; the actor before it is what is named.
  if (
    anchor === last &&
    /(ed|en)$/.test(view.words[anchor]!) &&
    view.words[anchor + 1] === "as" &&
    view.groupAt[anchor - 1]?.members.includes(source)
  )
    return `"${view.tokens[anchor]!.text} as" after its actor is a reduced passive; the actor is named, not acting`;
  // Two subjects signing together ("Kenya and Somalia signed a package of documents") make a pact
  // of whatever they sign; the check is for one side signing its own papers.
  if (code === "057" && anchor === last && !signedTogether(view, source, target)) {
    const unsigned = signsNoPact(view, anchor, lexicon.pactNouns);
    if (unsigned) return unsigned;
  }
  // "Kazakhstan beat the Netherlands 2-1", "the Rangers held on to beat Oakland 6-3": in a sports
  // report a contest between sides that bear no arms, told with a score or a word of sport, is a game.
  if (
    doc.sport &&
    (CONTEST_ROOTS.has(root) || CONTEST_CODES.has(code)) &&
    !isArmed(source) &&
    !(target && isArmed(target)) &&
    view.words.some((w) => SCORE.test(w) || lexicon.sportWords?.has(w))
  )
    return `a contest in a sports report (${code} between ${source.code} and ${target?.code ?? "no one"}), a game`;
  // "Jansher Khan (Pakistan) beat Mark Cairns (England) 15-10 15-6 15-7", "beat Oakland 6-3 on
  // Sunday": a contest whose clause ends in a score is a game even where the document has too few
  // words of sport to be called a sports report (a results line). A number range that counts
  // something ("killed 10-15 people") is followed by its noun, and armed sides still fight.
  if (
    (CONTEST_ROOTS.has(root) || CONTEST_CODES.has(code)) &&
    !isArmed(source) &&
    !(target && isArmed(target)) &&
    scoreAfter(view, last)
  )
    return `a contest told with a score (${code} between ${source.code} and ${target?.code ?? "no one"}), a game`;
  // (Pleas and denials stay: a doping case or a player's trial is an act in a case.)
  return PLEAS.has(code)
    ? null
    : sportingSidesMisfit(
        doc.sport && doc.sportDense === true,
        source,
        target,
        lexicon.publicTypes ?? new Set(),
      );
}

/** Words that may open or continue the object of a verb of judging ("testing of fresh produce"). */
const OBJECT_POS = /^(DET|NOUN|PROPN|PRON|ADJ|NUM|ADP|CCONJ|ADV)$/;

/**
 * "consider testing a high priority", "consider themselves to be excused", "is considered a pest":
 * a verb followed by its object and a predicate (an indefinite noun phrase, "to be", "as") judges
 * or names the object; it is no policy considered or statement made about it. Walks the object
 * (nouns, adjectives, prepositional phrases) up to the predicate; a verb or a clause ends it.
 */
export function labelComplement(view: SentenceView, anchor: number, last: number): string | null {
  const n = view.tokens.length;
  const isNominal = (k: number) => /^(NOUN|PROPN|PRON)$/.test(view.tokens[k]?.pos ?? "") || !!view.groupAt[k];
  // Passive: "is considered a pest", "was deemed to be": the subject is what is judged.
  let j = anchor - 1;
  while (j >= 0 && view.tokens[j]!.pos === "ADV") j--;
  const passive = j >= 0 && view.lemmas[j] === "be" && /(ed|en)$/.test(view.words[anchor]!);
  let seenNoun = passive;
  for (let k = last + 1; k < Math.min(n, last + 16); k++) {
    const w = view.words[k]!;
    const pos = view.tokens[k]!.pos;
    if (seenNoun && (w === "a" || w === "an") && (isNominal(k - 1) || passive))
      return `"${view.tokens[anchor]!.text} X a ..." judges or names its object, no act on it`;
    if (
      seenNoun &&
      (w === "to" || w === "not") &&
      (view.lemmas[k + 1] === "be" || view.words[k + 2] === "be")
    )
      return `"${view.tokens[anchor]!.text} X to be ..." judges its object, no act on it`;
    if (seenNoun && w === "as" && isNominal(k - 1))
      return `"${view.tokens[anchor]!.text} X as ..." judges its object, no act on it`;
    if (!OBJECT_POS.test(pos) && !view.groupAt[k] && !(pos === "PART" && w === "not")) return null;
    if (isNominal(k)) seenNoun = true;
  }
  return null;
}

/** Determiners and quantifiers that deny the noun they open: "no order", "not enough workers". */
const DENYING = new Set(["no"]);
/** Quantifiers that deny their noun after "not" or "too": "not enough workers", "too few troops". */
const SCARCE = new Set(["enough", "few", "little", "many", "much"]);

/**
 * "has given no formal order to pull out the troops", "there had been no request to send troops",
 * "there were not enough workers to destroy the poultry": an infinitive that completes a noun the
 * sentence denies names an act that was not ordered, asked or possible, so not one that happened.
 * `anchor` is the trigger; the infinitive's "to" stands right before it or its verb group.
 */
export function deniedGovernor(view: SentenceView, anchor: number): string | null {
  let to = anchor - 1;
  while (to >= 0 && view.tokens[to]!.pos === "ADV") to--;
  if (view.words[to] !== "to" || view.groupAt[to]) return null;
  let seenNoun = false;
  for (let k = to - 1; k >= Math.max(0, to - 12); k--) {
    const w = view.words[k]!;
    const pos = view.tokens[k]!.pos;
    if (DENYING.has(w) && seenNoun) return `completes a denied noun ("${w} ... to"): not done`;
    if (SCARCE.has(w) && seenNoun && /^(not|too)$/.test(view.words[k - 1] ?? ""))
      return `completes a denied noun ("${view.words[k - 1]} ${w} ... to"): not done`;
    // "no efforts to urge Ukraine to investigate": the noun may deny a chain of infinitives.
    if (pos === "VERB" && seenNoun) return deniedGovernor(view, k);
    if (view.groupAt[k] || /^(NOUN|PROPN)$/.test(pos)) {
      seenNoun = true;
      continue;
    }
    if (!/^(ADJ|NUM|ADP|DET)$/.test(pos) && w !== "to") return null;
  }
  return null;
}

/**
 * "signed a proclamation", "signed the bill into law", "signed an executive order": the bare "sign"
 * (057) with a direct object that is no pact signs a document of its own side. The pacts it may
 * sign (data/verbs &PACT: agreement, treaty, deal, ...) have phrase patterns of their own; when
 * one of those fails (no target named) the bare verb is tried, so those nouns stay signable.
 */
export function signsNoPact(view: SentenceView, anchor: number, pacts: ReadonlySet<string>): string | null {
  // "signed the bill into law", "a trade pact signed into law by": what is made law is enacted by
  // one side, not agreed between two.
  if (view.words[anchor + 1] === "into" && view.words[anchor + 2] === "law")
    return `"${view.tokens[anchor]!.text} into law" enacts a law, no pact`;
  const signed = passiveSignedNoun(view, anchor);
  if (signed !== null)
    return pacts.has(view.lemmas[signed]!) || pacts.has(view.words[signed]!)
      ? null
      : `"${view.tokens[signed]!.text} ... ${view.tokens[anchor]!.text}": what was signed is no pact`;
  for (let k = anchor + 1; k < Math.min(view.tokens.length, anchor + 6); k++) {
    if (view.groupAt[k] || isDateToken(view, k)) return null;
    const pos = view.tokens[k]!.pos;
    if (pos === "NOUN") {
      // The noun phrase's head is the last of its run of nouns ("a peace agreement", "the budget bill").
      let head = k;
      while (/^(NOUN|PROPN)$/.test(view.tokens[head + 1]?.pos ?? "") && !view.groupAt[head + 1]) head++;
      for (let j = k; j <= head; j++)
        if (pacts.has(view.lemmas[j]!) || pacts.has(view.words[j]!)) return null;
      return `"${view.tokens[anchor]!.text} ... ${view.tokens[head]!.text}" signs no pact`;
    }
    if (!/^(DET|ADJ|NUM)$/.test(pos)) return null;
  }
  return null;
}

/**
 * The head noun of what a passive "signed" says was signed, or null: the noun right before it
 * ("an executive order signed by the mayor", "the loan was signed today"), past the auxiliaries
 * of a passive; not an actor ("Kenya was signed up") and not when "sign" is active.
 */
function passiveSignedNoun(view: SentenceView, anchor: number): number | null {
  if (view.tokens[anchor]!.pos !== "VERB" || !/(ed|en)$/.test(view.words[anchor]!)) return null;
  let k = anchor - 1;
  let auxiliaries = 0;
  while (k >= 0 && view.tokens[k]!.pos === "AUX") {
    k--;
    auxiliaries++;
  }
  // An active perfect ("Gondor has signed") has "have" and no "be" among its auxiliaries.
  if (auxiliaries && !view.lemmas.slice(k + 1, anchor).includes("be")) return null;
  // A reduced passive ("the order signed by") is followed by its agent or a time; an active past
  // ("the minister signed") is not told apart from it otherwise, so it needs its "by".
  if (!auxiliaries && view.words[anchor + 1] !== "by") return null;
  // (The tagger calls a capitalised title's head a proper noun: "an Executive Order".)
  if (k < 0 || !/^(NOUN|PROPN)$/.test(view.tokens[k]!.pos) || view.groupAt[k]) return null;
  return k;
}

/** Whether source and target are members of one compound subject ("Kenya and Somalia"). */
function signedTogether(view: SentenceView, source: Actor, target: Actor | null): boolean {
  return (
    target !== null && view.groupAt.some((g) => g?.members.includes(source) && g.members.includes(target))
  );
}

/** Whether token k lies in a date mention ("signed today", "signed on Monday"). */
function isDateToken(view: SentenceView, k: number): boolean {
  const t = view.tokens[k]!;
  return view.mentions.some((m) => m.kind === "date" && m.start <= t.start && m.end >= t.end);
}

/**
 * Verbs, adjectives and nouns of expecting and hoping (WordNet's expect.v.01, hope.v.01,
 * trust.v.01, believe.v.01, predict.v.01, and the adjective and noun of confidence): a clause
 * they govern tells what someone expects of the future, not an act.
 */
const EXPECTING = new Set([
  "hope",
  "wish",
  "expect",
  "anticipate",
  "trust",
  "believe",
  "predict",
  "confident",
  "confidence",
  "sure",
  "hopeful",
  "optimistic",
]);

/**
 * "I hope teachers will recognise ...", "I have every confidence that officials will work
 * together": a future verb in the clause a word of expecting governs is the speaker's
 * expectation of another's act, a prediction (GUIDELINES: predictions are not coded). Scans left
 * from the verb group over its subject and "that" to the governing word; a verb, a clause mark or
 * a sentence boundary in between ends the scan.
 */
export function expectedFuture(view: SentenceView, anchor: number): string | null {
  const start = verbGroupStart(view, anchor);
  if (!view.words.slice(start, anchor).some((w) => FUTURE.has(w))) return null;
  for (let k = start - 1; k >= Math.max(0, start - 12); k--) {
    if (EXPECTING.has(view.lemmas[k]!) || EXPECTING.has(view.words[k]!))
      return `"${view.tokens[k]!.text} ... will": an expectation of the future, not an act`;
    const pos = view.tokens[k]!.pos;
    // ("Russia hopes it will sign": a pronoun subject may be the hoper itself, whose stated
    // intent CAMEO codes as 03; only another's act is a prediction.)
    if (pos === "PRON" && !view.groupAt[k]) return null;
    if (view.groupAt[k] || view.words[k] === "that" || /^(NOUN|PROPN|DET|ADJ|ADP|NUM|CCONJ)$/.test(pos))
      continue;
    // ("teachers, schools and politicians will": a comma inside a list of nouns.)
    const nominal = (j: number) => !!view.groupAt[j] || /^(NOUN|PROPN)$/.test(view.tokens[j]?.pos ?? "");
    if (view.words[k] === "," && nominal(k - 1) && nominal(k + 1)) continue;
    return null;
  }
  return null;
}
