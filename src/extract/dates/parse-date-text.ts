// Finds one date (and its time and zone, when stated) inside a short string such as a dateline:
//   "Updated 11:29 AM EDT, Tue, Jun 16, 2020"   -> 2020-06-16T15:29:00Z (minute)
//   "Published 3 March 2021 14:05 GMT"          -> 2021-03-03T14:05:00Z (minute)
//   "Posted: 2019-07-01 08:00 +0530"            -> 2019-07-01T02:30:00Z (minute)
//   "March 3, 2021" / "14.03.2021" / "2021年3月14日" -> midnight UTC of that day (day)
// Shared by the text cleaner and the HTML metadata extractor; keep the exported API stable.

import type { CalendarDay } from "./calendar-day.ts";
import { findClock, readUsGenericZone, readZoneAt } from "./clock-and-zone.ts";
import { type DateTables, getDefaultDateTables } from "./date-tables.ts";
import { findNamedMonthDay } from "./named-month-days.ts";
import { findCalendarNumericDay } from "./named-month-lookup.ts";
import { findNumberedMonthDay } from "./numbered-month-days.ts";
import { findCjkDay, findIsoDay, findNumericDay } from "./numeric-month-days.ts";
import { parseRelative } from "./relative-date.ts";
import { findNamedMonthShortYear, MAX_SHORT_YEAR_TEXT_CHARS } from "./short-year-days.ts";
import { asciiDigits } from "./unicode-digits.ts";

export { expandShortYear } from "./short-year-days.ts";

export type ParsedPrecision = "day" | "minute" | "second";

export interface ParsedDate {
  /** UTC ISO 8601 without milliseconds: `2020-06-16T15:29:00Z`. Day-only dates are midnight UTC. */
  readonly iso: string;
  readonly precision: ParsedPrecision;
}

export interface ParseDateOptions {
  /** "Now" for relative dates ("3 hours ago", "yesterday"); without it they are not read. */
  readonly reference?: Date;
  /** Read an ambiguous "03/04/2021" as 3 April (day first). Default: month first, the US habit. */
  readonly dayFirst?: boolean;
  /** Zone and month tables; default: data/dates/*.tsv. */
  readonly tables?: DateTables;
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The first date found in `s`, in UTC, with how precisely it was stated; null when there is none. */
export function parseDateText(s: string, opts: ParseDateOptions = {}): ParsedDate | null {
  const date = parseDateWithZone(s, opts);
  return date ? { iso: date.iso, precision: date.precision } : null;
}

export interface ZonedDate extends ParsedDate {
  /** The zone written with the time, in minutes from UTC; null for a clock time with no zone (read
   * as UTC); absent for a day without a time and for relative dates ("2 hours ago", already UTC). */
  readonly zoneOffset?: number | null;
}

/** parseDateText, also telling whether the time carried its zone (a page may state it elsewhere). */
export function parseDateWithZone(s: string, opts: ParseDateOptions = {}): ZonedDate | null {
  // Digits of other scripts ("۱۳۹۹", "२०२०") read as ASCII digits.
  const text = asciiDigits(s.normalize("NFC")).replace(/\s+/g, " ");
  const tables = opts.tables ?? getDefaultDateTables();
  // The earliest date in the string wins ("Published 3 March 2021 | Updated 2021-03-04").
  const found = [
    findIsoDay(text),
    findCjkDay(text),
    findNamedMonthDay(text, tables),
    findNumericDay(text, opts.dayFirst === true),
    findCalendarNumericDay(text, tables),
    findNumberedMonthDay(text),
  ].filter((d): d is CalendarDay => d !== null);
  const day =
    found.sort((a, b) => a.start - b.start)[0] ??
    (text.length <= MAX_SHORT_YEAR_TEXT_CHARS
      ? findNamedMonthShortYear(text, tables, opts.reference)
      : undefined);
  if (!day) {
    const relative = opts.reference ? parseRelative(text, opts.reference) : null;
    return relative;
  }

  const clock = day.clock ?? findClock(text, day, tables);
  if (!clock) {
    return { iso: toIso(Date.UTC(day.year, day.month - 1, day.day)), precision: "day" };
  }
  // The zone follows the clock ("11:29 AM EDT, Tue, Jun 16") or, when the clock comes first and
  // the zone last, the date ("14:05, 3 March 2021 GMT").
  const zoneAt = (position: number) =>
    readZoneAt(text, position, tables) ?? readUsGenericZone(text, position, day);
  const zoneOffset = zoneAt(clock.end) ?? zoneAt(Math.max(day.end, clock.end));
  const local = Date.UTC(day.year, day.month - 1, day.day, clock.hour, clock.minute, clock.second ?? 0);
  return {
    iso: toIso(local - (zoneOffset ?? 0) * 60_000),
    precision: clock.second === null ? "minute" : "second",
    zoneOffset,
  };
}
