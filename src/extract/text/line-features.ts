// Features of one unit (line or paragraph) of a scrape, the inputs of the chrome classifier.
import { type ChromeKind, type ChromePhrase, matchChromeKinds } from "./chrome-phrases.ts";

export interface UnitFeatures {
  readonly chars: number;
  readonly words: number;
  /** Sentence-like segments (split at . ! ? followed by a space and a capital); computed on first use. */
  readonly sentences: readonly string[];
  /** Ends like a sentence: . ! ? or a closing quote after one. */
  readonly endsLikeSentence: boolean;
  readonly startsCapital: boolean;
  /** Share of capitalised words among the words after the first (function words left out). */
  readonly titleCaseShare: number;
  /** Words after the first that are not function words: the base of titleCaseShare. */
  readonly contentWords: number;
  readonly lowercaseWords: number;
  /** URL, @handle, "»" crumbs, "|" menus, bullets: text that links elsewhere. */
  readonly isLinkLike: boolean;
  readonly isBulleted: boolean;
  readonly chromeKinds: ReadonlySet<ChromeKind>;
  /** Reads like article prose: sentence-shaped, mostly lower-case words. */
  readonly isProse: boolean;
}

/** Function words that stay lower case in title-case headlines too. */
const FUNCTION_WORDS = new Set(
  "a an and as at but by for from in into is of on or over the to up via vs with after before about amid against".split(
    " ",
  ),
);

/** Title case from this share of content words up (3+ of them) is a headline or label, not prose.
 * Calibrated on the golden scrapes: prose sentences stay under 0.6 (names included), headlines and
 * widget labels are at 0.8-1.0; tuned together with MIN_TITLE_CASE_WORDS. */
const TITLE_CASE_SHARE = 0.75;
const MIN_TITLE_CASE_WORDS = 3;
/** A paragraph this long is prose even if a scrape cut its final full stop. */
const LONG_PROSE_WORDS = 20;
/** "The statement said:" introduces a list; shorter lines ending in ":" are labels ("Watch:"). */
const MIN_COLON_SENTENCE_WORDS = 6;

/** Sentence ends in Latin, CJK (。！？), Arabic (؟), Urdu (۔) and Devanagari (।) text, and the
 * closing quotes and brackets that may follow them. */
const SENTENCE_TERMINATORS = ".!?…。！？؟۔।";
const SENTENCE_CLOSERS = '"”’)]」』）';

/** Ends with a terminator, then only closers; read from the end (a pattern search would scan every full stop). */
function endsWithSentenceEnd(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SENTENCE_CLOSERS.includes(text.charAt(i))) i--;
  return i >= 0 && SENTENCE_TERMINATORS.includes(text.charAt(i));
}
/** Chinese and Japanese write words without spaces. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Average characters per word in Chinese and Japanese text (words are 1-3 characters). */
const CJK_CHARS_PER_WORD = 2;

/** Sentence ends: a terminator, closing quotes or brackets, space, then a capital or digit. */
const SENTENCE_BREAK = /[.!?…؟۔।]["”’)\]]*(\s+)(?=["“‘(]?[\p{Lu}\p{Lo}\d])/gu;

export function splitSentences(text: string): string[] {
  // A forward scan (not a look-behind split) keeps this linear on pathological input.
  const sentences: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const cut = m.index + m[0].length - m[1]!.length;
    sentences.push(text.slice(from, cut));
    from = cut;
  }
  sentences.push(text.slice(from));
  return sentences.map((s) => s.trim()).filter(Boolean);
}

/** Every sign that can make a line link-like below; a line with none of them is not (one scan, not six). */
const LINK_SIGN = /https?:\/\/|www\.|@|[»›|/•·]/i;

function isLinkLikeText(text: string, words: number): boolean {
  if (!LINK_SIGN.test(text)) return false;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return true;
  if (/(?:https?:\/\/|www\.)\S+/i.test(text) && words <= 12) return true;
  if (words <= 8 && /(?:^|\s)@\w{2,}/.test(text)) return true;
  // An embedded post: "pic.twitter.com/..." or the attribution "— Name (@handle) June 7, 2021".
  if (/\bpic\.twitter\.com\/|\(@\w{2,}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}/u.test(text)) return true;
  // Breadcrumbs "Home » World » Asia"; French quotes « … » use the same sign, so only unpaired ones count.
  if (/\s[»›]\s/.test(text) && !/[«‹]/.test(text)) return true;
  // "World | Asia | Politics" or "Home / News / World": short items between separators.
  const items = text.split(/\s[|/•·]\s/);
  return items.length >= 3 && items.every((i) => i.split(/\s+/).length <= 4);
}

interface WordCounts {
  /** Words (letters or digits, edge punctuation stripped), Chinese and Japanese runs not yet counted. */
  words: number;
  /** Words written mostly in Chinese or Japanese characters, counted by characters instead. */
  cjkWords: number;
  /** Chinese and Japanese characters in the whole text. */
  cjkChars: number;
  /** Words after the first that are not function words and hold a letter, and how many are capitalised. */
  contentWords: number;
  capitalised: number;
  lowercaseWords: number;
}

/** The longest entry of FUNCTION_WORDS ("against"); longer words need no look-up. */
const MAX_FUNCTION_WORD_CHARS = 7;
const LETTER_OR_DIGIT = /\p{L}|\d/u;
const EDGE_NON_WORD = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** One word of plain ASCII, text[start, end), counted with character codes: the common case in English news. */
function countAsciiToken(text: string, start: number, end: number, counts: WordCounts): void {
  let first = -1;
  let last = -1;
  let hasLetter = false;
  let hasUpper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = isAsciiLetter(c);
    if (letter || isAsciiDigit(c)) {
      if (first < 0) first = i;
      last = i;
      hasLetter ||= letter;
      hasUpper ||= c <= 90 && letter;
    }
  }
  if (first < 0) return;
  const c = text.charCodeAt(first);
  if (c >= 97 && c <= 122) counts.lowercaseWords++;
  if (counts.words > 0 && hasLetter) {
    const word = last - first < MAX_FUNCTION_WORD_CHARS ? text.slice(first, last + 1) : null;
    const isFunctionWord = word !== null && FUNCTION_WORDS.has(hasUpper ? word.toLowerCase() : word);
    if (!isFunctionWord) {
      counts.contentWords++;
      if (c >= 65 && c <= 90) counts.capitalised++;
    }
  }
  counts.words++;
}

/** Space, tab, line feed, vertical tab, form feed, carriage return: ASCII's whitespace (\s). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Any other word, with Unicode classes. */
function countUnicodeToken(token: string, counts: WordCounts): void {
  if (!LETTER_OR_DIGIT.test(token)) return;
  const w = token.replace(EDGE_NON_WORD, "");
  if (w.replace(CJK_CHAR, "").length < w.length / 2) counts.cjkWords++;
  // Caseless scripts (Arabic, Hebrew, Devanagari, CJK, ...) count as lower case: they are never title case.
  if (/^[\p{Ll}\p{Lo}]/u.test(w)) counts.lowercaseWords++;
  if (counts.words > 0 && !FUNCTION_WORDS.has(w.toLowerCase()) && /\p{L}/u.test(w)) {
    counts.contentWords++;
    if (/^\p{Lu}/u.test(w)) counts.capitalised++;
  }
  counts.words++;
}

function isAscii(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) > 127) return false;
  return true;
}

const NON_ASCII = /[^\x00-\x7f]/;

function countWords(text: string): WordCounts {
  const counts: WordCounts = {
    words: 0,
    cjkWords: 0,
    cjkChars: 0,
    contentWords: 0,
    capitalised: 0,
    lowercaseWords: 0,
  };
  if (!NON_ASCII.test(text)) {
    // Words between runs of ASCII whitespace, without splitting the text into strings.
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || isAsciiSpace(text.charCodeAt(i))) {
        if (i > start) countAsciiToken(text, start, i, counts);
        start = i + 1;
      }
    }
    return counts;
  }
  for (const token of text.split(/\s+/)) {
    if (isAscii(token)) countAsciiToken(token, 0, token.length, counts);
    else countUnicodeToken(token, counts);
  }
  counts.cjkChars = (text.match(CJK_CHAR) ?? []).length;
  return counts;
}

export function computeFeatures(text: string, phrases: readonly ChromePhrase[]): UnitFeatures {
  const counts = countWords(text);
  // A run of Chinese or Japanese counts as the words it holds, not as one token.
  const words = counts.words - counts.cjkWords + Math.ceil(counts.cjkChars / CJK_CHARS_PER_WORD);
  const titleCaseShare = counts.contentWords ? counts.capitalised / counts.contentWords : 0;
  const chromeKinds = matchChromeKinds(text, phrases);
  const endsLikeSentence =
    endsWithSentenceEnd(text) || (/:$/.test(text) && words >= MIN_COLON_SENTENCE_WORDS);
  // A bullet marker does not count: "• Jordan and Iraq agreed ..." starts with a capital.
  const startsCapital = /^(?:[-–•*·▪►]\s+)?["“‘'(「『（]?[\p{Lu}\p{Lo}\d]/u.test(text);
  const isTitleCase = counts.contentWords >= MIN_TITLE_CASE_WORDS && titleCaseShare >= TITLE_CASE_SHARE;
  const isBulleted = /^[-–•*·▪►>]\s/.test(text);
  const isLinkLike = isLinkLikeText(text, words);
  const isProse =
    !isLinkLike &&
    counts.lowercaseWords > 0 &&
    !isTitleCase &&
    (endsLikeSentence ? startsCapital : words >= LONG_PROSE_WORDS);
  // Only a few rules read the sentences, and only of some units: split them on first use.
  let sentences: string[] | null = null;
  return {
    chars: text.length,
    words,
    get sentences() {
      sentences ??= splitSentences(text);
      return sentences;
    },
    endsLikeSentence,
    startsCapital,
    titleCaseShare,
    contentWords: counts.contentWords,
    lowercaseWords: counts.lowercaseWords,
    isLinkLike,
    isBulleted,
    chromeKinds,
    isProse,
  };
}
