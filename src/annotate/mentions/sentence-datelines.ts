// Datelines inside the text, not only at its head: a page that lists several stories (a headline
// strip, a news digest) opens each lead with its own dateline, "... about electoral bonds: Cong
// NEW DELHI: The Congress on Wednesday demanded ...", "... in US NEW YORK: An Indian-origin man
// has pleaded guilty ...". A place written in capitals and closed by a colon or a dash (maybe
// with an agency in brackets) says where that story happens, as the document's dateline does for
// the first: bare roles of its sentence, and of the sentences after it on the same line, take
// its country (agent-country.ts).
import type { Mention } from "../../types.ts";

/** Where one inline dateline holds: its country and place, from this sentence on, on this line. */
export interface InlineDateline {
  readonly country: string;
  readonly place: string;
  readonly sentenceIndex: number;
  readonly line: number;
}

// A dateline's place in capitals ("NEW DELHI", "WASHINGTON"); at least two letters a word.
const CAPITALS = /^[\p{Lu}][\p{Lu}.'’ -]+$/u;
// What closes a dateline: a colon or dash, maybe after ", STATE" or "(Agency)".
const CLOSE = /^(?:,\s*[\p{Lu}][\p{Lu}.]+)?\s*(?:\([^)\n]{1,30}\)\s*)?(?::|\s[-–—]{1,2}\s)/u;

/**
 * The inline datelines of a document, in text order: place or state mentions written in capitals
 * right before a colon or dash. `countries[k]` is mention k's country.
 */
export function inlineDatelines(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
  lineOf: readonly number[],
  text: string | undefined,
): InlineDateline[] {
  if (text === undefined) return [];
  const out: InlineDateline[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const country = countries[k];
    if (!country || (m.kind !== "place" && m.kind !== "state") || !CAPITALS.test(m.text) || m.text.length < 4)
      continue;
    if (!CLOSE.test(text.slice(m.end, m.end + 40))) continue;
    out.push({ country, place: m.text, sentenceIndex: m.sentenceIndex, line: lineOf[k]! });
  }
  return out;
}

/**
 * The inline datelines grouped by line, each line's in text order, so that finding the one that
 * holds looks at one line's datelines, not the document's: a long page of datelined stories has
 * thousands, and a scan of all of them for each bare role made this pass quadratic.
 */
export function datelinesByLine(datelines: readonly InlineDateline[]): ReadonlyMap<number, InlineDateline[]> {
  const byLine = new Map<number, InlineDateline[]>();
  for (const d of datelines) {
    const onLine = byLine.get(d.line);
    if (onLine) onLine.push(d);
    else byLine.set(d.line, [d]);
  }
  return byLine;
}

/** The inline dateline that holds for a mention on `line` in sentence `sentenceIndex`, if any. */
export function datelineHolding(
  byLine: ReadonlyMap<number, readonly InlineDateline[]>,
  sentenceIndex: number,
  line: number,
): InlineDateline | null {
  let found: InlineDateline | null = null;
  for (const d of byLine.get(line) ?? []) if (d.sentenceIndex <= sentenceIndex) found = d;
  return found;
}
