// The day a page's readers saw. Many CMSs store timestamps in UTC ("2023-11-09T02:11:00Z"), but the
// publication day that matters (for the reader, for dating events) is the newsroom's local day:
// 8 November in New York. We find the site's offset from the page itself when it states one
// elsewhere, else from its country domain or language tag (data/html-meta/region-zones.tsv).
import { isoAtOffset } from "../dates/iso-at-offset.ts";
import type { DateValue } from "./meta-date-value.ts";
import type { MetaTables, RegionZone } from "./meta-tables.ts";

/** Real zone offsets lie within ±14 hours and are whole quarter hours. */
const MAX_OFFSET_MS = 14 * 3_600_000;
const QUARTER_HOUR_MS = 15 * 60_000;

/** Day of month of the n-th (1-based; -1 = last) Sunday of a month, in UTC. */
function nthSunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** Whether daylight saving time is in force at `ms` under a rule (switch instants approximated to
 * the day: a timestamp within hours of a switch may be off by one hour, rarely by one day). */
function isDaylight(rule: RegionZone["dst"], ms: number): boolean {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const at = (month: number, day: number) => Date.UTC(year, month - 1, day);
  switch (rule) {
    case "eu":
      return (
        ms >= at(3, nthSunday(year, 3, -1)) + 3_600_000 && ms < at(10, nthSunday(year, 10, -1)) + 3_600_000
      );
    case "us":
      return (
        ms >= at(3, nthSunday(year, 3, 2)) + 7 * 3_600_000 &&
        ms < at(11, nthSunday(year, 11, 1)) + 6 * 3_600_000
      );
    case "au":
      return ms < at(4, nthSunday(year, 4, 1)) || ms >= at(10, nthSunday(year, 10, 1));
    default:
      return false;
  }
}

/**
 * The zone a site most likely uses, from its country domain. Language tags were tried as well and
 * made things worse on the date benchmark: "en" or even "en-US" sites on .com often state the UTC
 * day as their date, while a country domain reliably means a newsroom in that country.
 */
export function regionZone(url: string | null, tables: MetaTables): RegionZone | null {
  let tld = "";
  if (url) {
    try {
      tld = new URL(url).hostname.split(".").pop() ?? "";
    } catch {
      tld = "";
    }
  }
  return tables.regionZones.get(`.${tld}`) ?? null;
}

/** Offset in minutes of `zone` at the instant `ms`. */
export function offsetAt(zone: RegionZone, ms: number): number {
  return zone.offset + (isDaylight(zone.dst, ms) ? 60 : 0);
}

function dayAt(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Zone offsets in use run from UTC-12 to UTC+14. */
const WEST_MS = 12 * 3_600_000;
const EAST_MS = 14 * 3_600_000;

/** The calendar days an instant falls on somewhere: its UTC day and, near midnight, a neighbour. */
export function possibleLocalDays(ms: number): string[] {
  const days = [new Date(ms - WEST_MS), new Date(ms), new Date(ms + EAST_MS)].map((d) =>
    d.toISOString().slice(0, 10),
  );
  return [...new Set(days)];
}

/** The instant written on another calendar day than its UTC one: the nearest whole-hour offset that
 * puts it on `day` (the printed day says which side of midnight the newsroom was, not its zone). */
function isoOnDay(ms: number, day: string): string {
  const startOfDay = Date.parse(`${day}T00:00:00Z`);
  const offsetHours =
    ms < startOfDay
      ? Math.ceil((startOfDay - ms) / 3_600_000)
      : -Math.ceil((ms - startOfDay - 86_400_000 + 1) / 3_600_000);
  return isoAtOffset(ms, offsetHours * 60);
}

/** Whether `o`, a time written without a zone, is the instant `ms` on some newsroom's clock. */
function isWallClockOf(o: DateValue, ms: number): boolean {
  if (o.zone !== "none" || o.precision === "day") return false;
  const diff = Math.abs(Date.parse(o.iso) - ms);
  return diff > 0 && diff <= MAX_OFFSET_MS && diff % QUARTER_HOUR_MS === 0;
}

/** A printed clock shows minutes while metadata keeps seconds: this much either way is the same time. */
const PRINTED_ROUNDING_MS = 60_000;

/** Whether a printed time without a zone can be the instant `ms` on some clock, UTC's included,
 * allowing for the minute a printed time drops. */
function isClockOf(o: DateValue, ms: number): boolean {
  if (o.zone !== "none" || o.precision === "day") return false;
  const diff = Math.abs(Date.parse(o.iso) - ms);
  const offBy = diff % QUARTER_HOUR_MS;
  return (
    diff <= MAX_OFFSET_MS + PRINTED_ROUNDING_MS &&
    Math.min(offBy, QUARTER_HOUR_MS - offBy) <= PRINTED_ROUNDING_MS
  );
}

/** The offset a printed clock of the instant `ms` shows, to the quarter hour. */
function wallClockOffset(o: DateValue, ms: number): number {
  return Math.round((Date.parse(o.iso) - ms) / QUARTER_HOUR_MS) * 15;
}

/**
 * The printed header date that says which calendar day the instant of `value` was on the page: a
 * bare day the instant falls on in some zone, or a clock time that is the instant at some offset
 * (or the same clock as UTC). Printed times of other instants are other stories' or updates' and
 * say nothing; bare days that name both neighbouring days (a list of stories) leave it open.
 */
function printedDayOf(value: DateValue, printed: readonly DateValue[]): DateValue | null {
  const ms = Date.parse(value.iso);
  const days = possibleLocalDays(ms);
  const sameInstant = (p: DateValue) => isClockOf(p, ms);
  const readings = printed.filter((p) => days.includes(p.day) && (p.precision === "day" || sameInstant(p)));
  if (new Set(readings.map((p) => p.day)).size !== 1) return null;
  return readings.find((p) => p.precision !== "day") ?? readings[0]!;
}

export interface LocalTime {
  /** YYYY-MM-DD: the page's own calendar day. */
  readonly day: string;
  /** The instant in the page's own offset when one is stated or inferred, else as the value had it
   * (UTC "Z"); a day-only value stays midnight UTC with precision "day". */
  readonly iso: string;
}

/**
 * The local day and time of a value. A value stated with an offset keeps it ("+05:30": its day is
 * the day written). A value stated in UTC is moved to the site's zone: `others` are the page's other
 * dates, one stated with an explicit non-UTC offset tells the zone; else a wall-clock time of the
 * same instant; else the regional zone of the country domain. Values without a zone keep the day
 * they were written with.
 */
export function localTime(
  value: DateValue,
  others: readonly DateValue[],
  site: { url: string | null },
  tables: MetaTables,
  printed: readonly DateValue[] = [],
): LocalTime {
  const ms = Date.parse(value.iso);
  if (value.precision === "day" || Number.isNaN(ms)) return { day: value.day, iso: value.iso };
  if (value.zone === "offset" && value.offsetMinutes !== null) {
    return { day: value.day, iso: isoAtOffset(ms, value.offsetMinutes) };
  }
  if (value.zone !== "utc") return { day: value.day, iso: value.iso };
  const stated = others.find((o) => o.zone === "offset" && o.offsetMinutes !== null);
  if (stated) return { day: dayAt(ms, stated.offsetMinutes!), iso: isoAtOffset(ms, stated.offsetMinutes!) };
  // The same instant written without a zone elsewhere on the page is the local wall-clock time.
  // (A zero difference proves nothing: that may be UTC written without its "Z".)
  const wallClock = others.find((o) => isWallClockOf(o, ms));
  if (wallClock) return { day: wallClock.day, iso: isoAtOffset(ms, wallClockOffset(wallClock, ms)) };
  // The date the article's header prints without a zone is the page's own calendar day when it can
  // be this instant: a bare day the instant falls on in some zone (it says which side of midnight
  // the newsroom was), or a clock time that is the instant at some offset (it gives the offset; the
  // same clock as UTC says the page keeps UTC's day). It outranks a zone guessed from the domain.
  // A printed time of another instant is another story's or an update's, and says nothing.
  const header = printedDayOf(value, printed);
  if (header?.precision === "day")
    return { day: header.day, iso: header.day === value.day ? value.iso : isoOnDay(ms, header.day) };
  if (header) return { day: header.day, iso: isoAtOffset(ms, wallClockOffset(header, ms)) };
  const zone = regionZone(site.url, tables);
  if (!zone) return { day: value.day, iso: value.iso };
  const offset = offsetAt(zone, ms);
  return { day: dayAt(ms, offset), iso: isoAtOffset(ms, offset) };
}

/** The local day of a value (see localTime). */
export function localDay(
  value: DateValue,
  others: readonly DateValue[],
  site: { url: string | null },
  tables: MetaTables,
): string {
  return localTime(value, others, site, tables).day;
}
