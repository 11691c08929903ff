// One date value from a meta tag, JSON-LD field, datetime attribute or short visible text ->
// a UTC instant, its precision, and the calendar day as the page stated it. Strict ISO 8601 (the
// common case in metadata) is read here so the stated day survives the UTC conversion
// ("2019-10-16T00:30+02:00" was published on the 16th, although it is the 15th in UTC);
// everything else goes to the shared date-text parser.
import { parseDateWithZone } from "../dates/parse-date-text.ts";
import { asciiDigits } from "../dates/unicode-digits.ts";

export type Precision = "day" | "minute" | "second";

export interface DateValue {
  /** UTC ISO 8601 without milliseconds; day-only values are midnight UTC. */
  readonly iso: string;
  readonly precision: Precision;
  /** YYYY-MM-DD as written on the page, before conversion to UTC. */
  readonly day: string;
  /** How the value stated its zone: explicitly UTC ("Z", "+00:00"), another offset, or not at all.
   * A UTC timestamp says nothing about the day its readers saw; see meta-local-day.ts. */
  readonly zone: "utc" | "offset" | "none";
  /** The stated offset in minutes, when `zone` is "offset". */
  readonly offsetMinutes: number | null;
}

const ISO =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s_]+(\d{1,2}):?(\d{2})(?::?(\d{1,2})(?:[.,:]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?/i;
/** Unix epoch seconds (10 digits) or milliseconds (13 digits): some CMSs put these in meta tags. */
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? "0");
  return m[1] === "-" ? -minutes : minutes;
}

function parseIso(value: string): DateValue | null {
  const m = ISO.exec(value);
  if (!m) return null;
  // Compact forms without separators ("20191016") must not swallow longer digit runs (ids, prices).
  const compact = !value.trim().startsWith(`${m[1]}-`);
  if (compact && /^\s*\d{9}/.test(value) && !/^\s*\d{8}(?:\D|$)/.test(value)) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDay(year, month, day)) return null;
  const stated = `${m[1]}-${pad(month)}-${pad(day)}`;
  const dayOnly: DateValue = {
    iso: `${stated}T00:00:00Z`,
    precision: "day",
    day: stated,
    zone: "none",
    offsetMinutes: null,
  };
  if (m[4] === undefined) return dayOnly;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? null : Number(m[6]);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return dayOnly;
  const local = Date.UTC(year, month - 1, day, hour, minute, second ?? 0);
  const offset = offsetMinutes(m[7]);
  const iso = toIso(local - offset * 60_000);
  // "T00:00:00" (with or without a zone) is how many CMSs write a day-only date.
  const midnight = hour === 0 && minute === 0 && (second ?? 0) === 0;
  if (midnight) return dayOnly;
  const zone = m[7] === undefined ? "none" : offset === 0 ? "utc" : "offset";
  return {
    iso,
    precision: second === null ? "minute" : "second",
    day: stated,
    zone,
    offsetMinutes: zone === "offset" ? offset : null,
  };
}

/** "02.12.19": day.month.two-digit-year, common in German-speaking and Nordic page headers (the
 * dots make the order certain); "08/13/10": month/day/two-digit-year on US pages of the 2000s,
 * read in the page's slash order (`dayFirst`), the other order only when that one is no date. */
const SHORT_YEAR = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])/;

function parseShortYear(value: string, dayFirst: boolean): DateValue | null {
  const m = SHORT_YEAR.exec(value);
  if (!m) return null;
  const [a, b, yy] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // Two-digit years of web pages: 1995-1999 or 2000-2049.
  const year = yy >= 95 ? 1900 + yy : 2000 + yy;
  if (m[2] === "." && year < 2000) return null;
  const readings: [number, number][] =
    m[2] === "." || dayFirst
      ? [
          [b, a],
          [a, b],
        ]
      : [
          [a, b],
          [b, a],
        ];
  const valid = readings.filter(([month, day]) => isValidDay(year, month, day));
  // Dotted dates are day-first only: no second reading.
  const [month, day] = (m[2] === "." ? valid.filter((r) => r === readings[0]) : valid)[0] ?? [];
  if (month === undefined || day === undefined) return null;
  const stated = `${year}-${pad(month)}-${pad(day)}`;
  return { iso: `${stated}T00:00:00Z`, precision: "day", day: stated, zone: "none", offsetMinutes: null };
}

/** Reads one date value; null when it holds no date. `reference` enables relative dates in text;
 * `dayFirst` reads an ambiguous "02/10/2020" as 2 October. */
export function parseDateValue(
  written: string,
  opts: { reference?: Date; dayFirst?: boolean } = {},
): DateValue | null {
  if (!written || written.length > 400) return null;
  const value = asciiDigits(written);
  const epoch = EPOCH.exec(value);
  if (epoch) {
    const ms = epoch[1]!.length === 13 ? Number(epoch[1]) : Number(epoch[1]) * 1000;
    const iso = toIso(ms);
    return { iso, precision: "second", day: iso.slice(0, 10), zone: "utc", offsetMinutes: null };
  }
  const iso = parseIso(value);
  if (iso) return iso;
  const parsed = parseDateWithZone(value, opts);
  if (!parsed) return parseShortYear(value, opts.dayFirst === true);
  // A zone written with the time ("11:42 PM EST") is kept: the page's calendar day is the day it
  // wrote, not the UTC day the instant falls on (23:42 EST is 04:42 UTC the next day).
  const offset = parsed.zoneOffset ?? null;
  if (offset !== null && offset !== 0) {
    const day = new Date(Date.parse(parsed.iso) + offset * 60_000).toISOString().slice(0, 10);
    return { iso: parsed.iso, precision: parsed.precision, day, zone: "offset", offsetMinutes: offset };
  }
  return {
    iso: parsed.iso,
    precision: parsed.precision,
    day: parsed.iso.slice(0, 10),
    zone: offset === 0 ? "utc" : "none",
    offsetMinutes: null,
  };
}
