// Writing an instant as the page stated it: Article.publishedAt keeps the page's own offset
// ("2020-04-02T04:11:00+05:30"), so that its first ten characters are the day the page's readers saw,
// while the date readers work in UTC.
import type { ZonedDate } from "./parse-date-text.ts";

/** The instant `ms` written as wall-clock time at `offsetMinutes`: "2020-04-02T04:11:00+05:30". */
export function isoAtOffset(ms: number, offsetMinutes: number): string {
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${wall}Z`;
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${wall}${offsetMinutes < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** A parsed date in the offset written with its time ("11:29 AM EDT" -> "...T11:29:00-04:00"); UTC
 * when the text named no zone or named UTC, and for days without a time. */
export function statedIso(date: ZonedDate): string {
  const offset = date.zoneOffset;
  return typeof offset === "number" && offset !== 0 ? isoAtOffset(Date.parse(date.iso), offset) : date.iso;
}
