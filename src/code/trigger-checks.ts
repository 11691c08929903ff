// Checks that a pattern's trigger word is used in its event sense here: the part-of-speech and
// sense checks that keep surnames ("Lynch"), titles and names ("Meet the Press", a ship named for
// a missile) and other senses ("meet demand") from firing, plus the verb lemma of a participle the
// tagger left uninflected ("apprehended/ADJ" → apprehend).
import { createRequire } from "node:module";
import type { Token } from "../types.ts";
import type { SentenceView } from "./sentence-view.ts";
import { isMistaggedGerund } from "./verbal-gerunds.ts";

/**
 * Irregular verb forms and their base ("shot" → shoot, "retook" → retake, "fought" → fight): the
 * WordNet 3.0 exception list that the tagger's own model ships (wink-eng-lite-web-model, already
 * the annotator's dependency), read once.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries(
    createRequire(import.meta.url)("wink-eng-lite-web-model/dist/wn-verb-exceptions.js") as Record<
      string,
      string
    >,
  ),
);
/** What may open a verb's object or complement: "shot [three] protesters", "shot [dead]", "shot [at]". */
const OBJECT_OPENERS = /^(DET|NUM|PROPN|PRON|ADJ|ADP)$/;

/**
 * Whether token i, an irregular past form the tagger read as a noun or adjective ("police
 * shot/NOUN three protesters", "forces retook/NOUN the city"), is the clause's verb: it follows
 * its subject (an actor, a pronoun) or an auxiliary, and what follows can open an object.
 */
function isMistaggedIrregularVerb(view: SentenceView, i: number): boolean {
  const pos = view.tokens[i]!.pos;
  if (pos !== "NOUN" && pos !== "ADJ") return false;
  const prev = view.tokens[i - 1];
  if (!prev) return false;
  const afterSubject =
    (view.groupAt[i - 1] !== undefined && view.groupAt[i] === undefined) ||
    prev.pos === "AUX" ||
    (prev.pos === "PRON" && /^(they|he|she|we|it)$/.test(view.words[i - 1]!));
  const next = view.tokens[i + 1];
  return (
    afterSubject &&
    (!next || view.groupAt[i + 1] !== undefined || OBJECT_OPENERS.test(next.pos) || prev.pos === "AUX")
  );
}

/** Suffixes a participle or inflected verb may carry, with what to put back (shelled → shell, freed → free, tried → try). */
const DEINFLECT: readonly (readonly [string, string])[] = [
  ["ied", "y"],
  ["ed", ""],
  ["ed", "e"],
  ["ing", ""],
  ["ing", "e"],
  ["es", ""],
  ["s", ""],
];

/** Per set of known bases, each word's base by its suffix (knownBaseOf), worked out once. */
const basesByKnown = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
/** Words whose base is remembered per set: enough for a long document's vocabulary, bounded for any input. */
const MAX_REMEMBERED_BASES = 100_000;
/**
 * Longer words are worked out each time: V8 keeps a slice of 13 characters or more as a view of
 * the string it was cut from, so remembering one would keep a whole document's text alive.
 */
const MAX_REMEMBERED_LENGTH = 12;

/** The first base form of `word` by its suffix (DEINFLECT) that `known` names, or null. */
function knownBaseOf(word: string, known: ReadonlySet<string>): string | null {
  let bases = basesByKnown.get(known);
  if (!bases) {
    bases = new Map();
    basesByKnown.set(known, bases);
  }
  const remember = word.length <= MAX_REMEMBERED_LENGTH;
  const seen = remember ? bases.get(word) : undefined;
  if (seen !== undefined) return seen;
  let found: string | null = null;
  for (const [suffix, back] of DEINFLECT) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    let base = word.slice(0, -suffix.length) + back;
    // "shelled", "stopped": a doubled final consonant is dropped.
    if (!known.has(base) && back === "" && /([b-df-hj-np-tv-z])\1$/.test(base)) base = base.slice(0, -1);
    if (known.has(base)) {
      found = base;
      break;
    }
  }
  if (!remember) return found;
  if (bases.size >= MAX_REMEMBERED_BASES) bases.clear();
  bases.set(word, found);
  return found;
}

/**
 * Lemmas with the verb base put back where the tagger gave none ("apprehended" tagged ADJ keeps
 * "apprehended" as its lemma) or cut it wrongly ("staged" → "stag"): the first base form that
 * some trigger or cue names is used.
 */
export function reinflectLemmas(view: SentenceView, known: ReadonlySet<string>): SentenceView {
  let lemmas: string[] | null = null;
  let tokens: Token[] | null = null;
  for (let i = 0; i < view.tokens.length; i++) {
    const word = view.words[i]!;
    // An irregular past form of a trigger verb, tagged as a noun after its subject: the verb.
    const irregular = IRREGULAR.get(word);
    if (irregular && known.has(irregular) && isMistaggedIrregularVerb(view, i)) {
      lemmas ??= [...view.lemmas];
      tokens ??= [...view.tokens];
      lemmas[i] = irregular;
      tokens[i] = { ...view.tokens[i]!, lemma: irregular, pos: "VERB" };
      continue;
    }
    // "retaliated by bombing/NOUN Hamas positions": a gerund clause's verb read as a noun.
    if (isMistaggedGerund(view, i)) {
      const base = knownBaseOf(word, known);
      if (base !== null) {
        lemmas ??= [...view.lemmas];
        tokens ??= [...view.tokens];
        lemmas[i] = base;
        tokens[i] = { ...view.tokens[i]!, lemma: base, pos: "VERB" };
        continue;
      }
    }
    // Also a verb whose lemma is a wrong cut that names nothing ("staged" → "stag", "waged" →
    // "wag"), when the surface form goes back to a known verb.
    const miscut = view.tokens[i]!.pos === "VERB" && view.lemmas[i] !== word && !known.has(view.lemmas[i]!);
    // A past form a pattern also lists as a literal ("mediated") still gets its base, so the
    // patterns written on the base ("mediate between") match it too.
    const literalPast = known.has(word) && word.endsWith("ed");
    if (
      (view.lemmas[i] !== word && !miscut) ||
      (known.has(word) && !literalPast) ||
      !/^(ADJ|VERB|NOUN)$/.test(view.tokens[i]!.pos)
    )
      continue;
    const base = knownBaseOf(word, known);
    if (base !== null) {
      lemmas ??= [...view.lemmas];
      lemmas[i] = base;
    }
  }
  if (!lemmas) return view;
  return tokens ? { ...view, lemmas, tokens } : { ...view, lemmas };
}

const QUOTES = new Set(['"', "“", "”", "‘", "’", "'", "«", "»"]);
/** Small words inside a capitalised title or name ("Meet the Press", "Lord of the Rings"). */
const TITLE_SMALL = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "in",
  "on",
  "for",
  "to",
  "with",
  "at",
  "by",
  "&",
]);

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** True when token i is not the sentence's first word and is capitalised (a name, a title word). */
function capitalisedInside(view: SentenceView, i: number): boolean {
  if (!isCapitalised(view.tokens[i]!.text)) return false;
  const prev = view.tokens[i - 1];
  // The first word of a sentence, or of a quotation or a clause after a colon, is capitalised anyway.
  return prev !== undefined && !QUOTES.has(prev.text) && prev.text !== ":" && prev.text !== "(";
}

/** Whether words around i are capitalised as one name: "Tom Lynch", "Meet the Press", "USS Tomahawk". */
function inProperSequence(view: SentenceView, i: number): boolean {
  const capital = (k: number) => k >= 0 && k < view.tokens.length && isCapitalised(view.tokens[k]!.text);
  const word = (k: number) => view.words[k] ?? "";
  // A capitalised neighbour, maybe across a small title word ("Meet the Press").
  if (capital(i + 1) && view.tokens[i + 1]!.pos !== "PUNCT") return true;
  if (TITLE_SMALL.has(word(i + 1)) && capital(i + 2)) return true;
  if (i > 0 && capital(i - 1) && capitalisedInside(view, i - 1)) return true;
  if (TITLE_SMALL.has(word(i - 1)) && capital(i - 2) && capitalisedInside(view, i - 2)) return true;
  return false;
}

/** True when token i sits between quotation marks that hold at most a few words: a quoted title. */
function inShortQuote(view: SentenceView, i: number): boolean {
  const MAX = 6;
  let open = -1;
  for (let k = i - 1; k >= Math.max(0, i - MAX); k--)
    if (QUOTES.has(view.tokens[k]!.text)) {
      open = k;
      break;
    }
  if (open < 0) return false;
  for (let k = i + 1; k <= Math.min(view.tokens.length - 1, i + MAX); k++)
    if (QUOTES.has(view.tokens[k]!.text)) return k - open <= MAX;
  return false;
}

/** Participles that give a name ("a man called X", "a group named Y", WordNet name.v.01, call.v.01). */
const NAMING_PARTICIPLES = new Set(["called", "named", "dubbed", "nicknamed", "titled", "entitled"]);

/**
 * "a man called Zelenskyy", "joined a group named Black Hand.": a naming participle right after an
 * indefinite noun phrase that is not the sentence's subject (it follows a verb, a preposition or
 * a comma), with the name after it closing the clause: the noun is named, no one is called.
 */
function namesIndefinite(view: SentenceView, i: number): boolean {
  if (!NAMING_PARTICIPLES.has(view.words[i]!) || view.tokens[i - 1]?.pos !== "NOUN") return false;
  let d = i - 2;
  while (d >= 0 && view.tokens[d]!.pos === "ADJ") d--;
  if (d < 1 || !/^(a|an)$/.test(view.words[d]!)) return false;
  const before = view.tokens[d - 1]!;
  if (!/^(VERB|AUX|ADP)$/.test(before.pos) && before.text !== ",") return false;
  let k = i + 1;
  if (!view.tokens[k] || !isCapitalised(view.tokens[k]!.text)) return false;
  while (view.tokens[k] && isCapitalised(view.tokens[k]!.text) && view.tokens[k]!.pos !== "PUNCT") k++;
  const next = view.tokens[k];
  return !next || next.pos === "PUNCT" || /^(who|which|that)$/.test(view.words[k]!);
}

/**
 * Why a trigger word is not the event verb or noun here, or null when it may be: a capitalised
 * word in the middle of a sentence that belongs to a name or title ("Lynch", "Meet the Press",
 * "the Tomahawk"), or the word alone in quotation marks (a title, a show).
 */
export function nameUseOf(view: SentenceView, i: number): string | null {
  const token = view.tokens[i]!;
  if (token.pos === "PROPN" && capitalisedInside(view, i)) return "a proper noun (a name or title)";
  if (namesIndefinite(view, i)) return "a naming participle after an indefinite noun (a man called X)";
  if (capitalisedInside(view, i) && inProperSequence(view, i)) return "part of a capitalised name or title";
  // All capitals ("MEET THE PRESS") or a headline: too little to tell; a short quote is a title.
  if (inShortQuote(view, i) && isCapitalised(token.text) && inProperSequence(view, i))
    return "inside a quoted title";
  return null;
}
