// Datelines: the place in capitals that opens a wire story's line ("IRVINE, Calif 1996-08-30",
// "BEIRUT (AP) — A Kurdish militia ...", "MOSCOW 1996-08-30"). Its capitals are the house style of
// a dateline, not an acronym's or a team's: the words are left to the place recognizer, and names
// found elsewhere in the document are not recalled into them.
import { hasLowerCase, isWordToken } from "./name-spans.ts";
import type { NameFinderInput } from "./name-types.ts";

// The longest place name a dateline opens with, in words ("FARMINGTON HILLS", "RIO DE JANEIRO").
const MAX_DATELINE_WORDS = 4;
// What may follow the place in a dateline: its state or country after a comma, the agency in
// brackets, a dash before the story, or the date.
const DASHES = new Set(["-", "–", "—", "--"]);
const YEAR_OR_DATE = /^\d{4}(?:-\d{2}-\d{2})?$/;
const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/i;

/** Per token: it belongs to the place that opens a dateline line. */
export function datelineTokens(input: NameFinderInput): boolean[] {
  const { tokens, text } = input;
  const out = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes("\n")) continue;
    markDateline(input, from, k, out);
    from = k;
  }
  return out;
}

function markDateline(input: NameFinderInput, from: number, to: number, out: boolean[]): void {
  const { tokens } = input;
  let k = from;
  let words = 0;
  while (k < to && words <= MAX_DATELINE_WORDS) {
    const t = tokens[k]!.text;
    if (isWordToken(t) && t.length >= 2 && !hasLowerCase(t)) {
      words++;
      k++;
    } else if ((t === "." || t === "'" || t === "-") && k > from && tokens[k - 1]!.end === tokens[k]!.start)
      k++;
    else break;
  }
  if (!words || words > MAX_DATELINE_WORDS || k >= to) return;
  const next = tokens[k]!;
  let lowerInLine = false;
  for (let j = k; j < to && !lowerInLine; j++) if (hasLowerCase(tokens[j]!.text)) lowerInLine = true;
  const after = tokens[k + 1];
  let dated = false;
  for (let j = k; j < to && !dated; j++) if (YEAR_OR_DATE.test(tokens[j]!.text)) dated = true;
  // "IRVINE, Calif", "WIGAN, England 1996-08-31"; not "HARRISON, EDWARDS TO MEET" (a headline).
  const stateAfter =
    next.text === "," &&
    !!after &&
    k + 1 < to &&
    isWordToken(after.text) &&
    (hasLowerCase(after.text) || dated);
  const isDateline =
    stateAfter ||
    (next.text === "(" && (lowerInLine || dated)) ||
    YEAR_OR_DATE.test(next.text) ||
    (MONTHS.test(next.text) && !!after && /^\d/.test(after.text)) ||
    (DASHES.has(next.text) && lowerInLine);
  if (!isDateline) return;
  for (let j = from; j < k; j++) out[j] = true;
  // "ARLINGTON, Texas", "FARMINGTON HILLS, Mich.": the state or country after the comma too.
  if (!stateAfter) return;
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j]!.text;
    if (isWordToken(t) && t[0] === t[0]!.toUpperCase()) out[j] = true;
    else if (t !== ".") break;
  }
}
