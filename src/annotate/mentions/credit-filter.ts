// Organisation names in photo credits and calls to action are page furniture, not actors:
// "(Photo : Getty Images.)", "Like Us on Facebook". The same names in running text stay actors.
import type { DraftMention } from "./mention-deps.ts";

// A credit: an opening bracket or line start, then a credit word, then the name within a few words.
const CREDIT_BEFORE =
  /(?:^|[([\n])\s*(?:(?:photo(?:graph)?s?|image|picture|pic|credit|courtesy|copyright|source|file photo|video)\b|©)[^()\n]{0,40}$/i;
// A call to action: a short line that asks the reader to follow, like or share.
const CALL_TO_ACTION =
  /^\s*(?:like|follow|subscribe|join|share|find|connect with|read more|download)\b.{0,50}$/i;
const LINE_MAX = 80;

// The line breaks of the last text asked about, found once: searching back and forth for them per
// mention cost the length of the line each time, quadratic on a long single-line document.
let indexedText: string | null = null;
let breaks: number[] = [];

function lineBreaksOf(text: string): number[] {
  if (text !== indexedText) {
    breaks = [];
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) breaks.push(at);
    indexedText = text;
  }
  return breaks;
}

/** Where the line holding `position` starts: just after the last break before it. */
function lineStartOf(text: string, position: number): number {
  const all = lineBreaksOf(text);
  // The number of breaks before `position`.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? all[lo - 1]! + 1 : 0;
}

/** Where the line holding `position` ends: the first break at or after it, else the text's end. */
function lineEndOf(text: string, position: number): number {
  const all = lineBreaksOf(text);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo < all.length ? all[lo]! : text.length;
}

function lineAround(text: string, start: number, end: number): string {
  return text.slice(lineStartOf(text, start), lineEndOf(text, end));
}

/** A short line asking the reader to like, follow or share: nothing in it is news. */
export function isCallToActionLine(text: string, m: { start: number; end: number }): boolean {
  const line = lineAround(text, m.start, m.end);
  return line.length <= LINE_MAX && CALL_TO_ACTION.test(line);
}

// A wire dateline at the head of a paragraph: "WASHINGTON (Reuters) -", "KABUL, Jan 5 (AP) —".
const DATELINE_AGENCY = /^[^\n]{0,60}\($/;
const DATELINE_AFTER = /^\)\s*[-–—]/;
// The reporting credits closing a wire story: "Reporting by ...; Editing by ...".
const CREDITS_LINE = /^\s*\(?\s*(?:reporting|writing|editing|additional reporting|compiled) by\b/i;

export function isCreditOrCallToAction(text: string, m: DraftMention): boolean {
  if (m.kind !== "organization") return false;
  const lineStart = lineStartOf(text, m.start);
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  if (CREDIT_BEFORE.test(before) || isCallToActionLine(text, m)) return true;
  if (
    DATELINE_AGENCY.test(text.slice(lineStart, m.start)) &&
    DATELINE_AFTER.test(text.slice(m.end, m.end + 4))
  )
    return true;
  return CREDITS_LINE.test(lineAround(text, m.start, m.end));
}
