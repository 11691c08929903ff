// Language of an article body, by tinyld (pure JS, no model download). English is the language
// Sitrep codes for now; other languages are flagged by the extractors.
import { createRequire } from "node:module";
import type { detectAll as DetectAll } from "tinyld";

/**
 * tinyld is loaded on first use, not at start-up: its module carries the language model and took
 * ~0.5 s of CPU to load (profile of a bench:extraction worker), a third of a short run's start-up,
 * while most pages declare their language or are plainly English and never ask it.
 */
let detectAllLoaded: typeof DetectAll | null = null;
function detectAll(text: string): ReturnType<typeof DetectAll> {
  detectAllLoaded ??= (createRequire(import.meta.url)("tinyld") as { detectAll: typeof DetectAll }).detectAll;
  return detectAllLoaded(text);
}

/** Below this many letters tinyld's guesses are unreliable (single words, captions). */
export const MIN_LANGUAGE_CHARS = 20;
/** A paragraph or two tells the language; tinyld's time grows with length (9 s on 500 kB) and
 * was a fifth of extraction time at 3,000 characters (bench/annotate profile). */
const LANGUAGE_SAMPLE_CHARS = 1200;
/** tinyld reports accuracy 1 when sure and ~0.03-0.15 on a short headline; between is rare. */
const CONFIDENT_ACCURACY = 0.5;
/**
 * When tinyld is unsure (short text), English function words decide: they make up about a third
 * of running English text and are rare as whole words in other languages. A fixed technical list,
 * not an editable dictionary.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  "the and of to in on a an is are was were for with that by at from as it its has have said will".split(" "),
);
/** Share of English function words above which unsure text counts as English (headlines run ~0.2). */
const ENGLISH_FUNCTION_SHARE = 0.15;

/** English news prose has 20–31% of its words in the list above (measured on data/demo/ and the
 * bench/annotate corpus); other Latin-script languages share only a few of these words ("in",
 * "a", "is", "was"), which stay near or under 10% of their text. Above 20% over 60 words the text
 * is English without asking tinyld, the costliest step of extraction. */
const SURE_ENGLISH_WORDS = 60;
const SURE_ENGLISH_SHARE = 0.2;

/** Shorter text (a lead, a wire brief) is English without tinyld when its share of the words above
 * clears the highest share measured in other Latin-script languages (Dutch, German, Portuguese,
 * Spanish, Italian, French news prose: at most 0.13) by three standard errors of a share over that
 * many words (about 1/√n): 0.35 at 20 words, 0.26 at 60. A wire brief costs tinyld ~1 ms, an
 * eighth of a live worker's CPU per document. */
const SHORT_ENGLISH_MIN_WORDS = 20;
const OTHER_LANGUAGE_SHARE = 0.13;
const shortTextIsEnglish = (words: number, share: number) =>
  words >= SHORT_ENGLISH_MIN_WORDS && share >= OTHER_LANGUAGE_SHARE + 1 / Math.sqrt(words);

/** True when `text` holds at least `count` letters; stops counting there (bodies run to 100 kB). */
function hasLetters(text: string, count: number): boolean {
  let seen = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++seen >= count) return true;
  return false;
}

/**
 * What tinyld is asked about. In a short text (one sentence, a headline) the names carry most of the
 * letters, and they are the foreign part of English news: "Putin met with President Recep Tayyip
 * Erdogan" reads as Turkish by its names. So a short text is judged by its words that are not
 * capitalised, the running text; when those are too few to tell, tinyld is not asked and the
 * English function words decide (below).
 */
function runningText(sample: string, wordCount: number): string {
  if (wordCount >= SHORT_ENGLISH_MIN_WORDS) return sample;
  // Only capitalised words are dropped: scripts without case (Japanese, Arabic) keep all theirs.
  const words = sample.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [];
  const running = words.filter((w) => !/^[\p{Lu}\p{Lt}]/u.test(w)).join(" ");
  return hasLetters(running, MIN_LANGUAGE_CHARS) ? running : "";
}

/** ISO 639-1 code of `text`, or null when it is too short or unclear to tell. */
export function detectLanguage(text: string): string | null {
  if (!hasLetters(text, MIN_LANGUAGE_CHARS)) return null;
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const englishShare = words.length
    ? words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length
    : 0;
  // Plain English prose settles it without tinyld, the costliest step of extraction.
  if (words.length >= SURE_ENGLISH_WORDS && englishShare >= SURE_ENGLISH_SHARE) return "en";
  if (shortTextIsEnglish(words.length, englishShare)) return "en";
  const best = detectAll(runningText(sample, words.length))[0];
  if (best && best.accuracy >= CONFIDENT_ACCURACY) return best.lang;
  return words.length > 0 && englishShare >= ENGLISH_FUNCTION_SHARE ? "en" : null;
}
