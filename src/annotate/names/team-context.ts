// Teams and other bodies told apart by where their name stands, not by its words: a place name
// that scores ("Baltimore 6 Seattle 2"), meets another side ("Kent v Essex", "Leicestershire beat
// Somerset") or is named in the plural after "the" ("the Mariners") acts as a body, an
// organisation. Results and standings lines hold many numbers; there capitals still mark names
// even when nearly every word is capitalised, so such lines are no headlines.
import { isCapitalised, isWordToken, type Span } from "./name-spans.ts";
import type { NameFinderInput } from "./name-types.ts";

// Words that set two sides against each other: "X beat Y", "X v Y".
const SIDES_MEET = new Set([
  "v",
  "vs",
  "versus",
  "beat",
  "beats",
  "defeated",
  "defeats",
  "edged",
  "thrashed",
  "crushed",
  "routed",
  "blanked",
  "downed",
  "outclassed",
  "overpowered",
  "trounced",
  "hammered",
]);
// A score: a small whole number, not part of a time, a decimal or bowling figures ("4-68").
const SCORE = /^\d{1,3}$/;
const JOINED_AFTER_NUMBER = new Set(["-", ".", ":", "/"]);
// How many "Name score" pairs make a line a results line.
const MIN_SCORE_PAIRS = 2;
// How many numbers make a line a table row rather than a headline.
const MIN_TABLE_NUMBERS = 2;

/** Per sentence: how many numbers it holds, and how many capitalised words are followed by a score. */
export interface LineFacts {
  readonly numbers: ReadonlyMap<number, number>;
  readonly scorePairs: ReadonlyMap<number, number>;
}

const isScoreAt = (input: NameFinderInput, k: number): boolean => {
  const t = input.tokens[k];
  if (!t || !SCORE.test(t.text)) return false;
  const next = input.tokens[k + 1];
  return !(next && next.start === t.end && JOINED_AFTER_NUMBER.has(next.key));
};

export function lineFacts(input: NameFinderInput): LineFacts {
  const { tokens, sentenceOf } = input;
  const numbers = new Map<number, number>();
  const scorePairs = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) {
    const s = sentenceOf[k]!;
    const c = tokens[k]!.text.charCodeAt(0);
    if (c >= 48 && c <= 57) numbers.set(s, (numbers.get(s) ?? 0) + 1);
    const t = tokens[k]!.text;
    if (isWordToken(t) && isCapitalised(t) && sentenceOf[k + 1] === s && isScoreAt(input, k + 1))
      scorePairs.set(s, (scorePairs.get(s) ?? 0) + 1);
  }
  return { numbers, scorePairs };
}

/** The headline flags, with table and results lines (many numbers) taken out. */
export function headlinesWithoutTables(input: NameFinderInput, facts: LineFacts): boolean[] {
  return input.headline.map(
    (h, k) => h && (facts.numbers.get(input.sentenceOf[k]!) ?? 0) < MIN_TABLE_NUMBERS,
  );
}

/**
 * Why the span [from, to) names a team or body by its place in the sentence, or null: a score
 * after it on a results line, "v" or a verb of winning beside it, or a plural name after "the".
 */
export function teamEvidence(
  input: NameFinderInput,
  span: Span,
  facts: LineFacts,
  isPlaceName: (name: string) => boolean,
): string | null {
  const { tokens, sentenceOf, text } = input;
  const { from, to } = span;
  const s = sentenceOf[from]!;
  if (sentenceOf[to] === s && isScoreAt(input, to) && (facts.scorePairs.get(s) ?? 0) >= MIN_SCORE_PAIRS)
    return `score "${tokens[to]!.text}" after on a results line`;
  const after = tokens[to];
  if (after && sentenceOf[to] === s && SIDES_MEET.has(after.key) && after.text === after.key) {
    const next = tokens[to + 1];
    if (next && isWordToken(next.text) && isCapitalised(next.text)) return `"${after.text}" another side`;
  }
  let k = from - 1;
  const the = k >= 0 && tokens[k]!.key === "the";
  if (the) k--;
  const before = k >= 0 && sentenceOf[k] === s ? tokens[k]! : null;
  if (before && SIDES_MEET.has(before.key) && before.text === before.key) {
    const prev = k > 0 ? tokens[k - 1]! : null;
    if (prev && isWordToken(prev.text) && isCapitalised(prev.text) && sentenceOf[k - 1] === s)
      return `another side "${before.text}" it`;
  }
  // "the Mariners", "the White Sox": a name in the plural after "the" is a body's (a team, a
  // band, a party), unless it is a place ("the Alps").
  const last = tokens[to - 1]!.text;
  if (the && /[a-z][^s]s$/.test(last) && !isPlaceName(text.slice(tokens[from]!.start, tokens[to - 1]!.end)))
    return `plural name "${last}" after "the"`;
  return null;
}
