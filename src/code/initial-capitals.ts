// The first word of a sentence is capitalised anyway, and the tagger reads many such common nouns
// as proper nouns ("Clashes", "Talks", "Attacks", "Arrests"): a noun trigger tagged PROPN never
// names an event (noun-events.ts reads only nouns). A capitalised opener that no mention covers,
// that starts no longer capitalised name ("Star India", "Grand Canyon") and whose word (or its
// singular) some pattern names is read as the common noun it is.
import type { Token } from "../types.ts";
import type { SentenceView } from "./sentence-view.ts";

const QUOTES_AND_OPENERS = new Set(['"', "“", "‘", "'", "«", ":", "("]);
/** A capitalised word with lower-case letters after its first ("Clashes", not "NATO" or "iPhone"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Plural endings put back to the singular a pattern may name ("attacks" → attack, "raids" → raid). */
const PLURALS: readonly (readonly [string, string])[] = [
  ["ies", "y"],
  ["es", ""],
  ["s", ""],
];

/** True when token i opens the sentence, a quotation or the text after a colon. */
function opensText(view: SentenceView, i: number): boolean {
  return i === 0 || QUOTES_AND_OPENERS.has(view.tokens[i - 1]!.text);
}

/** The singular a pattern names ("arrests" → arrest, even where "arrests" is a literal too), else the word. */
function knownBase(word: string, known: ReadonlySet<string>): string | null {
  for (const [suffix, back] of PLURALS) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    const base = word.slice(0, -suffix.length) + back;
    if (known.has(base)) return base;
  }
  return known.has(word) ? word : null;
}

/** The view with sentence-opening common nouns the tagger called proper nouns read as nouns. */
export function readInitialCapitals(view: SentenceView, known: ReadonlySet<string>): SentenceView {
  let tokens: Token[] | null = null;
  let lemmas: string[] | null = null;
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (t.pos !== "PROPN" || !CAPITALISED_WORD.test(t.text) || !opensText(view, i)) continue;
    if (view.groupAt[i] || view.mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
    const next = view.tokens[i + 1];
    if (next && next.pos === "PROPN" && /^\p{Lu}/u.test(next.text)) continue;
    const base = knownBase(view.words[i]!, known);
    if (!base) continue;
    tokens ??= [...view.tokens];
    lemmas ??= [...view.lemmas];
    tokens[i] = { ...t, pos: "NOUN", lemma: base };
    lemmas[i] = base;
  }
  return tokens && lemmas ? { ...view, tokens, lemmas } : view;
}
