// Named-month dates with a two-digit year ("13-Aug-10", "Aug 13, '10"), read only in short strings
// where no four-digit year was found.
import { type CalendarDay, isValidDay } from "./calendar-day.ts";
import type { DateTables } from "./date-tables.ts";

/** A named-month date with a two-digit year, tried only when no four-digit year is found: the
 * compact form "13-Aug-10" (one separator on both sides of the month), or an apostrophe that marks
 * the year as shortened ("Aug 13, '10", "13 Aug '10"). Without either mark "Aug 13, 10" is more
 * often a day and a count than a date. */
const SHORT_YEAR_DAY_FIRST =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:([-/.])(\p{L}{3,9})\2|\s+(\p{L}{3,9})\.?,?\s+['’‘])(\d{2})$/u;
const SHORT_YEAR_MONTH_FIRST =
  /(?<![\p{L}\p{N}])(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+['’‘](\d{2})$/u;
/** Where a shortened year can end a date: an apostrophe year, or two digits after a separator
 * that follows a letter ("Aug-10"). Cheap, and found before the costlier date patterns run. */
const SHORT_YEAR_MARK = /(?:['’‘]|[^\d\s][-/.])\d\d(?!\d)/g;
const SHORT_YEAR_MARK_ANY = new RegExp(SHORT_YEAR_MARK.source);
/** Shortened years are read in short strings only (a date element, one text node of a byline):
 * long runs of text hold "-19" and "'s" everywhere, and a real stamp stands in a node of its own. */
export const MAX_SHORT_YEAR_TEXT_CHARS = 400;
/** Longest date that ends on a short year: "30 September '10" is 17 characters. */
const SHORT_YEAR_REACH = 28;

/** "10" -> 2010, "98" -> 1998: a shortened year is the century that puts it at most a year ahead
 * of the reference (web pages are not dated in the future). */
export function expandShortYear(yy: number, reference: Date = new Date()): number {
  const limit = reference.getUTCFullYear() + 1;
  return 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
}

export function findNamedMonthShortYear(
  text: string,
  tables: DateTables,
  reference?: Date,
): CalendarDay | null {
  // Tried on every string in which no four-digit year was found: only the text just before each
  // marked year ("'10", "Aug-10") is matched against the date patterns, never the whole string.
  // matchAll copies its regex: a plain test first, since most strings hold no mark at all.
  if (!SHORT_YEAR_MARK_ANY.test(text)) return null;
  for (const mark of text.matchAll(SHORT_YEAR_MARK)) {
    const end = mark.index + mark[0].length;
    const from = Math.max(0, end - SHORT_YEAR_REACH);
    const window = text.slice(from, end);
    const d = SHORT_YEAR_DAY_FIRST.exec(window);
    const m = d ? null : SHORT_YEAR_MONTH_FIRST.exec(window);
    const monthWord = d ? (d[3] ?? d[4]) : m?.[1];
    const month = monthWord ? tables.months.get(monthWord.toLowerCase()) : undefined;
    if (!month) continue;
    const day = Number(d ? d[1] : m![2]);
    const year = expandShortYear(Number(d ? d[5] : m![3]), reference);
    // The look-behind saw the window's edge: the text before it must not run into the date.
    const start = from + (d ?? m)!.index;
    if (start === from && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) continue;
    if (isValidDay(year, month, day)) return { year, month, day, start, end };
  }
  return null;
}
