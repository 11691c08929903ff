// The Gregorian day and the clock time a date reader finds in a string, with the spans they were
// written in (the clock and zone are looked for around the day's span), and the checks every reader
// shares: a real calendar day in the years pages are dated in, a real time of day.

/** A day found in a text, with the span it was written in. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Span of the match in the searched string, to look for a clock and zone around it. */
  readonly start: number;
  readonly end: number;
  /** A time written inside the date itself (ISO "2021-03-03T14:05"). */
  readonly clock?: Clock;
}

export interface Clock {
  readonly hour: number;
  readonly minute: number;
  readonly second: number | null;
  readonly start: number;
  readonly end: number;
}

/** Years outside this window are almost always something else (prices, counts, ids). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function isValidDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A time of day, a 12-hour clock turned to 24 hours by its meridiem ("a"/"p"); null when out of range. */
export function makeClock(
  hour: number,
  minute: number,
  second: number | null,
  meridiem: string | undefined,
  start: number,
  end: number,
): Clock | null {
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase() === "p";
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || minute > 59 || (second !== null && second > 59)) return null;
  return { hour: h, minute, second, start, end };
}
