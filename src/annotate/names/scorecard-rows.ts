// Cricket scorecards, in the notation every wire and paper prints them in: batting rows
// ("A. Roe c Musa b Okafor 56", "Roe lbw b Okafor 4", "Roe st Musa b Okafor 113", "Roe c & b Okafor
// 3", "Roe run out 15", "Roe not out 45") and bowling figures ("Okafor 10-0-41-2": overs, maidens,
// runs, wickets). Whoever such a row names is a player: the batsman opening it, the fielder after
// "c" or "st", the bowler after "b", the bowler before the figures. Read in sports reports only
// (sport-context.ts), where the lower-case "c", "st", "b" and "lbw" are this notation's. Goal
// scorers listed with the minute of their goal ("Roe (41st min)") are players too.
import { isCapitalised, isParticle } from "./name-spans.ts";
import type { NameFinderInput } from "./name-types.ts";

interface Span {
  readonly from: number;
  readonly to: number;
}

// Words of the notation between the names of a batting row and before its runs.
const ROW_WORDS: ReadonlySet<string> = new Set([
  "c",
  "st",
  "b",
  "lbw",
  "&",
  "run",
  "not",
  "out",
  "retired",
  "hurt",
]);
// Marks before a fielder's or bowler's name.
const NAME_MARKS: ReadonlySet<string> = new Set(["c", "st", "b"]);
// How many tokens a batting row runs to after its batsman ("c & b Okafor" and a long name).
const MAX_ROW_TOKENS = 14;

const isNumber = (text: string) => /^\d+$/.test(text);
const glued = (input: NameFinderInput, k: number) => input.tokens[k]!.start === input.tokens[k - 1]!.end;

/** "10-0-41-2" or "6.5-1-23-4" at token k: overs (maybe with a ball count), maidens, runs, wickets. */
function bowlingFiguresAt(input: NameFinderInput, k: number): boolean {
  const { tokens } = input;
  if (!isNumber(tokens[k]?.text ?? "")) return false;
  let at = k + 1;
  if (tokens[at]?.key === "." && isNumber(tokens[at + 1]?.text ?? "") && glued(input, at)) at += 2;
  for (let part = 0; part < 3; part++, at += 2) {
    const dash = tokens[at];
    const n = tokens[at + 1];
    if (dash?.key !== "-" || !n || !isNumber(n.text) || !glued(input, at) || !glued(input, at + 1))
      return false;
  }
  return true;
}

/**
 * "(41st min, pen)", "(28th)", "(21st minute)" at token k: the minute a goal was scored, as
 * results list their scorers ("Scorers: Roe (41st), Musa (90th, pen)"). Only an ordinal: a plain
 * number in brackets may be a score or a count.
 */
function scoringMinuteAt(input: NameFinderInput, k: number): boolean {
  const { tokens } = input;
  if (tokens[k]?.key !== "(" || !/^\d{1,3}(?:st|nd|rd|th)$/.test(tokens[k + 1]?.key ?? "")) return false;
  const next = tokens[k + 2]?.key;
  return next === ")" || next === "," || next === "min" || next === "minute" || next === "minutes";
}

/** Whether a batting row's notation runs from token k to its runs, within the line. */
function rowRunsToScore(input: NameFinderInput, k: number): boolean {
  const { tokens, text } = input;
  let notation = 0;
  for (let at = k; at < Math.min(tokens.length, k + MAX_ROW_TOKENS); at++) {
    const t = tokens[at]!;
    if (at > k && text.slice(tokens[at - 1]!.end, t.start).includes("\n")) return false;
    if (isNumber(t.text)) return notation > 0;
    if (ROW_WORDS.has(t.text)) notation++;
    else if (!isCapitalised(t.text) && t.key !== "." && t.key !== "-" && t.key !== "'") return false;
  }
  return false;
}

/** Whether tokens [k-3, k) read "did not bat" (the line that lists the batsmen who did not bat). */
const didNotBatEndsAt = (input: NameFinderInput, k: number): boolean =>
  k >= 3 &&
  input.tokens[k - 3]!.key === "did" &&
  input.tokens[k - 2]!.key === "not" &&
  input.tokens[k - 1]!.key === "bat";

/** Whether span stands in the list after "Did not bat:", with only names, initials and commas before it. */
function inDidNotBatList(input: NameFinderInput, span: Span): boolean {
  const { tokens, text } = input;
  for (let k = span.from - 1; k >= 0 && k >= span.from - 3 * MAX_ROW_TOKENS; k--) {
    const t = tokens[k]!;
    if (text.slice(t.end, tokens[k + 1]!.start).includes("\n")) return false;
    if (t.key === ":") return didNotBatEndsAt(input, k);
    if (t.key !== "," && t.key !== "." && t.key !== "and" && !isCapitalised(t.text) && !isParticle(t.key))
      return false;
  }
  return false;
}

/** Whether span is the "Not Bat" of "Did Not Bat:" itself. */
export const isDidNotBat = (input: NameFinderInput, span: Span): boolean =>
  didNotBatEndsAt(input, span.to) || didNotBatEndsAt(input, span.to + 1);

/** Why span names a player of a cricket scorecard, or null. */
export function scorecardEvidence(input: NameFinderInput, span: Span): string | null {
  const { tokens } = input;
  if (inDidNotBatList(input, span)) return 'listed after "did not bat"';
  const before = tokens[span.from - 1]?.text;
  const after = tokens[span.to]?.text;
  if (!after) return null;
  if (before && NAME_MARKS.has(before) && (isNumber(after) || rowRunsToScore(input, span.to)))
    return `scorecard "${before}" before`;
  if (ROW_WORDS.has(after) && after !== "&" && rowRunsToScore(input, span.to))
    return `scorecard "${after}" after`;
  if (bowlingFiguresAt(input, span.to)) return "bowling figures after";
  if (scoringMinuteAt(input, span.to)) return "the minute of a goal after";
  return null;
}

/**
 * Where a scorecard player's name starts: a row's initials and particles ("A. Roe", "A.de Silva")
 * go with the surname, though a sentence splitter may have cut the row after "A.".
 */
export function playerNameStart(input: NameFinderInput, from: number): number {
  const { tokens } = input;
  let at = from;
  while (
    at > 0 &&
    tokens[at - 1]!.text !== "of" &&
    isParticle(tokens[at - 1]!.key) &&
    tokens[at - 1]!.text === tokens[at - 1]!.key
  )
    at--;
  const dot = tokens[at - 1];
  const letter = tokens[at - 2];
  if (dot?.key === "." && letter && /^\p{Lu}$/u.test(letter.text) && glued(input, at - 1)) return at - 2;
  return at;
}
