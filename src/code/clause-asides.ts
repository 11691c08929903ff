// What a search for a verb's subject must step over or stop at on its way left: an appositive
// ("Gondor, an ally of Arnor, attacked": the subject is Gondor, not Arnor), a parenthesis, and a
// fronted adverbial ("According to Arnor, the gunmen attacked", "After Gondor shelled Arnor,
// sanctions were imposed": the actors there are no subject of the main clause).
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Tokens after which a new clause-level segment starts. */
const SEGMENT_BREAKS = new Set([";", ":", "—", "–"]);
/** Words that open an adverbial phrase or clause without the tagger calling them ADP or SCONJ. */
const ADVERBIAL_OPENERS = new Set([
  "according",
  "after",
  "before",
  "when",
  "while",
  "whereas",
  "because",
  "although",
  "though",
  "if",
  "unless",
  "since",
  "until",
  "once",
  "despite",
]);
/** Verbs of an attribution inserted between commas: "Gondor, officials said, attacked ...". */
const ATTRIBUTION_VERBS = new Set(["say", "tell", "add", "report", "claim", "allege", "note", "insist"]);
/** How long an appositive may be ("a close ally of the Arnorian government since the war"). */
const APPOSITIVE_MAX = 12;

/** What the subject search does at a comma: take an actor, stop, jump over an aside, or go on. */
export type AsideStep =
  | { readonly kind: "actor"; readonly group: ActorGroup }
  | { readonly kind: "stop" }
  | { readonly kind: "jump"; readonly to: number }
  | { readonly kind: "none" };

/** The first token of the comma-bounded segment that ends just before `comma`, and what opens it. */
function segmentBefore(view: SentenceView, comma: number): { first: number; opener: string } {
  let k = comma - 1;
  while (k >= 0 && view.words[k] !== "," && !SEGMENT_BREAKS.has(view.words[k]!)) k--;
  return { first: k + 1, opener: k < 0 ? "start" : view.words[k]! };
}

function hasFiniteVerb(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = view.tokens[k]!.pos;
    if (pos === "AUX") return true;
    if (pos === "VERB" && !/(ing|ed|en)$/.test(view.words[k]!)) return true;
  }
  return false;
}

/**
 * At a comma the subject search crosses (walking left from a verb): an appositive after an actor
 * gives that actor; a fronted adverbial that opens the sentence stops the search (its actors are
 * not the subject); one between commas is jumped over ("Gondor, with Arnor's help, attacked").
 */
export function asideAtComma(view: SentenceView, comma: number): AsideStep {
  const { first, opener } = segmentBefore(view, comma);
  if (first >= comma) return { kind: "none" };
  const lead = view.tokens[first]!;
  const adverbial = lead.pos === "ADP" || lead.pos === "SCONJ" || ADVERBIAL_OPENERS.has(view.words[first]!);
  // (Not "to" opening a segment: an infinitive, "To end the war, Gondor ...", is the subject's own.)
  if (adverbial && view.words[first] !== "to") {
    if (opener === "start" || SEGMENT_BREAKS.has(opener)) return { kind: "stop" };
    return { kind: "jump", to: first - 1 };
  }
  // "Gondor, officials said, attacked ...": a quote attribution set off by commas is stepped over
  // (not one that introduces a quotation: 'X said, "We oppose ..."', whose speaker is meant).
  const lastWord = view.lemmas[comma - 1]!;
  const verbFollows = /^(VERB|AUX|ADV)$/.test(view.tokens[comma + 1]?.pos ?? "");
  if (
    opener === "," &&
    verbFollows &&
    view.tokens[comma - 1]!.pos === "VERB" &&
    ATTRIBUTION_VERBS.has(lastWord)
  )
    return { kind: "jump", to: first - 1 };
  // "Gondor, the largest ally of Arnor, ...": a noun phrase without a verb between two commas.
  const determined = lead.pos === "DET" || lead.pos === "NUM" || lead.pos === "ADJ";
  if (opener === "," && determined && comma - first <= APPOSITIVE_MAX && !hasFiniteVerb(view, first, comma)) {
    const before = view.groupAt[first - 2];
    if (before && before.last === first - 2) return { kind: "actor", group: before };
  }
  // "Syrian rebels, backed by Turkey, attacked ...", "Gondor, citing Arnor's raids, expelled ...":
  // a participle phrase between commas, with no finite verb, describes the actor before it; its
  // own actors are not the subject. (A past participle only with the preposition it takes right
  // after it, "backed by", "based in": a bare one may be a verb in a list, ", shelled the town".)
  const participle =
    lead.pos === "VERB" &&
    (/ing$/.test(view.words[first]!) || view.tokens[first + 1]?.pos === "ADP") &&
    !hasAuxiliary(view, first, comma);
  if (opener === "," && participle && !hasFiniteVerb(view, first + 1, comma)) {
    const before = view.groupAt[first - 2];
    if (before && before.last === first - 2) return { kind: "actor", group: before };
    return { kind: "jump", to: first - 1 };
  }
  // "Mohammed, a farmer whose son was arrested by police, criticised ...": an appositive noun
  // phrase whose relative clause holds a verb; the actors of the clause are not the subject.
  const relative = relativeAt(view, first, comma);
  if (opener === "," && determined && relative > first + 1 && !hasFiniteVerb(view, first, relative)) {
    const before = view.groupAt[first - 2];
    if (before && before.last === first - 2) return { kind: "actor", group: before };
    return { kind: "jump", to: first - 1 };
  }
  return { kind: "none" };
}

function hasAuxiliary(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tokens[k]!.pos === "AUX") return true;
  return false;
}

const RELATIVE_WORDS = new Set(["who", "whose", "whom", "which", "that"]);
/** How far into an appositive its relative pronoun may come ("a 28-year-old from Damascus who"). */
const APPOSITIVE_HEAD_MAX = 8;

/** The relative pronoun of an appositive between `first` and the comma, or -1. */
function relativeAt(view: SentenceView, first: number, comma: number): number {
  for (let k = first + 1; k < Math.min(comma, first + APPOSITIVE_HEAD_MAX); k++)
    if (RELATIVE_WORDS.has(view.words[k]!)) return k;
  return -1;
}

/**
 * At a closing parenthesis the search crosses: the actor right before its opening one ("Gondor
 * (a member of the Arnor league) attacked"), else none (the parenthesis may hold the actor:
 * "the group (ISIS) attacked").
 */
export function actorBeforeParenthesis(view: SentenceView, closing: number): ActorGroup | null {
  const close = view.words[closing];
  const open = close === ")" ? "(" : close === "]" ? "[" : null;
  if (!open) return null;
  for (let k = closing - 1; k > 0; k--) {
    if (view.words[k] === close) return null;
    if (view.words[k] !== open) continue;
    const before = view.groupAt[k - 1];
    return before && before.last === k - 1 ? before : null;
  }
  return null;
}

/**
 * A dash that sets off an aside: an em or en dash, a double hyphen, or a hyphen with a space on
 * each side ("The Authority - which rejected X - called for ..."); not the hyphen inside a word
 * the tokenizer cut ("co - operation" has no spaces around it in the text).
 */
export function isAsideDash(view: SentenceView, k: number): boolean {
  const w = view.words[k];
  if (w === "—" || w === "–" || w === "--") return true;
  if (w !== "-") return false;
  const t = view.tokens[k]!;
  const before = view.tokens[k - 1];
  const after = view.tokens[k + 1];
  return before !== undefined && after !== undefined && before.end < t.start && t.end < after.start;
}
