// Sentences and tokens (offsets, lemma, universal POS) from one wink-nlp pass over the document,
// with sentence boundaries corrected for newswire (see sentence-boundaries.ts).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import model from "wink-eng-lite-web-model";
import winkNLP, { type ItsFunction } from "wink-nlp";
import type { Sentence, Token } from "../types.ts";
import { loadAbbreviations } from "./sentence-abbreviations.ts";
import { fixSentenceStarts } from "./sentence-boundaries.ts";
import { alignTokens } from "./token-align.ts";
import { collapseTokenRuns } from "./token-collapse.ts";
import { findLongRunTokens, maskLongRuns } from "./token-long-runs.ts";
import { findWebAddressRuns } from "./token-web-addresses.ts";

export type Tokenizer = (text: string) => Sentence[];

export interface TokenizerOptions {
  /** Folder holding abbreviations.txt; defaults to the repository's data/. */
  readonly dataDir?: string;
  /** User dictionary folders whose abbreviations.txt (if any) extends the project's list. */
  readonly dictDirs?: readonly string[];
}

/** The repository's data/ folder (a stage may not import context.ts, which has the same path). */
const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

/** The wink pipe we need; see createTokenizer. */
const WINK_PIPE = ["sbd", "pos"];

/** Loads the model and the abbreviation list once; the returned function is pure per text. */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  const abbreviations = loadAbbreviations(options.dataDir ?? DEFAULT_DATA_DIR, options.dictDirs ?? []);
  // Only the steps whose output we read: sentence boundaries and POS (lemmas are computed on
  // demand). wink's default pipe also runs negation, sentiment and its own entity recognizer,
  // which cost ~40% of its time here and change neither tokens, tags nor sentences.
  const nlp = winkNLP(model, WINK_PIPE);
  const its = nlp.its;
  // wink's typings declare `lemma` as a plain helper; at run time it is an its-function like `pos`.
  const lemmaOf = its.lemma as unknown as ItsFunction<string>;
  /** Tokens of one stretch of text, offsets into it, and which of them wink starts a sentence at. */
  const tokenizeWindow = (text: string): { tokens: Token[]; winkStarts: Uint8Array } => {
    // 1. Hide very long runs without spaces from wink, which is quadratic in them.
    const masked = maskLongRuns(text);
    const source = masked ? masked.text : text;
    // 2. One wink pass over the stretch: each out() walks every token once; per-sentence out()
    //    calls would repeat that work for each sentence.
    const doc = nlp.readDoc(source);
    const winkTokens = doc.tokens();
    const values = winkTokens.out(its.value) as string[];
    const lemmas = winkTokens.out(lemmaOf) as string[];
    const tags = winkTokens.out(its.pos) as string[];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    // 3. Offsets by walking the text; long runs and web addresses back as one token each.
    const { tokens: aligned, fromWinkIndex } = alignTokens(source, values, lemmas, tags, abbreviations);
    let tokens = aligned;
    if (masked)
      tokens = collapseTokenRuns(tokens, findLongRunTokens(text, tokens, masked.runs), fromWinkIndex);
    tokens = collapseTokenRuns(tokens, findWebAddressRuns(text, tokens), fromWinkIndex);
    const winkStarts = new Uint8Array(tokens.length);
    for (const [first] of spans) {
      const index = fromWinkIndex[first]!;
      if (index >= 0 && index < winkStarts.length) winkStarts[index] = 1;
    }
    return { tokens, winkStarts };
  };
  return (text) => {
    if (!text.trim()) return [];
    // A document past one window is read a window of paragraphs at a time: wink's per-token
    // records for a whole 20 MB text took more memory than everything else annotation keeps.
    const { tokens, winkStarts } =
      text.length <= TOKENIZE_WINDOW ? tokenizeWindow(text) : tokenizeInWindows(text, tokenizeWindow);
    // 4. wink's sentence starts, corrected by the newswire rules.
    return buildSentences(tokens, fixSentenceStarts(text, tokens, winkStarts, abbreviations));
  };
}

/**
 * Characters wink reads at once. Documents up to this size are read in one pass, as always;
 * longer ones in stretches of about this size that end at a paragraph break (else a line break,
 * else a space), where a sentence does not go on.
 */
export const TOKENIZE_WINDOW = 1_000_000;

/** Where the stretch starting at `from` ends: the last paragraph, line or word break in reach. */
export function windowEnd(text: string, from: number, size = TOKENIZE_WINDOW): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  // Breaks in the second half of the stretch only, so every stretch is at least half a window.
  const half = from + (size >> 1);
  for (const separator of ["\n\n", "\n", " "]) {
    const at = text.lastIndexOf(separator, limit - separator.length);
    if (at >= half) return at + separator.length;
  }
  return limit;
}

function tokenizeInWindows(
  text: string,
  tokenizeWindow: (text: string) => { tokens: Token[]; winkStarts: Uint8Array },
): { tokens: Token[]; winkStarts: Uint8Array } {
  const tokens: Token[] = [];
  const starts: number[] = [];
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    const window = tokenizeWindow(text.slice(from, to));
    for (let i = 0; i < window.tokens.length; i++) {
      const t = window.tokens[i]!;
      if (window.winkStarts[i] || i === 0) starts.push(tokens.length);
      tokens.push(
        from ? { start: t.start + from, end: t.end + from, text: t.text, lemma: t.lemma, pos: t.pos } : t,
      );
    }
    from = to;
  }
  const winkStarts = new Uint8Array(tokens.length);
  for (const i of starts) winkStarts[i] = 1;
  return { tokens, winkStarts };
}

function buildSentences(tokens: readonly Token[], starts: readonly number[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let s = 0; s < starts.length; s++) {
    const first = starts[s]!;
    const last = (starts[s + 1] ?? tokens.length) - 1;
    const slice = tokens.slice(first, last + 1);
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, tokens: slice });
  }
  return sentences;
}
