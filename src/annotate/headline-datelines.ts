// A headline run into the dateline of its story's first line, as page text often has it when a
// headline strip and the lead share a line: "Govt's days are numbered: warns cleric Fazlur Rehman
// KARACHI: Firebrand cleric ...", "Russia hits Kyiv with missiles KYIV (Reuters) - Russian forces
// ...". The dateline (a place in capitals, maybe its state or agency, then a colon or dash) opens
// a new sentence: the headline is one, the lead another, and the coder reads each clause apart.
import type { Token } from "../types.ts";

/** A word of a dateline place in capitals: "KARACHI", "NEW", "DELHI", "ST." ("US" is too short to tell). */
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]{2,}$/u;
/** A headline holds words in lower case ("Rehman", "missiles"): a line all in capitals is no headline. */
const HAS_LOWER = /\p{Ll}/u;
const DATELINE_END = /^(?:[:\-–—]|--)$/u;
/** The longest place a dateline names, in words ("RIO DE JANEIRO" has a short word: not matched). */
const MAX_PLACE_WORDS = 4;
/** Fewest words a headline before the dateline has: "Quake shakes coast". */
const MIN_HEADLINE_TOKENS = 3;

/** Index of the dateline's end (the colon or dash) when a dateline opens at token i, else -1. */
function datelineEnd(text: string, tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < MAX_PLACE_WORDS && CAPS_WORD.test(tokens[k]!.text)) k++;
  if (k === i) return -1;
  // "KYIV (Reuters) -": the agency in brackets.
  if (tokens[k]?.text === "(") {
    const close = tokens.findIndex((t, n) => n > k && t.text === ")");
    if (close < 0 || close - k > 4) return -1;
    k = close + 1;
  }
  const end = tokens[k];
  if (!end || !DATELINE_END.test(end.text)) return -1;
  // The dash of a dateline stands apart ("KYIV -"), not inside a word ("NATO-led").
  if (end.text !== ":" && end.start === tokens[k - 1]!.end) return -1;
  const lead = tokens[k + 1];
  return lead && /^[\p{Lu}"“‘'(]/u.test(lead.text) && text.slice(end.end, lead.start).length > 0 ? k : -1;
}

/** Whether a headline-like run (tokens from..to-1) holds a word in lower case. */
function hasLowerWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HAS_LOWER.test(tokens[k]!.text)) return true;
  return false;
}

/**
 * Marks in `starts` the dateline that follows a headline inside one sentence. `from` and `to`
 * bound the sentence (tokens from..to-1); the headline before it must hold a lower-case word.
 */
export function splitHeadlineDatelines(text: string, tokens: readonly Token[], starts: Uint8Array): void {
  let sentenceStart = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (starts[i]) {
      sentenceStart = i;
      continue;
    }
    // The place opens the run of capitals ("US NEW DELHI:", "HM NEW DELHI:" give "NEW DELHI").
    if (i - sentenceStart < MIN_HEADLINE_TOKENS || CAPS_WORD.test(tokens[i - 1]!.text)) continue;
    if (!CAPS_WORD.test(tokens[i]!.text) || datelineEnd(text, tokens, i) < 0) continue;
    if (!hasLowerWord(tokens, sentenceStart, i)) continue;
    starts[i] = 1;
    sentenceStart = i;
  }
}
