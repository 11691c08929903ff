// Dates a page's URL holds. A full day in the path ("/2021/03/14/", "/2010/aug/13/", "/20210314/")
// is fixed when the article is first published; a year-last path ("/13/08/2010/", "/08/13/2010/",
// "/13082010/") is read the way round its numbers allow, and when both are 12 or less, the way the page's own
// dates, language and domain write slashed dates (a European site's "/06/12/2020/" is 6 December).
import { getDefaultDateTables } from "../dates/date-tables.ts";
import { expandShortYear } from "../dates/parse-date-text.ts";
import { type DateValue, parseDateValue } from "./meta-date-value.ts";

/** A year-month-day run, ended by a separator, letters or an ISO time ("-2010-08-13T0830"). */
const URL_DAY =
  /(?:^|[/_.-])((?:19|20)\d{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-]|[a-z]*\b|T\d{2}:?\d{2})/i;
const URL_DAY_SEPARATED = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/;
/** A dashed day whose month or day has no leading zero, a path segment of its own: "/2010-8-13/". */
const URL_DAY_DASHED_UNPADDED = /\/((?:19|20)\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?=\/|$|[_.])/;
const URL_DAY_NAMED_MONTH = /\/((?:19|20)\d{2})\/(\p{L}{3,9})\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/u;
/** Two numbers and a four-digit year last, one separator throughout: "/13/08/2010/", "-13-08-2010-". */
const URL_DAY_YEAR_LAST = /(?:^|[/_-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?=$|[/_.-])/;
/** The same run into eight digits, a path segment or a slug's part of its own: "/13082010/",
 * "-08132010.html" (DDMMYYYY or MMDDYYYY). A year-first run ("20100813") is URL_DAY's. An id of
 * eight digits rarely ends in a year after a valid month and day, and a read day must not be later
 * than the page's fetch (meta-date-candidates.ts). */
const URL_DAY_YEAR_LAST_RUN = /(?:^|[/_.-])(\d{2})()(\d{2})((?:19|20)\d{2})(?=$|[/_.-])/;
/** A query parameter named as a date whose value is a full ISO day. */
const URL_QUERY_DAY =
  /[?&][\w.-]*date[\w.-]*=((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:$|[&#T])/i;
/** "/2015/06/slug.html" -> "2015-06": the month a blog's URL files the post under (no day given). */
const URL_MONTH = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(?![0-3]?\d(?:\/|$))/;

function pad(n: string | number): string {
  return String(n).padStart(2, "0");
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * A full year-month-day in a URL. `dayFirst` says how the site writes an ambiguous "06/12/2020"
 * (pageDayOrder in meta-day-order.ts); year-first paths never need it.
 */
export function dateFromUrl(url: string | null | undefined, dayFirst = false): DateValue | null {
  const readings = urlDayReadings(url);
  if (readings.length < 2) return readings[0] ?? null;
  return dayFirst ? readings[0]! : readings[1]!;
}

/**
 * Every day a URL's path can state: one for a year-first or named-month path, two for a year-last
 * "/06/12/2020/" whose first two numbers both fit a month (the day-first reading first, 6 December,
 * then the month-first one, June 12), none when the URL holds no full day.
 */
export function urlDayReadings(url: string | null | undefined): DateValue[] {
  if (!url) return [];
  const path = pathOf(url);
  const one = (value: DateValue | null) => (value ? [value] : []);
  const m = URL_DAY_SEPARATED.exec(path) ?? URL_DAY.exec(path) ?? URL_DAY_DASHED_UNPADDED.exec(path);
  if (m) return one(parseDateValue(`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`));
  // "/2010/aug/13/": the month by name (data/dates/months.tsv).
  const named = URL_DAY_NAMED_MONTH.exec(path);
  const month = named ? getDefaultDateTables().months.get(named[2]!.toLowerCase()) : undefined;
  if (named && month) return one(parseDateValue(`${named[1]}-${pad(month)}-${pad(named[3]!)}`));
  const yearLast = yearLastDays(path);
  if (yearLast.length > 0) return yearLast;
  // "article.php?id=5&date=2010-08-13": a date parameter of a script's URL.
  const query = URL_QUERY_DAY.exec(url);
  return query ? one(parseDateValue(`${query[1]}-${query[2]}-${query[3]}`)) : [];
}

/** "/13/08/2010/" or "/13082010/" -> 13 August (only a day can be 13); "/06/12/2020/" -> both
 * readings, day-first first. */
function yearLastDays(path: string): DateValue[] {
  const m = URL_DAY_YEAR_LAST.exec(path) ?? URL_DAY_YEAR_LAST_RUN.exec(path);
  if (!m) return [];
  const a = Number(m[1]);
  const b = Number(m[3]);
  const orders: [number, number][] =
    a > 12
      ? [[a, b]]
      : b > 12 || a === b
        ? [[b, a]]
        : [
            [a, b],
            [b, a],
          ];
  const days: DateValue[] = [];
  for (const [day, month] of orders) {
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const value = parseDateValue(`${m[4]}-${pad(month)}-${pad(day)}`);
    if (value) days.push(value);
  }
  return days;
}

/** A day with its month's name in a path segment, day first or month first, between the segment's
 * hyphens or underscores: "-13-august-2010", "august-13th-2010-", "14-de-enero-de-2022" (a short
 * joining word allowed). */
const SLUG_DAY_FIRST =
  /(?:^|[-_/])(\d{1,2})(?:st|nd|rd|th)?(?:[-_]\p{L}{1,3})?[-_](\p{L}{3,12})\.?(?:[-_]\p{L}{1,3})?[-_]((?:19|20)\d{2})(?=$|[-_./])/u;
const SLUG_MONTH_FIRST =
  /(?:^|[-_/])(\p{L}{3,12})\.?[-_](\d{1,2})(?:st|nd|rd|th)?[-_]((?:19|20)\d{2})(?=$|[-_./])/u;

/**
 * A day a URL's slug writes with the month's name ("/news/harbour-plan-agreed-13-august-2010"): the
 * slug is made from the headline, so this is the day the headline names, most often the day of the
 * story, read only below the dates the page prints (meta-dates.ts). Months in any language of
 * data/dates (the path is percent-decoded: "14-f%C3%A9vrier-2022").
 */
export function slugDay(url: string | null | undefined): DateValue | null {
  if (!url) return null;
  let path = pathOf(url);
  if (!/\d[-_]\p{L}|\p{L}[-_]\d/u.test(path)) return null;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the path as it is.
  }
  const months = getDefaultDateTables().months;
  const dayFirst = SLUG_DAY_FIRST.exec(path);
  const monthFirst = dayFirst ? null : SLUG_MONTH_FIRST.exec(path);
  const [day, word, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!]
      : [];
  const month = word ? months.get(word.toLowerCase()) : undefined;
  return month && day && year ? parseDateValue(`${year}-${pad(month)}-${pad(day)}`) : null;
}

/** A path segment of six digits: a day written DDMMYY ("/130810/", 13 August 2010) or YYMMDD. */
const URL_SIX_DIGITS = /\/(\d{2})(\d{2})(\d{2})(?=\/|$)/;

/**
 * The days a six-digit path segment can be, read both ways (DDMMYY and YYMMDD), keeping only real
 * days between `earliest` and `latest`. Most such segments are ids, and "/100813/" is 10 August
 * 2013 or 13 August 2010: the caller takes a reading only when one is left or the page's other
 * dates pick one.
 */
export function sixDigitUrlDays(url: string | null | undefined, earliest: Date, latest: Date): DateValue[] {
  if (!url) return [];
  const m = URL_SIX_DIGITS.exec(pathOf(url));
  if (!m) return [];
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const readings = [
    { year: expandShortYear(c, latest), month: b, day: a },
    { year: expandShortYear(a, latest), month: b, day: c },
  ];
  const days: DateValue[] = [];
  for (const r of readings) {
    if (r.month < 1 || r.month > 12 || r.day < 1 || r.day > 31) continue;
    const value = parseDateValue(`${r.year}-${pad(r.month)}-${pad(r.day)}`);
    const ms = value ? Date.parse(value.iso) : Number.NaN;
    if (value && ms >= earliest.getTime() && ms <= latest.getTime() && !days.some((d) => d.day === value.day))
      days.push(value);
  }
  return days;
}

export function monthFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = URL_MONTH.exec(pathOf(url));
  return m ? `${m[1]}-${pad(m[2]!)}` : null;
}

/** "/2017/story-slug" or "/news/2017/10/story" -> 2017: the year a URL files a page under (a path
 * segment of its own, so ids and sizes are not read). */
const URL_YEAR = /\/((?:19|20)\d{2})(?=\/)/;

export function yearFromUrl(url: string | null | undefined): number | null {
  if (!url) return null;
  const m = URL_YEAR.exec(pathOf(url));
  return m ? Number(m[1]) : null;
}

/**
 * The day an image's URL files it under as folders ("/files/2016/05/04/chart.png",
 * "/uploads/2016/05/04/"): content systems store an upload under the day it was made, and a page's
 * lead image is uploaded with its article. Only the separated folder form counts; a day run into a
 * file name ("IMG_20160504_1230.jpg") is when the photo was taken, which may be years earlier.
 */
export function imageUploadDay(url: string | null | undefined): DateValue | null {
  if (!url) return null;
  const m = URL_DAY_SEPARATED.exec(pathOf(url));
  return m ? parseDateValue(`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`) : null;
}
