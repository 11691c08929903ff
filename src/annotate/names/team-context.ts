// Teams and other bodies told apart by where their name stands, not by its words: a place name
// that scores ("Baltimore 6 Seattle 2"), meets another side ("Kent v Essex", "Leicestershire beat
// Somerset") or is named in the plural after "the" ("the Mariners") acts as a body, an
// organisation; so does a name right before a noun for a kind of body or its people ("the Liberte
// newspaper", "Ericsson spokesman"). Which lines are headlines is headline-lines.ts's to say.
import { isCapitalised, isWordToken, type Span } from "./name-spans.ts";
import type { NameTables } from "./name-tables.ts";
import type { NameFinderInput, NameItem } from "./name-types.ts";

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
// "v X" names a side on its own, even in a fixture list ("May 15 v Kent").
const VERSUS = new Set(["v", "vs", "versus"]);
// Month names that are also words ("May 13"): a day after them is no score.
const MONTH_WORDS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);
// A score: a small whole number, not part of a time, a decimal or bowling figures ("4-68").
const SCORE = /^\d{1,3}$/;
const JOINED_AFTER_NUMBER = new Set(["-", ".", ":", "/"]);
// How many "Name score" pairs make a line a results line.
export const MIN_SCORE_PAIRS = 2;

/** Per sentence: how many numbers it holds, and how many capitalised words are followed by a score. */
export interface LineFacts {
  readonly numbers: ReadonlyMap<number, number>;
  readonly scorePairs: ReadonlyMap<number, number>;
}

export const isScoreAt = (input: NameFinderInput, k: number): boolean => {
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
    const scoreAt = clubTagEnd(input, k + 1);
    if (isWordToken(t) && isCapitalised(t) && sentenceOf[scoreAt] === s && isScoreAt(input, scoreAt))
      scorePairs.set(s, (scorePairs.get(s) ?? 0) + 1);
  }
  return { numbers, scorePairs };
}

// How many numbers after a side's name make its line a row of a league table on its own ("Zemun
// 4 1 2 1 3 3 5": played, won, drawn, lost, goals for and against, points; cricket and rugby
// tables have at least as many columns).
const MIN_TABLE_COLUMNS = 5;
// Fewer columns make a row when the line before or after is a row of as many: standings give
// won, lost, a winning percentage and games behind ("Baltimore 70 61 .534 4", "Boston 74 57 .565 -").
const MIN_TABLE_CELLS = 3;
// A table cell: a whole number, a decimal or a ratio ".534", a half ("1/2"), or a dash for none.
const TABLE_CELL = /^(?:\d{1,3}|\d*\.\d+|\d+\/\d+|-)$/;

/** "(L)", "(BJ)": the town letters a table puts after a club to tell two clubs of one name apart. */
export function clubTagEnd(input: NameFinderInput, to: number): number {
  const { tokens, sentenceOf } = input;
  const s = sentenceOf[to - 1];
  if (tokens[to]?.key !== "(" || sentenceOf[to + 2] !== s || tokens[to + 2]?.key !== ")") return to;
  return /^[A-Z]{1,3}$/.test(tokens[to + 1]!.text) ? to + 3 : to;
}

/** The table cells after [from, to) to the end of its line: how many, how many whole numbers; null if anything else. */
function cellsAfter(
  input: NameFinderInput,
  from: number,
  to: number,
): { cells: number; whole: number } | null {
  const { tokens, sentenceOf } = input;
  const s = sentenceOf[from]!;
  if (from > 0 && sentenceOf[from - 1] === s) return null;
  let cells = 0;
  let whole = 0;
  for (let k = clubTagEnd(input, to); k < tokens.length && sentenceOf[k] === s; k++) {
    const t = tokens[k]!.text;
    // The tokenizer splits ".565" and "1/2": a point or slash glued to the next number is its part.
    if (
      (t === "." || t === "/") &&
      tokens[k + 1]?.start === tokens[k]!.end &&
      /^\d/.test(tokens[k + 1]!.text)
    )
      continue;
    if (!TABLE_CELL.test(t)) return null;
    cells++;
    if (/^\d{1,3}$/.test(t)) whole++;
  }
  return { cells, whole };
}

/**
 * The lines (sentences) that are rows of a table of sides: capitalised words open the line, and
 * only table cells follow them, MIN_TABLE_COLUMNS whole numbers, or MIN_TABLE_CELLS cells with a
 * neighbouring line of the same shape ("NEW YORK 74 57 .565 -" under "BALTIMORE 70 61 .534 4").
 * A table printed in capitals is no headline: there its capitals still say which words are names.
 */
export function tableRowLines(input: NameFinderInput): Set<number> {
  const { tokens, sentenceOf } = input;
  const shapes = new Map<number, { cells: number; whole: number }>();
  for (let k = 0; k < tokens.length; ) {
    const s = sentenceOf[k]!;
    let to = k;
    while (
      to < tokens.length &&
      sentenceOf[to] === s &&
      isWordToken(tokens[to]!.text) &&
      isCapitalised(tokens[to]!.text)
    )
      to++;
    const shape = to > k ? cellsAfter(input, k, to) : null;
    if (shape) shapes.set(s, shape);
    while (k < tokens.length && sentenceOf[k] === s) k++;
  }
  const out = new Set<number>();
  for (const [s, shape] of shapes) {
    const alike = (n: number) => shapes.get(n)?.cells === shape.cells;
    if (shape.whole >= MIN_TABLE_COLUMNS) out.add(s);
    else if (shape.cells >= MIN_TABLE_CELLS && shape.whole >= 2 && (alike(s - 1) || alike(s + 1))) out.add(s);
  }
  return out;
}

/**
 * "Zemun 4 1 2 1 3 3 5": a name opening a row of a table (tableRowLines) is a side in a league
 * table (a person in such a row is told apart by their given name before).
 */
export function tableRowEvidence(
  input: NameFinderInput,
  span: Span,
  rows: ReadonlySet<number>,
): string | null {
  const s = input.sentenceOf[span.from]!;
  if (!rows.has(s) || (span.from > 0 && input.sentenceOf[span.from - 1] === s)) return null;
  const shape = cellsAfter(input, span.from, span.to);
  return shape ? `a row of ${shape.cells} numbers after it in a table` : null;
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
  const written = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  // National sides are named by their country ("Wales beat San Marino"): the country, a place.
  if (input.isNationName?.(written)) return null;
  if (to - from === 1 && MONTH_WORDS.has(tokens[from]!.key)) return null;
  const scoreAt = clubTagEnd(input, to);
  if (
    sentenceOf[scoreAt] === s &&
    isScoreAt(input, scoreAt) &&
    (facts.scorePairs.get(s) ?? 0) >= MIN_SCORE_PAIRS
  )
    return `score "${tokens[scoreAt]!.text}" after on a results line`;
  const after = tokens[to];
  if (after && sentenceOf[to] === s && SIDES_MEET.has(after.key) && after.text === after.key) {
    const next = tokens[to + 1];
    if (next && isWordToken(next.text) && isCapitalised(next.text)) return `"${after.text}" another side`;
  }
  let k = from - 1;
  const the = k >= 0 && tokens[k]!.key === "the";
  if (the) k--;
  const before = k >= 0 && sentenceOf[k] === s ? tokens[k]! : null;
  if (before && VERSUS.has(before.key) && before.text === before.key) return `"${before.text}" before`;
  if (before && SIDES_MEET.has(before.key) && before.text === before.key) {
    const prev = k > 0 ? tokens[k - 1]! : null;
    if (prev && isWordToken(prev.text) && isCapitalised(prev.text) && sentenceOf[k - 1] === s)
      return `another side "${before.text}" it`;
  }
  // "the Mariners", "the White Sox": a name in the plural after "the" is a body's (a team, a
  // band, a party), unless it is a place ("the Alps").
  const last = tokens[to - 1]!.text;
  if (the && isPluralName(last) && !isPlaceName(written)) return pluralEvidence(last);
  return null;
}

const isPluralName = (word: string): boolean => /[a-z][^s']s$/.test(word);
const pluralEvidence = (word: string): string => `plural name "${word}" after "the"`;

/** "the Bradford Bulls": a plural name after "the" is a body's even when it opens with a given name. */
export function pluralBodyEvidence(input: NameFinderInput, span: Span): string | null {
  const { tokens, text } = input;
  const { from, to } = span;
  if (from === 0 || tokens[from - 1]!.key !== "the" || !isPluralName(tokens[to - 1]!.text)) return null;
  if (input.isPlaceName?.(text.slice(tokens[from]!.start, tokens[to - 1]!.end))) return null;
  return pluralEvidence(tokens[to - 1]!.text);
}

/**
 * "the Liberte newspaper", "Itar-Tass news agency", "Ericsson spokesman": a lower-case noun for a
 * kind of body right after the name (one modifier may stand between), or an office of a body's
 * people when the name is no place ("Chicago mayor" is the city's).
 */
export function bodyNounEvidence(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  span: Span,
  tables: NameTables,
): string | null {
  const { tokens, sentenceOf, text, pos } = input;
  const { from, to } = span;
  const s = sentenceOf[from]!;
  // "Olympic champion", "English club", "Former England captain": adjectives and words
  // capitalised only because they open the sentence name no body.
  if (!NAME_POS.has(pos[to - 1] ?? "") || !NAME_POS.has(pos[from] ?? "")) return null;
  for (let k = to; k < Math.min(tokens.length, to + BODY_NOUN_REACH); k++) {
    const t = tokens[k]!;
    if (sentenceOf[k] !== s || t.text !== t.key || !isWordToken(t.text)) return null;
    if (tables.bodyNouns.has(t.key)) return `"${t.text}" after`;
    const c = cover[k];
    if (c?.type === "title" && c.from === k && k === to) {
      const written = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
      return input.isPlaceName?.(written) ? null : `"${t.text}" of it after`;
    }
    // "news agency", "state newspaper": one noun or adjective may modify the body noun.
    if (k > to) return null;
  }
  return null;
}
const NAME_POS = new Set(["PROPN", "NOUN", ""]);
// How far after the name the body noun may stand ("Itar-Tass news agency": two words).
const BODY_NOUN_REACH = 2;

/**
 * "Minnesota 6 MILWAUKEE 1": on a results line where a side named by its town scores, the sides
 * named by a state or region score too, as clubs (national sides meet national sides).
 */
export function shareClubsOnResultsLines(
  input: NameFinderInput,
  spans: { from: number; to: number; kind: string | null; evidence: string }[],
  isNationName: (name: string) => boolean,
): void {
  const { tokens, sentenceOf, text } = input;
  const written = (c: Span) => text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
  const clubLines = new Set<number>();
  for (const c of spans)
    if (c.kind === "organization" && c.evidence.startsWith("score") && !isNationName(written(c)))
      clubLines.add(sentenceOf[c.from]!);
  // A table of club results runs over many lines ("CALIFORNIA 14 New York 3" on a row of its
  // own): where clubs score on one results line, a state scoring on another is a club too; a
  // country still is a national side.
  const scoring = new Map<number, number>();
  for (const c of spans) {
    const s = sentenceOf[c.from]!;
    if (sentenceOf[c.to] === s && isScoreAt(input, c.to)) scoring.set(s, (scoring.get(s) ?? 0) + 1);
  }
  const isCountry = (c: Span) => {
    const found = input.countryNameAt?.(c.from);
    return !!found && found.to >= c.to;
  };
  for (const c of spans) {
    const s = sentenceOf[c.from]!;
    const clubTable = clubLines.size > 0 && (scoring.get(s) ?? 0) >= 2 && !isCountry(c);
    if (c.kind || !(clubLines.has(s) || clubTable) || sentenceOf[c.to] !== s || !isScoreAt(input, c.to))
      continue;
    c.kind = "organization";
    c.evidence = `score "${tokens[c.to]!.text}" after on a results line of clubs`;
  }
}
