// Dates written without a year ("Oct. 6, 10:15 AM", "6. Oktober um 04:00", "Published March 3"):
// many sites print the year only on older stories. Such a date is read only when nothing else
// dates the page, only from the article's own date elements and <time> texts, and only when the
// page itself supplies the year: the year its URL files it under ("/2017/story"), else the year
// that puts the day on or before its modified date or the time it was fetched (a day cannot be
// later than either). A saved page with neither stays undated: "now" is not its reading time.
import { getDefaultDateTables } from "../dates/date-tables.ts";
import type { PageFacts } from "./meta-collect.ts";
import type { CandidateList } from "./meta-date-candidates.ts";
import { parseDateValue } from "./meta-date-value.ts";

/** Below every other published date, the six-digit URL reading included. */
const YEARLESS_RANK = 72;
/** A date element holding a year-less date is short: a stamp, not a sentence. */
const MAX_STAMP_CHARS = 60;
const LETTER_RUN = /\p{L}+/gu;
/** "Oct. 6", "October 6th," (the day after the month). */
const DAY_AFTER = /^\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d:])/u;
/** "6. Oktober", "6 Oct", "6th of October", "6 de octubre" (the day before the month). */
const DAY_BEFORE = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|e)?\.?\s*(?:de\s+|of\s+)?$/iu;
const HAS_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** The text with `year` written after its month-and-day, or null when it holds no such date (or a year). */
export function withYear(text: string, year: number): string | null {
  if (HAS_YEAR.test(text)) return null;
  const months = getDefaultDateTables().months;
  for (const word of text.matchAll(LETTER_RUN)) {
    const month = months.get(word[0].toLowerCase());
    if (!month) continue;
    const end = word.index + word[0].length;
    const after = DAY_AFTER.exec(text.slice(end));
    if (after && validDay(month, Number(after[1]))) {
      const at = end + after[0].length;
      return `${text.slice(0, at)}, ${year}${text.slice(at)}`;
    }
    const before = DAY_BEFORE.exec(text.slice(0, word.index));
    if (before && validDay(month, Number(before[1]))) {
      const at = end + (text[end] === "." ? 1 : 0);
      return `${text.slice(0, at)} ${year}${text.slice(at)}`;
    }
  }
  return null;
}

function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate();
}

/**
 * The year a year-less day falls in: the URL's year, else the latest year that keeps the day on or
 * before `latest` (a modified date or the fetch time, "YYYY-MM-DD"); null when neither is known.
 */
function yearOf(monthDay: string, urlYear: number | null, latest: string | null): number | null {
  if (urlYear !== null) return urlYear;
  if (latest === null) return null;
  const year = Number(latest.slice(0, 4));
  return monthDay <= latest.slice(5, 10) ? year : year - 1;
}

/** Adds the first year-less date of the article's date elements and <time> texts, dated as above. */
export function addYearlessDate(
  c: CandidateList,
  facts: PageFacts,
  inArticle: (ancestry: string) => boolean,
  urlYear: number | null,
  latest: string | null,
): void {
  if (urlYear === null && latest === null) return;
  const stamps: { text: string; order: number }[] = [];
  for (const t of facts.times)
    if (!t.datetime && !/comment/.test(t.context)) stamps.push({ text: t.text, order: t.order });
  for (const e of facts.datedElements)
    if (!/comment/.test(e.context) && inArticle(e.ancestry)) stamps.push({ text: e.text, order: e.order });
  stamps.sort((a, b) => a.order - b.order);
  for (const { text } of stamps) {
    if (text.length > MAX_STAMP_CHARS) continue;
    // The year goes in only once the month and day are known: probe with a leap year.
    const probe = withYear(text, 2000);
    if (probe === null) continue;
    const day = parseDateValue(probe, { dayFirst: c.dayFirst });
    if (!day) continue;
    const year = yearOf(day.day.slice(5, 10), urlYear, latest);
    const dated = year === null ? null : withYear(text, year);
    if (dated === null) continue;
    const before = c.published.length;
    c.add("published", dated, "text:yearless", YEARLESS_RANK);
    if (c.published.length > before) return;
  }
}
