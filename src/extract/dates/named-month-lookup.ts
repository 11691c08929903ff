// Looking up a word as a month: the tables' names (months.tsv and the CLDR names of
// month-locales.tsv), Arabic-script letters folded, the Hebrew prefix "ב" ("2 באפריל 2020"), names
// of several words ("تشرين الأول"), and the months and years of other calendars (calendars.tsv).
import { foldLetters } from "./cldr-months.ts";
import type { DateTables } from "./date-tables.ts";
import { calendarOfNamedDate, gregorianDayOf, type OtherCalendar } from "./other-calendars.ts";

/** A Gregorian day found in a text, with the span it was written in. */
export interface FoundDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly start: number;
  readonly end: number;
}

/** Hebrew writes "in" as a prefix of the month inside a date: "2 באפריל 2020". */
const HEBREW_IN = /^ב[\u05d0-\u05ea]{2,}$/;

/** The month number `word` names, or undefined. */
export function lookupMonth(word: string, tables: DateTables): number | undefined {
  const lower = word.toLowerCase();
  const direct = tables.months.get(lower) ?? tables.months.get(foldLetters(lower));
  if (direct !== undefined) return direct;
  return HEBREW_IN.test(lower) ? tables.months.get(lower.slice(1)) : undefined;
}

/** A month name of several words starting with `word` at `start` ("تشرين الأول"): its month and
 * where it ends. */
export function phraseMonthAt(
  text: string,
  start: number,
  word: string,
  tables: DateTables,
): { month: number; end: number } | null {
  const candidates = tables.phraseMonths?.get(foldLetters(word.toLowerCase()));
  if (!candidates) return null;
  const after = start + word.length;
  for (const { rest, month } of candidates) {
    const written = text.slice(after, after + rest.length + 1);
    if (foldLetters(written.toLowerCase()) !== ` ${rest}`) continue;
    // The phrase must end a word: "الأول" and not "الأولى".
    if (/[\p{L}\p{M}]/u.test(text[after + rest.length + 1] ?? "")) continue;
    return { month, end: after + rest.length + 1 };
  }
  return null;
}

function toFoundDay(ms: number, start: number, end: number): FoundDay {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), start, end };
}

const DAY_BEFORE_NAME = /(?<![\p{L}\p{N}])(\d{1,2})\.?\s*$/u;
const YEAR_AFTER_NAME = /\.?[,،]?\s*(\d{4})(?!\d)/y;

/**
 * A day-first date whose month word at [start, end) and year belong to another calendar
 * ("2 تیر 1399", "2 เมษายน 2563"), as the Gregorian day; null when there is none.
 */
export function calendarDayOf(
  text: string,
  start: number,
  end: number,
  word: string,
  tables: DateTables,
): FoundDay | null {
  if (!tables.calendars?.length) return null;
  YEAR_AFTER_NAME.lastIndex = end;
  const after = YEAR_AFTER_NAME.exec(text);
  if (!after) return null;
  const from = Math.max(0, start - 6);
  const before = DAY_BEFORE_NAME.exec(text.slice(from, start));
  if (!before) return null;
  const year = Number(after[1]);
  const found = calendarOfNamedDate(tables.calendars, word, year);
  if (!found) return null;
  const ms = gregorianDayOf(found.calendar, year, found.month, Number(before[1]));
  return ms === null ? null : toFoundDay(ms, from + before.index, YEAR_AFTER_NAME.lastIndex);
}

/** Numeric dates of another calendar: year first ("1399/04/02") or last ("2/4/2563"), read only
 * with the calendar's script next to them (a label, a weekday) and only for its years. */
const YEAR_FIRST_NUMERIC = /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g;
const YEAR_LAST_NUMERIC = /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d])/g;
/** How far (in characters) the script must be from the date: "تاریخ انتشار: " is 14. */
const SCRIPT_REACH = 24;

export function findCalendarNumericDay(text: string, tables: DateTables): FoundDay | null {
  const calendars = tables.calendars ?? [];
  if (calendars.length === 0) return null;
  const inScript = calendars.filter((c) => c.script.test(text));
  if (inScript.length === 0) return null;
  const read = (cal: OtherCalendar, y: number, m: number, d: number, at: number, length: number) => {
    const around = text.slice(Math.max(0, at - SCRIPT_REACH), at + length + SCRIPT_REACH);
    if (!cal.script.test(around)) return null;
    const ms = gregorianDayOf(cal, y, m, d);
    return ms === null ? null : toFoundDay(ms, at, at + length);
  };
  for (const cal of inScript) {
    for (const m of text.matchAll(YEAR_FIRST_NUMERIC)) {
      const day = read(cal, Number(m[1]), Number(m[3]), Number(m[4]), m.index, m[0].length);
      if (day) return day;
    }
    for (const m of text.matchAll(YEAR_LAST_NUMERIC)) {
      const day = read(cal, Number(m[4]), Number(m[3]), Number(m[1]), m.index, m[0].length);
      if (day) return day;
    }
  }
  return null;
}
