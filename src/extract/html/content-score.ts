// Step 2: how much each block looks like article prose. Long, punctuated, link-free text scores
// high; link lists, short labels and text inside chrome-named elements score below zero. The numbers
// were set by hand on general grounds (a sentence is > 25 characters, a link list is > 50% links) and
// then checked as a set against the extraction benchmark; they are not fitted to single pages.
import type { TextBlock } from "./content-blocks.ts";

/** Below this many (CJK-weighted) characters a block is a label, not prose. */
export const MIN_PROSE_CHARS = 25;
/** Without sentence punctuation a block needs this many characters to count as prose (a list of headlines does not). */
export const MIN_UNPUNCTUATED_PROSE_CHARS = 50;
/** Above this share of characters inside links, a block is navigation. */
export const MAX_LINK_DENSITY = 0.5;

const SENTENCE_END_RE = /[.!?。！？،؟।…:;"”»)]/u;
/** Ideographic and syllabic scripts pack a word into one or two characters. */
const DENSE_SCRIPT_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/**
 * A superset of DENSE_SCRIPT_RE in plain code-unit ranges (Thai, Hangul Jamo, kana, CJK, Hangul
 * syllables, compatibility ideographs, and the high surrogates of the supplementary ideographs):
 * cheap to test, so alphabetic text skips the Unicode-property scan.
 */
const MAYBE_DENSE_RE =
  /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\ud840-\ud87f]/;

/** Character count with CJK/Thai characters counted three times, to compare with alphabetic text. */
export function weightedLength(text: string): number {
  if (!MAYBE_DENSE_RE.test(text)) return text.length;
  const dense = text.match(DENSE_SCRIPT_RE)?.length ?? 0;
  return text.length + 2 * dense;
}

/** Block scores by block index (content-select.ts builds them as a Float64Array). */
export type ScoreArray = ArrayLike<number>;

export function linkDensity(block: TextBlock): number {
  return block.text.length === 0 ? 0 : block.linkChars / block.text.length;
}

/**
 * Positive for prose, negative for link lists and stray labels, zero for neutral labels such as
 * headings and captions. Whether the block sits in chrome is judged later, with the whole page in view.
 */
export function scoreBlock(block: TextBlock): number {
  if (block.kind === "caption" || block.inFigure) return 0;
  const length = weightedLength(block.text);
  const density = linkDensity(block);
  let value: number;
  if (density > MAX_LINK_DENSITY) value = -length * density;
  else if (block.kind === "heading") value = 0;
  else if (length < MIN_PROSE_CHARS) value = -5;
  else if (!SENTENCE_END_RE.test(block.text)) {
    // Unpunctuated: a headline in a list or a label, unless long enough to be a sentence anyway.
    value = length < MIN_UNPUNCTUATED_PROSE_CHARS ? -5 : length * (1 - density) * 0.5;
  } else value = length * (1 - density);
  return value;
}
