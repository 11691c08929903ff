// Lists of fixtures in a sports report: lines that hold only two sides and the word that sets
// them against each other ("CHICAGO AT BOSTON", "Kansas City at Detroit", "KENT V ESSEX"). A
// side is a team, an organisation, however its name reads alone (a town, in capitals or not).
// After "at" the name says where the game is played (the home side's town, a venue): a place, so
// only the side before "at" is taken; "v" sets two sides against each other.
// One such line alone may be a headline ("ROSSET AT WIMBLEDON": a player at a place), so it takes
// at least MIN_FIXTURE_LINES such lines in a row to make a list. National sides are named by their
// country and stay places.

import type { Classified } from "./name-classify.ts";
import { isCapitalised, isWordToken, type Span } from "./name-spans.ts";
import type { NameFinderInput } from "./name-types.ts";

// Words between the home and away side: "at" (North American schedules), "v"/"vs"/"versus".
const FIXTURE_WORDS = new Set(["at", "v", "vs", "versus"]);
// How many fixture lines in a row make a list of fixtures.
const MIN_FIXTURE_LINES = 2;

/** The two sides of the line [from, to) when it is "Side at Side" and nothing else, or null. */
function sidesOf(input: NameFinderInput, from: number, to: number): [Span, Span] | null {
  const { tokens } = input;
  const capWord = (k: number) => isWordToken(tokens[k]!.text) && isCapitalised(tokens[k]!.text);
  let k = from;
  while (k < to && capWord(k) && !FIXTURE_WORDS.has(tokens[k]!.key)) k++;
  const home = { from, to: k };
  if (home.to === home.from || k >= to || !FIXTURE_WORDS.has(tokens[k]!.key)) return null;
  const away = { from: k + 1, to };
  if (away.to === away.from) return null;
  for (let j = away.from; j < to; j++) if (!capWord(j) || FIXTURE_WORDS.has(tokens[j]!.key)) return null;
  return [home, away];
}

/** The sides named in lists of fixtures of the document (call only for a sports report). */
export function fixtureSides(input: NameFinderInput): Span[] {
  const { tokens, sentenceOf, text } = input;
  const lines: ([Span, Span] | null)[] = [];
  for (let k = 0; k < tokens.length; ) {
    let to = k;
    while (to < tokens.length && sentenceOf[to] === sentenceOf[k]) to++;
    lines.push(sidesOf(input, k, to));
    k = to;
  }
  const out: Span[] = [];
  for (let n = 0; n < lines.length; ) {
    let end = n;
    while (end < lines.length && lines[end]) end++;
    if (end - n >= MIN_FIXTURE_LINES)
      for (let m = n; m < end; m++)
        for (const side of lines[m]!) {
          if (side.from > lines[m]![0].from && tokens[side.from - 1]!.key === "at") continue;
          const written = text.slice(tokens[side.from]!.start, tokens[side.to - 1]!.end);
          if (!input.isNationName?.(written)) out.push(side);
        }
    n = Math.max(end, n + 1);
  }
  return out;
}

/** The spans with each side of a list of fixtures an organisation, in place of what overlapped it. */
export function withFixtureSides(input: NameFinderInput, spans: Classified[]): Classified[] {
  let out = spans;
  for (const side of fixtureSides(input)) {
    out = out.filter((c) => c.to <= side.from || c.from >= side.to);
    const evidence = "a side on a list of fixtures";
    out.push({ ...side, kind: "organization", role: null, country: null, sex: null, evidence });
  }
  return out === spans ? spans : out.sort((a, b) => a.from - b.from);
}
