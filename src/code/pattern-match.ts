// Matches patterns against a sentence view. A pattern is anchored at its first word (the
// trigger); `..` skips a few tokens inside the clause; `+` takes an actor group as the target.
import { countStart, isAttributiveParticiple } from "./clause-objects.ts";
import type { Pattern, PatternElement } from "./pattern-load.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** How many tokens `..` may skip. Three covers "signed a new bilateral trade pact" without leaking into the next clause. */
export const GAP_MAX_TOKENS = 3;
/** Tokens `+` may skip before the actor: "the", "a". */
const TARGET_LEAD = new Set(["the", "a", "an", "its", "their", "his", "her"]);
/** Counts before the actor: "released [two] Syrian soldiers", "detained [dozens of] protesters". */
const QUANTIFIERS = new Set([
  "several",
  "some",
  "many",
  "dozens",
  "hundreds",
  "thousands",
  "scores",
  "more",
  "at",
  "least",
]);

/**
 * The index after an actor's acronym in brackets right after its name ("asked the International
 * Criminal Court (ICC) to open"): the acronym restates the actor, so the pattern goes on after it.
 */
function afterAcronym(view: SentenceView, i: number): number {
  const acronym = view.tokens[i + 1]?.text ?? "";
  return view.words[i] === "(" && view.words[i + 2] === ")" && /^[A-Z][A-Za-z]*[A-Z]$/.test(acronym)
    ? i + 3
    : i;
}

/** The index where the actor a `+` takes may begin: after articles, possessives and a count ("the two", "dozens of"). */
function targetStart(view: SentenceView, i: number): number {
  const n = view.tokens.length;
  let j = i;
  // ("we will ask... the ICC to open": an ellipsis marks a pause, not a new phrase.)
  while (j < n && (view.words[j] === "..." || view.words[j] === "…")) j++;
  // (A lead word inside an actor's own mention opens the actor: "the European Union".)
  while (j < n && TARGET_LEAD.has(view.words[j]!) && view.groupAt[j]?.first !== j) j++;
  const counted = j;
  j = countStart(view, j);
  while (j < n && !view.groupAt[j] && (view.tokens[j]!.pos === "NUM" || QUANTIFIERS.has(view.words[j]!))) j++;
  // ("detained 26 suspected Islamist militants": a participle before the actor modifies it.)
  while (j < n && !view.groupAt[j] && isAttributiveParticiple(view, j)) j++;
  if (j > counted && view.words[j] === "of") {
    j++;
    while (j < n && TARGET_LEAD.has(view.words[j]!) && view.groupAt[j]?.first !== j) j++;
  }
  return j;
}

export interface PatternMatch {
  readonly pattern: Pattern;
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly targets: readonly ActorGroup[];
  /** How many tokens the pattern's words covered: the more, the more specific the match. */
  readonly words: number;
  /**
   * Who acts, when the match itself names them and the clause cannot: the speaker named after a
   * fronted quotation ('"…," said the minister'; quoted-evaluation.ts).
   */
  readonly doer?: ActorGroup;
}

/** Length in tokens of `word` (maybe several words) at token i, or 0 when it does not match. */
function wordAt(view: SentenceView, i: number, word: string, surface = false): number {
  if (!word.includes(" ")) return (!surface && view.lemmas[i] === word) || view.words[i] === word ? 1 : 0;
  const parts = word.split(" ");
  for (let k = 0; k < parts.length; k++) {
    const j = i + k;
    if (j >= view.tokens.length) return 0;
    if ((surface || view.lemmas[j] !== parts[k]) && view.words[j] !== parts[k]) return 0;
  }
  return parts.length;
}

/**
 * A word set split for speed: one-word members looked up directly, phrases (already split into
 * their words, so a match attempt allocates nothing) tried in turn.
 */
interface WordLookup {
  readonly single: ReadonlySet<string>;
  readonly multi: readonly (readonly string[])[];
}
const lookups = new WeakMap<ReadonlySet<string>, WordLookup>();

function lookupOf(words: ReadonlySet<string>): WordLookup {
  let l = lookups.get(words);
  if (!l) {
    const all = [...words];
    l = {
      single: new Set(all.filter((w) => !w.includes(" "))),
      multi: all.filter((w) => w.includes(" ")).map((w) => w.split(" ")),
    };
    lookups.set(words, l);
  }
  return l;
}

/** Length in tokens of the phrase `parts` at token i, or 0 when it does not match (as wordAt). */
function partsAt(view: SentenceView, i: number, parts: readonly string[], surface = false): number {
  if (i + parts.length > view.tokens.length) return 0;
  for (let k = 0; k < parts.length; k++) {
    const j = i + k;
    if ((surface || view.lemmas[j] !== parts[k]) && view.words[j] !== parts[k]) return 0;
    // (A hyphen the loader put between a word's parts, "sit - in", is one inside a word: it
    // touches both, not a dash between phrases.)
    if (parts[k] === "-" && k > 0 && !innerHyphen(view, j)) return 0;
  }
  return parts.length;
}

/** Whether the hyphen at token j joins the tokens beside it (no space on either side). */
function innerHyphen(view: SentenceView, j: number): boolean {
  const t = view.tokens[j]!;
  return view.tokens[j - 1]?.end === t.start && view.tokens[j + 1]?.start === t.end;
}

function isGapBreaker(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (t.pos === "PUNCT" && t.text !== "-" && t.text !== "'" && t.text !== "’") return true;
  return t.pos === "AUX" || t.pos === "SCONJ" || (t.pos === "VERB" && !t.text.endsWith("ing"));
}

/**
 * Token i ends its noun phrase: no noun or hyphenated compound follows ("a raid", not "a raid
 * suspect"); a bare verb form right after it is a noun the tagger misread ("a murder suspect").
 * A gerund right after a verb heads no noun phrase.
 */
function headsPhrase(view: SentenceView, i: number): boolean {
  // A gerund right after a verb is that verb's complement, not a noun ("continued talking").
  const t = view.tokens[i]!;
  if (t.pos === "VERB" && t.text.endsWith("ing") && view.tokens[i - 1]?.pos === "VERB") return false;
  const next = view.tokens[i + 1];
  if (!next) return true;
  if (next.pos === "NOUN" || next.text === "-") return false;
  return !(next.pos === "VERB" && view.lemmas[i + 1] === view.words[i + 1]);
}

export function matchFrom(
  view: SentenceView,
  elements: readonly PatternElement[],
  e: number,
  i: number,
  targets: ActorGroup[],
  words = 0,
): { last: number; targets: ActorGroup[]; words: number } | null {
  if (e === elements.length) return { last: i - 1, targets, words };
  const el = elements[e]!;
  const n = view.tokens.length;
  if (el.kind === "gap") {
    for (let skip = 0; skip <= (el.max ?? GAP_MAX_TOKENS); skip++) {
      if (skip > 0 && (i + skip - 1 >= n || isGapBreaker(view, i + skip - 1))) break;
      const r = matchFrom(view, elements, e + 1, i + skip, targets, words);
      if (r) return r;
    }
    return null;
  }
  if (el.kind === "target") {
    const j = targetStart(view, i);
    const group = view.groupAt[j];
    if (group && group.first === j) {
      const r = matchFrom(
        view,
        elements,
        e + 1,
        afterAcronym(view, group.last + 1),
        [...targets, group],
        words,
      );
      if (r) return r;
    }
    return el.optional ? matchFrom(view, elements, e + 1, i, targets, words) : null;
  }
  if (i < n) {
    const lookup = lookupOf(el.words);
    for (const parts of lookup.multi) {
      const len = partsAt(view, i, parts, el.surface);
      if (!len || (el.head && !headsPhrase(view, i + len - 1))) continue;
      const r = matchFrom(view, elements, e + 1, i + len, targets, words + len);
      if (r) return r;
    }
    if (
      ((!el.surface && lookup.single.has(view.lemmas[i]!)) || lookup.single.has(view.words[i]!)) &&
      (!el.head || headsPhrase(view, i))
    ) {
      const r = matchFrom(view, elements, e + 1, i + 1, targets, words + 1);
      if (r) return r;
    }
  }
  return el.optional ? matchFrom(view, elements, e + 1, i, targets, words) : null;
}

/** Units of time: "for two hours", "over the weekend", "for the third time" (a closed class). */
const TIME_UNITS =
  /^(times?|moments?|seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries|century|period|while|past|course)$/;
const ORDINAL =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|\d+(st|nd|rd|th))$/;

/**
 * Whether the words from token i open a time phrase rather than a reason: a number or an ordinal,
 * or a unit of time, after at most an article or a demonstrative ("the third time", "several days").
 */
export function opensTimePhrase(view: SentenceView, i: number): boolean {
  for (let k = i; k < Math.min(view.tokens.length, i + 3); k++) {
    const w = view.words[k]!;
    if (TIME_UNITS.test(w) || ORDINAL.test(w) || view.tokens[k]!.pos === "NUM") return true;
    if (
      !/^(the|a|an|this|that|these|those|several|many|some|few|more|most|much|recent|past|entire|whole)$/.test(
        w,
      )
    )
      return false;
  }
  return false;
}

/** How many tokens a word element covers at token i (its longest matching word). */
function triggerLength(view: SentenceView, el: PatternElement, i: number): number {
  if (el.kind !== "word") return 0;
  let best = 0;
  for (const w of el.words) best = Math.max(best, wordAt(view, i, w, el.surface));
  return best;
}

/**
 * What a sentence must hold anywhere for a pattern to match in it: for each required word element
 * after the trigger, one of its words' first words (as a lemma or a surface form), and an actor
 * group when a target is required. A light verb has a hundred patterns ("held talks", "held a
 * rally", ...): testing these needs against the sentence's words once rules out most of them before
 * any is walked token by token. A pattern whose needs fail could not have matched, so what matches
 * is unchanged.
 */
interface PatternNeeds {
  readonly words: readonly (readonly string[])[];
  readonly group: boolean;
}

function needsOf(pattern: Pattern): PatternNeeds {
  const words: string[][] = [];
  let group = false;
  for (const el of pattern.elements.slice(1)) {
    if (el.kind === "target" && !el.optional) group = true;
    if (el.kind === "word" && !el.optional)
      words.push([...new Set([...el.words].map((w) => w.split(" ")[0]!))]);
  }
  return { words, group };
}

/** The lemmas and surface forms of a sentence's tokens, built once per sentence when first asked. */
const sentenceWords = new WeakMap<SentenceView, ReadonlySet<string>>();

function wordsOf(view: SentenceView): ReadonlySet<string> {
  let words = sentenceWords.get(view);
  if (!words) {
    const all = new Set(view.lemmas);
    for (const w of view.words) all.add(w);
    words = all;
    sentenceWords.set(view, words);
  }
  return words;
}

/** Whether a sentence with these groups and words (asked for only when needed) meets `needs`. */
function mayMatch(needs: PatternNeeds, hasGroups: boolean, present: () => ReadonlySet<string>): boolean {
  if (needs.group && !hasGroups) return false;
  if (!needs.words.length) return true;
  const words = present();
  for (const firsts of needs.words) if (!firsts.some((w) => words.has(w))) return false;
  return true;
}

/** Patterns indexed by the first token of each of their trigger words. */
export class PatternIndex {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly needs = new Map<Pattern, PatternNeeds>();
  /** candidates() for a surface form that is a key of its own beside its lemma's, merged once. */
  private readonly merged = new Map<string, readonly Pattern[]>();

  constructor(patterns: readonly Pattern[]) {
    for (const p of patterns) {
      const first = p.elements[0]!;
      if (first.kind !== "word") continue;
      this.needs.set(p, needsOf(p));
      for (const w of first.words) {
        const key = w.split(" ")[0]!;
        const list = this.byWord.get(key) ?? [];
        list.push(p);
        this.byWord.set(key, list);
      }
    }
  }

  candidates(view: SentenceView, i: number): readonly Pattern[] {
    const lemma = view.lemmas[i]!;
    const a = this.byWord.get(lemma) ?? [];
    const word = view.words[i]!;
    if (word === lemma) return a;
    const b = this.byWord.get(word);
    if (!b) return a;
    if (!a.length) return b;
    // Both are keys of the index (a bounded set), so the merged lists are few.
    const key = `${lemma}\n${word}`;
    let both = this.merged.get(key);
    if (!both) {
      both = [...a, ...b.filter((p) => !a.includes(p))];
      this.merged.set(key, both);
    }
    return both;
  }

  /** Every pattern that matches at token i, best (most specific) first. */
  matchAt(view: SentenceView, i: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    const candidates = this.candidates(view, i);
    if (!candidates.length) return out;
    const hasGroups = view.groups.length > 0;
    let words: ReadonlySet<string> | null = null;
    const present = () => {
      words ??= wordsOf(view);
      return words;
    };
    for (const pattern of candidates) {
      if (!mayMatch(this.needs.get(pattern)!, hasGroups, present)) continue;
      let r = matchFrom(view, pattern.elements, 0, i, []);
      // "criticised X for the third time": the reason preposition is followed by a time phrase.
      if (r && pattern.reason && opensTimePhrase(view, r.last + 1)) r = null;
      // A light verb adds no specificity: "carried out a suicide bombing" is read by the noun's
      // own, longer pattern ("suicide bombing") when there is one.
      const words = pattern.light ? r && r.words - triggerLength(view, pattern.elements[0]!, i) : r?.words;
      if (r) out.push({ pattern, first: i, last: r.last, targets: r.targets, words: words! });
    }
    return out.sort((a, b) => b.words - a.words || b.pattern.weight - a.pattern.weight || b.last - a.last);
  }
}
