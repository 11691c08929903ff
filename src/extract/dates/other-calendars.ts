// Dates written in a calendar other than the Gregorian (data/dates/calendars.tsv): the Solar Hijri
// of Iranian and Afghan pages ("2 تیر 1399" is 22 June 2020), the Buddhist era of Thai pages
// ("2 เมษายน 2563" is 2 April 2020). Intl (CLDR) knows every calendar: it gives the month names and,
// by search, the Gregorian day a calendar day falls on. No calendar arithmetic is written here.
import { foldLetters } from "./cldr-months.ts";

export interface OtherCalendar {
  /** Intl's calendar id: "persian", "buddhist". */
  readonly id: string;
  /** Month names in this calendar (lower case, folded) -> month number of this calendar. */
  readonly months: ReadonlyMap<string, number>;
  /** A numeric date is read in this calendar only in text of this script. */
  readonly script: RegExp;
  readonly firstYear: number;
  readonly lastYear: number;
}

/** The calendar's month names, long and short, read off one Gregorian year's days through Intl
 * (for the generator: the date tables read them from data/dates/calendar-months.tsv). */
export function calendarMonthNames(id: string, locale: string): Map<string, number> {
  const names = new Map<string, number>();
  const numeric = new Intl.DateTimeFormat("en", { calendar: id, month: "numeric", timeZone: "UTC" });
  const styles = ["long", "short"] as const;
  const formats = styles.map(
    (month) => new Intl.DateTimeFormat(locale, { calendar: id, day: "numeric", month, timeZone: "UTC" }),
  );
  // Every month of the calendar starts within one Gregorian year of 13 months' length.
  for (let d = 0; d < 400; d += 7) {
    const date = new Date(Date.UTC(2020, 0, 1 + d));
    const month = Number(numeric.formatToParts(date).find((p) => p.type === "month")?.value);
    for (const format of formats) {
      const raw = format.formatToParts(date).find((p) => p.type === "month")?.value ?? "";
      const name = foldLetters(raw.toLowerCase().replace(/\.$/, "").trim());
      if ([...name].length >= 2 && !/[\d.]/.test(name) && !names.has(name)) names.set(name, month);
    }
  }
  return names;
}

/** Builds a calendar from its row in calendars.tsv and its month names. */
export function makeCalendar(
  id: string,
  months: ReadonlyMap<string, number>,
  script: string,
  firstYear: number,
  lastYear: number,
): OtherCalendar {
  return { id, months, script: new RegExp(`\\p{Script=${script}}`, "u"), firstYear, lastYear };
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of a Gregorian instant, as one comparable number (year, month, day). */
function calendarKey(id: string, ms: number): number {
  let format = partsFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat("en", {
      calendar: id,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone: "UTC",
    });
    partsFormats.set(id, format);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of format.formatToParts(ms)) {
    if (p.type === "year") year = Number(p.value);
    else if (p.type === "month") month = Number(p.value);
    else if (p.type === "day") day = Number(p.value);
  }
  return year * 10_000 + month * 100 + day;
}

const DAY_MS = 86_400_000;

/**
 * The Gregorian day (UTC midnight, in ms) of day `day` of month `month` of year `year` in the
 * calendar, or null when that day does not exist. Intl converts only the other way, so this
 * searches: the calendar day grows with the Gregorian one, and a binary search over two Gregorian
 * years around the year's rough start finds it in about ten conversions.
 */
export function gregorianDayOf(cal: OtherCalendar, year: number, month: number, day: number): number | null {
  if (year < cal.firstYear || year > cal.lastYear || month < 1 || month > 13 || day < 1 || day > 31)
    return null;
  const target = year * 10_000 + month * 100 + day;
  // Where the calendar's year stands against the Gregorian one, from a known instant.
  const anchor = Date.UTC(2020, 6, 1);
  const anchorYear = Math.floor(calendarKey(cal.id, anchor) / 10_000);
  const roughStart = Date.UTC(2020 + (year - anchorYear), 0, 1);
  let lo = Math.floor((roughStart - 400 * DAY_MS) / DAY_MS);
  let hi = Math.floor((roughStart + 800 * DAY_MS) / DAY_MS);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (calendarKey(cal.id, mid * DAY_MS) < target) lo = mid + 1;
    else hi = mid;
  }
  return calendarKey(cal.id, lo * DAY_MS) === target ? lo * DAY_MS : null;
}

/** The calendar (if any) whose month name `word` is and whose years hold `year`. */
export function calendarOfNamedDate(
  calendars: readonly OtherCalendar[],
  word: string,
  year: number,
): { calendar: OtherCalendar; month: number } | null {
  const key = foldLetters(word.toLowerCase());
  for (const calendar of calendars) {
    const month = calendar.months.get(key);
    if (month !== undefined && year >= calendar.firstYear && year <= calendar.lastYear)
      return { calendar, month };
  }
  return null;
}
