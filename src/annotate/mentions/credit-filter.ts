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

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const to = text.indexOf("\n", end);
  return text.slice(from, to < 0 ? text.length : to);
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
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  if (CREDIT_BEFORE.test(before) || isCallToActionLine(text, m)) return true;
  if (
    DATELINE_AGENCY.test(text.slice(lineStart, m.start)) &&
    DATELINE_AFTER.test(text.slice(m.end, m.end + 4))
  )
    return true;
  return CREDITS_LINE.test(lineAround(text, m.start, m.end));
}
