// Days whose month is written as a word in any of the tables' languages, with a four-digit year:
// "3 March 2021", "March 3, 2021", "16. Juni 2020", "2020. április 2.", ctime stamps
// "Fri Aug 13 08:30:00 UTC 2010", and the named months of other calendars (named-month-lookup.ts).
import { type CalendarDay, isValidDay, makeClock } from "./calendar-day.ts";
import type { DateTables } from "./date-tables.ts";
import { calendarDayOf, lookupMonth, phraseMonthAt } from "./named-month-lookup.ts";

/** Longest month name in data/dates/months.tsv is 12 letters; longer words are never looked up. */
const MAX_MONTH_NAME_CHARS = 16;

/** A run of letters: month names are letters only (data/dates/months.tsv), and a name counts only
 * as a whole word. Combining marks belong to the word: Indic vowel signs ("अप्रैल"), "ژانویهٔ". */
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
/** After the month: "Jun 16, 2020", "June 16 2020", "March 3rd, 2021". */
const DAY_YEAR_AFTER = /\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})(?!\d)/iy;
/** The clock between day and year, as C's ctime and Java's Date.toString write a stamp into meta
 * tags: "Fri Aug 13 08:30:00 UTC 2010". */
const CLOCK_ZONE_YEAR_AFTER =
  /\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(\s+[A-Z]{2,5})?\s+(\d{4})(?!\d)/y;
/** Before the month: "3 March", "16. Juni", "16 de junio", "16th of June", "16-Jun", Catalan's elided
 * "2 d’abril" (anchored at the end). */
const DAY_BEFORE = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|e)?\.?[\s-]*(?:de\s+|of\s+|d['’]\s*)?$/iu;
/** After the month of a day-first date: "March 2021", "Juni, 2020", "junio de 2020". */
const YEAR_AFTER = /\.?[,،]?[\s-]*(?:de\s+|del\s+)?(\d{4})(?!\d)/iy;
/** Year first, month by name: Hungarian "2020. április 2.", Lithuanian "2020 m. balandžio 2 d.".
 * The year must carry a dot or a short dotted word: "2020 May 5 people" is no date. */
const YEAR_BEFORE = /(?<!\d)(\d{4})(?:\.\s*|\s+\p{Ll}{1,3}\.\s+)$/u;
/** The day after the month, which may be abbreviated with a dot ("2010. aug. 13."). */
const DAY_AFTER_YEAR_FIRST = /\.?\s*(\d{1,2})\.?(?![\d:])/y;
/** Longest text between a day-first date's start and its month ("16th of ", "16. "). */
const DAY_BEFORE_REACH = 24;
const DIGIT = /\p{N}/u;

/**
 * "3 March 2021" (day first) or "March 3, 2021" (month first), the earliest in the text. Each word
 * is looked up in the month table and only a month's neighbours are matched: one regex alternation
 * of all 460 names, case-insensitive, cost 0.2-0.7 ms a call and was the extractor's costliest step.
 */
export function findNamedMonthDay(text: string, tables: DateTables): CalendarDay | null {
  // Both forms need a four-digit year; most lines have none.
  if (!/\d{4}/.test(text)) return null;
  for (const word of text.matchAll(LETTER_RUN)) {
    const start = word.index;
    if (word[0].length > MAX_MONTH_NAME_CHARS) continue;
    const phrase = phraseMonthAt(text, start, word[0], tables);
    const month = phrase?.month ?? lookupMonth(word[0], tables);
    if (!month) {
      // A month of another calendar ("2 تیر 1399"): meta-dates reads the day in that calendar.
      const other = calendarDayOf(text, start, start + word[0].length, word[0], tables);
      if (other) return other;
      continue;
    }
    const end = phrase?.end ?? start + word[0].length;
    const dayFirst = dayBeforeMonth(text, start, end, month);
    if (dayFirst) return dayFirst;
    // Thai months with a Buddhist-era year ("2 เมษายน 2563"): the Gregorian name, another year.
    const otherYear = calendarDayOf(text, start, end, word[0], tables);
    if (otherYear) return otherYear;
    // "16June 2020" is day first; a month-first date needs its month to start a word.
    if (start > 0 && DIGIT.test(text[start - 1]!)) continue;
    DAY_YEAR_AFTER.lastIndex = end;
    const after = DAY_YEAR_AFTER.exec(text);
    if (after) {
      const [year, day] = [Number(after[2]), Number(after[1])];
      if (isValidDay(year, month, day)) return { year, month, day, start, end: DAY_YEAR_AFTER.lastIndex };
    }
    const stamp = clockBetween(text, start, end, month);
    if (stamp) return stamp;
    const yearFirst = yearBeforeMonth(text, start, end, month);
    if (yearFirst) return yearFirst;
  }
  return null;
}

/** "Aug 13 08:30:00 UTC 2010" after the month word at [start, end), its clock inside the date. */
function clockBetween(text: string, start: number, end: number, month: number): CalendarDay | null {
  CLOCK_ZONE_YEAR_AFTER.lastIndex = end;
  const m = CLOCK_ZONE_YEAR_AFTER.exec(text);
  if (!m) return null;
  const [year, day] = [Number(m[6]), Number(m[1])];
  if (!isValidDay(year, month, day)) return null;
  // The clock ends where its zone starts, so the zone is read after it as in any other stamp.
  const clockEnd = CLOCK_ZONE_YEAR_AFTER.lastIndex - m[6]!.length - 1 - (m[5]?.length ?? 0);
  const clock = makeClock(
    Number(m[2]),
    Number(m[3]),
    m[4] === undefined ? null : Number(m[4]),
    undefined,
    end,
    clockEnd,
  );
  return clock ? { year, month, day, start, end: CLOCK_ZONE_YEAR_AFTER.lastIndex, clock } : null;
}

/** "2020. április 2." around the month word at [start, end), or null. */
function yearBeforeMonth(text: string, start: number, end: number, month: number): CalendarDay | null {
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!before) return null;
  DAY_AFTER_YEAR_FIRST.lastIndex = end;
  const after = DAY_AFTER_YEAR_FIRST.exec(text);
  if (!after) return null;
  const [year, day] = [Number(before[1]), Number(after[1])];
  return isValidDay(year, month, day)
    ? { year, month, day, start: start - before[0].length, end: DAY_AFTER_YEAR_FIRST.lastIndex }
    : null;
}

/** "16. Juni 2020" around the month word at [start, end), or null. */
function dayBeforeMonth(text: string, start: number, end: number, month: number): CalendarDay | null {
  YEAR_AFTER.lastIndex = end;
  const after = YEAR_AFTER.exec(text);
  if (!after) return null;
  const from = Math.max(0, start - DAY_BEFORE_REACH);
  const before = DAY_BEFORE.exec(text.slice(from, start));
  if (!before) return null;
  // The look-behind saw the slice's edge: the whole text must have no letter or digit there.
  if (before.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) return null;
  const [year, day] = [Number(after[1]), Number(before[1])];
  return isValidDay(year, month, day)
    ? { year, month, day, start: from + before.index, end: YEAR_AFTER.lastIndex }
    : null;
}
