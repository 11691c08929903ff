// wink's tokenizer takes time quadratic in the length of a run without spaces: on the
// development machine 40,000 characters of base64 took 20 s, "a.b." x 20,000 took 26 s. Scraped
// text does hold such runs (data URIs, minified code, long link lists), so runs of
// LONG_RUN_LENGTH or more characters are hidden from wink behind a filler of the same length
// and come back as one token of the original text.
import type { Token } from "../types.ts";
import type { TokenRun } from "./token-collapse.ts";

/** 256 characters cost wink under 1 ms and are longer than any word or ordinary link. */
export const LONG_RUN_LENGTH = 256;
const LONG_RUN = new RegExp(`\\S{${LONG_RUN_LENGTH},}`, "g");
const RUN_FINAL_PUNCTUATION = /[.,;:!?)\]"'”’]/u;
/** Filler words: lower case, no punctuation, so wink neither splits a sentence nor tags a name. */
const FILLER_WORD = "xxxxxxxxxxxxxxx ";

export interface MaskedText {
  /** The text with every long run replaced by filler of the same length (offsets unchanged). */
  readonly text: string;
  /** [start, end) of each replaced run, ascending. */
  readonly runs: ReadonlyArray<readonly [number, number]>;
}

/** Ends in "xx" so that a period after it reads as sentence punctuation, not an initial. */
function fillerOfLength(length: number): string {
  const filler = FILLER_WORD.repeat(Math.ceil(length / FILLER_WORD.length)).slice(0, length - 2);
  return `${filler}xx`;
}

/** Whether any run of non-space characters reaches LONG_RUN_LENGTH: one pass over char codes,
 * several times cheaper than the regular expression on ordinary prose, which has none. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII whitespace, NBSP and the Unicode spaces \S excludes; anything else extends the run.
    const space =
      c <= 32 ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;
    run = space ? 0 : run + 1;
    if (run >= LONG_RUN_LENGTH) return true;
  }
  return false;
}

/** Null when the text has no long run (nearly always), so the common path copies nothing. */
export function maskLongRuns(text: string): MaskedText | null {
  if (!hasLongRun(text)) return null;
  const runs: [number, number][] = [];
  for (const match of text.matchAll(LONG_RUN)) {
    // Final punctuation stays visible to wink, so a sentence can still end after the run.
    let end = match.index + match[0].length;
    while (end - match.index > LONG_RUN_LENGTH && RUN_FINAL_PUNCTUATION.test(text[end - 1]!)) end--;
    runs.push([match.index, end]);
  }
  if (runs.length === 0) return null;
  let masked = "";
  let cursor = 0;
  for (const [start, end] of runs) {
    masked += text.slice(cursor, start) + fillerOfLength(end - start);
    cursor = end;
  }
  return { text: masked + text.slice(cursor), runs };
}

/**
 * One X token per masked run, replacing the filler tokens wink made of it. A token that runs
 * past the end of the filler (wink glued the punctuation after it, "xx.") keeps its outside part
 * as a token of its own.
 */
export function findLongRunTokens(
  text: string,
  tokens: readonly Token[],
  runs: MaskedText["runs"],
): TokenRun[] {
  const found: TokenRun[] = [];
  let i = 0;
  for (const [start, end] of runs) {
    while (i < tokens.length && tokens[i]!.start < start) i++;
    const first = i;
    while (i < tokens.length && tokens[i]!.start < end) i++;
    if (i === first) continue;
    const runText = text.slice(start, end);
    const replacement: Token[] = [{ start, end, text: runText, lemma: runText.toLowerCase(), pos: "X" }];
    const last = tokens[i - 1]!;
    if (last.end > end) {
      const rest = text.slice(end, last.end);
      replacement.push({ start: end, end: last.end, text: rest, lemma: rest.toLowerCase(), pos: "PUNCT" });
    }
    found.push({ first, last: i - 1, replacement });
  }
  return found;
}
