// Which lines' capitals say nothing about names, and the names such lines still hold.
//   A line written in capitals only ("CRICKET - KENT TAKE OVER AT TOP") says nothing by its
//   capitals, however it ends. A line the mention engine took for a headline because nearly all
//   its longer words are capitalised is often a list or a table instead: a team sheet ("Jane Roe
//   (captain), Sam Okafor, Ali Musa"), a scorecard row ("A. Roe c Musa b Okafor 56"). Numbers and
//   commas between the names say so, and there capitals mark names again.
//   A name that the running text of the document names ("Nolan Henke", "Leicestershire") is that
//   name again in an all-capital line ("HENKE TAKES LEAD"), with the same kind.
import { isWordToken } from "./name-spans.ts";
import type { NameFinderInput, NameToken } from "./name-types.ts";

// How many commas make a capitalised line a list of names rather than a headline.
const MIN_LIST_COMMAS = 2;
// A title-case headline capitalises every word but the short function words ("Yeltsin Endorses
// Lebed Plan", "Talks on the Budget"): a lower-case verb, noun, adjective or adverb on a line says
// it is running text or a results line ("Jane Roe (Kenya) beat Ann Musa (Peru)"), whose capitals
// mark names. Parts of speech by the tagger, so no word list.
const CONTENT_POS: ReadonlySet<string> = new Set(["VERB", "NOUN", "ADJ", "ADV"]);
// The longest name looked up again in an all-capital line, in tokens.
const MAX_RECALLED_TOKENS = 8;

export interface NameLines {
  /** Per token: capitals on its line say nothing about names. */
  readonly headline: readonly boolean[];
  /** Per token: its line holds no lower-case letter. */
  readonly allCapitals: readonly boolean[];
}

/** Token ranges [from, to) of the lines of the text. */
function lineRanges(input: NameFinderInput): { from: number; to: number }[] {
  const { tokens, text } = input;
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes("\n")) continue;
    if (k > from) out.push({ from, to: k });
    from = k;
  }
  return out;
}

export function nameLines(input: NameFinderInput): NameLines {
  const { tokens } = input;
  const headline = new Array<boolean>(tokens.length).fill(false);
  const allCapitals = new Array<boolean>(tokens.length).fill(false);
  for (const { from, to } of lineRanges(input)) {
    let lower = false;
    let letters = false;
    let numbers = 0;
    let commas = 0;
    let lowerContent = false;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!.text;
      const c = t.charCodeAt(0);
      if (c >= 48 && c <= 57) numbers++;
      else if (t === ",") commas++;
      else if (isWordToken(t)) {
        letters = true;
        if (t !== t.toUpperCase()) lower = true;
        if (t === tokens[k]!.key && CONTENT_POS.has(input.pos[k] ?? "")) lowerContent = true;
      }
    }
    const capitalsOnly = letters && !lower;
    const listOrTable = numbers > 0 || commas >= MIN_LIST_COMMAS;
    const isHeadline = capitalsOnly || (input.headline[from] === true && !listOrTable && !lowerContent);
    for (let k = from; k < to; k++) {
      headline[k] = isHeadline;
      allCapitals[k] = capitalsOnly;
    }
  }
  return { headline, allCapitals };
}

/** The lower-case key of tokens [from, to): their keys joined by single spaces. */
export const keyOfTokens = (tokens: readonly NameToken[], from: number, to: number): string => {
  let out = tokens[from]!.key;
  for (let k = from + 1; k < to; k++) out += ` ${tokens[k]!.key}`;
  return out;
};

/**
 * Names in all-capital lines that the document names elsewhere: for each position, the longest
 * run of tokens whose key `known` holds. Returns token ranges with what `known` gave.
 */
export function recallInCapitals<T>(
  input: NameFinderInput,
  lines: NameLines,
  known: ReadonlyMap<string, T>,
): { from: number; to: number; value: T }[] {
  const { tokens, sentenceOf } = input;
  const out: { from: number; to: number; value: T }[] = [];
  if (!known.size) return out;
  for (let k = 0; k < tokens.length; ) {
    if (!lines.allCapitals[k] || !isWordToken(tokens[k]!.text)) {
      k++;
      continue;
    }
    let found: { from: number; to: number; value: T } | null = null;
    for (let to = Math.min(tokens.length, k + MAX_RECALLED_TOKENS); to > k; to--) {
      if (!lines.allCapitals[to - 1] || sentenceOf[to - 1] !== sentenceOf[k]) continue;
      if (!isWordToken(tokens[to - 1]!.text)) continue;
      const value = known.get(keyOfTokens(tokens, k, to));
      if (value !== undefined) {
        found = { from: k, to, value };
        break;
      }
    }
    // A word glued to the one before ("MILAN'S" -> "S") is no name of its own.
    if (found && (k === 0 || tokens[k - 1]!.end !== tokens[k]!.start)) {
      out.push(found);
      k = found.to;
    } else k++;
  }
  return out;
}
