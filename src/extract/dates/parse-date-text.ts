// Finds one date (and its time and zone, when stated) inside a short string such as a dateline:
//   "Updated 11:29 AM EDT, Tue, Jun 16, 2020"   -> 2020-06-16T15:29:00Z (minute)
//   "Published 3 March 2021 14:05 GMT"          -> 2021-03-03T14:05:00Z (minute)
//   "Posted: 2019-07-01 08:00 +0530"            -> 2019-07-01T02:30:00Z (minute)
//   "March 3, 2021" / "14.03.2021" / "2021年3月14日" -> midnight UTC of that day (day)
// Shared by the text cleaner and the HTML metadata extractor; keep the exported API stable.
import { type DateTables, getDefaultDateTables, parseOffset } from "./date-tables.ts";
import { calendarDayOf, findCalendarNumericDay, lookupMonth, phraseMonthAt } from "./named-month-lookup.ts";
import { findNumberedMonthDay } from "./numbered-month-days.ts";
import { parseRelative } from "./relative-date.ts";
import { asciiDigits } from "./unicode-digits.ts";

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

interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Span of the match in the searched string, to look for a clock and zone around it. */
  readonly start: number;
  readonly end: number;
  /** A time written inside the date itself (ISO "2021-03-03T14:05"). */
  readonly clock?: Clock;
}

interface Clock {
  readonly hour: number;
  readonly minute: number;
  readonly second: number | null;
  readonly start: number;
  readonly end: number;
}

/** Years outside this window are almost always something else (prices, counts, ids). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** A clock further than this from the date (in characters) belongs to other text, not to the date. */
const MAX_CLOCK_DISTANCE = 40;
/** Room for the clock itself ("11:29:05 a.m.") beyond MAX_CLOCK_DISTANCE. */
const CLOCK_WINDOW_SLACK = 20;

/** Longest month name in data/dates/months.tsv is 12 letters; longer words are never looked up. */
const MAX_MONTH_NAME_CHARS = 16;

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function findIsoDay(text: string): CalendarDay | null {
  const re =
    /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(?![\d])/g;
  for (const m of text.matchAll(re)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!isValidDay(year, month, day)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const clock =
      m[5] !== undefined
        ? makeClock(
            Number(m[5]),
            Number(m[6]),
            m[7] !== undefined ? Number(m[7]) : null,
            undefined,
            start,
            end,
          )
        : null;
    return { year, month, day, start, end, ...(clock ? { clock } : {}) };
  }
  return null;
}

/** Chinese/Japanese "2021年3月14日" and Korean "2021년 3월 14일". */
function findCjkDay(text: string): CalendarDay | null {
  const m = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day)
    ? { year, month, day, start: m.index, end: m.index + m[0].length }
    : null;
}

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
function findNamedMonthDay(text: string, tables: DateTables): CalendarDay | null {
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
const MAX_SHORT_YEAR_TEXT_CHARS = 400;
/** Longest date that ends on a short year: "30 September '10" is 17 characters. */
const SHORT_YEAR_REACH = 28;

/** "10" -> 2010, "98" -> 1998: a shortened year is the century that puts it at most a year ahead
 * of the reference (web pages are not dated in the future). */
export function expandShortYear(yy: number, reference: Date = new Date()): number {
  const limit = reference.getUTCFullYear() + 1;
  return 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
}

function findNamedMonthShortYear(text: string, tables: DateTables, reference?: Date): CalendarDay | null {
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

/**
 * "14.03.2021" (dots: day first, the European habit), "14-03-2021" (dashes: day first, common in
 * India and Europe), "3/14/2021" (slashes: month first unless `dayFirst` or the first number > 12).
 */
function findNumericDay(text: string, dayFirstSlash: boolean): CalendarDay | null {
  const re = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)/g;
  for (const m of text.matchAll(re)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const dayFirst = m[2] !== "/" || dayFirstSlash;
    const readings: [number, number][] = dayFirst
      ? [
          [b, a],
          [a, b],
        ]
      : [
          [a, b],
          [b, a],
        ];
    for (const [month, day] of readings) {
      if (isValidDay(year, month, day)) {
        return { year, month, day, start: m.index, end: m.index + m[0].length };
      }
    }
  }
  return null;
}

function makeClock(
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

/** The clock time closest to the date: "11:29 AM", "14:05", "08:00:12", "2.05pm", "9 a.m.", "14h05". */
function findClock(fullText: string, day: CalendarDay): Clock | null {
  // Only the neighbourhood of the date can hold its clock; slicing keeps long strings linear.
  const offset = Math.max(0, day.start - MAX_CLOCK_DISTANCE - CLOCK_WINDOW_SLACK);
  const text = fullText.slice(offset, day.end + MAX_CLOCK_DISTANCE + CLOCK_WINDOW_SLACK);
  const local = { ...day, start: day.start - offset, end: day.end - offset };
  const clock = findClockNear(text, local);
  return clock ? { ...clock, start: clock.start + offset, end: clock.end + offset } : null;
}

function findClockNear(text: string, day: CalendarDay): Clock | null {
  const re =
    /(?<![\d:.])(\d{1,2})(?:([:h])(\d{2})(?::(\d{2}))?|\.(\d{2})(?=\s*(?:[ap]\.?m|[A-Z]{2,5}(?![\p{L}])))|(?=\s*[ap]\.?m))(?:\s*([ap])\.?\s?m\.?(?![\p{L}]))?(?![\d:])/giu;
  let best: Clock | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < day.end && end > day.start) continue; // inside the date itself
    const minute = m[3] ?? m[5];
    if (minute === undefined && !m[6]) continue; // a bare number is not a time
    if (m[2] === "h" && m[6]) continue;
    const clock = makeClock(
      Number(m[1]),
      Number(minute ?? "0"),
      m[4] !== undefined ? Number(m[4]) : null,
      m[6],
      start,
      end,
    );
    if (!clock) continue;
    const distance = end <= day.start ? day.start - end : start - day.end;
    // A separator or another year between them means the clock belongs to another stamp.
    const gap = end <= day.start ? text.slice(end, day.start) : text.slice(day.end, start);
    if (/[|•·]|\d{4}/.test(gap)) continue;
    if (distance <= MAX_CLOCK_DISTANCE && distance < bestDistance) {
      best = clock;
      bestDistance = distance;
    }
  }
  return best;
}

/** A zone written right after `position`: "EDT", "(GMT)", "+0530", "GMT+8", "UTC-05:00", "Z". */
function readZoneAt(text: string, position: number, tables: DateTables): number | null {
  const rest = text.slice(position);
  const m =
    /^[\s,]*(?:(?:Uhr|hrs|hours|h)\s+)?\(?(?:(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)|([+-]\d{2}:?\d{2})(?!\d)|(Z)(?![\p{L}\d])|([A-Z]{2,5})(?![\p{L}]))/u.exec(
      rest,
    );
  if (!m) return null;
  if (m[1]) return parseOffset(m[1]);
  if (m[2]) return parseOffset(m[2]);
  if (m[3]) return 0;
  return tables.zones.get(m[4]!) ?? null;
}

/** US generic zones ("11:29 AM ET") name no season; their offset follows the US daylight-saving rule. */
const US_GENERIC_STANDARD_OFFSETS: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** US daylight saving time (rule in force since 2007): second Sunday of March to first Sunday of November. */
function isUsDaylightTime(year: number, month: number, day: number): boolean {
  const nthSunday = (m: number, n: number) => {
    const firstWeekday = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
  };
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  return month === 3 ? day >= nthSunday(3, 2) : day < nthSunday(11, 1);
}

function readUsGenericZone(text: string, position: number, day: CalendarDay): number | null {
  const m = /^[\s,]*\(?(ET|CT|MT|PT)(?![\p{L}])/u.exec(text.slice(position));
  if (!m) return null;
  const standard = US_GENERIC_STANDARD_OFFSETS[m[1]!]!;
  return isUsDaylightTime(day.year, day.month, day.day) ? standard + 60 : standard;
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

  const clock = day.clock ?? findClock(text, day);
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
