// Dates written without a year ("Oct. 6, 10:15 AM", "6. Oktober um 04:00", "Published March 3",
// a wire dateline's "LONDON, August 13 (Reuters) -"): many sites print the year only on older
// stories, and wire copy never does. Such a date is read only when nothing else dates the page,
// only from the article's own date elements and <time> texts, else from a wire dateline at the head
// of the story, and only when the page itself supplies the year: the year its URL files it under
// ("/2017/story"), else the year that puts the day on or before its modified date, the time it was
// fetched or the end of its copyright year (a day cannot be later than any of them), or the day of
// its earliest dated comment when that is earlier still (readers comment on a published story). A
// saved page with none of these stays undated: "now" is not its reading time.
import { getDefaultDateTables } from "../dates/date-tables.ts";
import type { PageFacts } from "./meta-collect.ts";
import { inComments } from "./meta-comment-region.ts";
import type { CandidateList } from "./meta-date-candidates.ts";
import { parseDateValue } from "./meta-date-value.ts";

/** Below every other published date, the six-digit URL reading included. */
const YEARLESS_RANK = 72;
/** A date element holding a year-less date is short: a stamp, not a sentence. */
const MAX_STAMP_CHARS = 60;
const LETTER_RUN = /\p{L}+/gu;
/** "Oct. 6", "October 6th," (the day after the month). */
const DAY_AFTER = /^\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d:])/u;
/** "6. Oktober", "6 Oct", "6th of October", "6 de octubre" (the day before the month). */
const DAY_BEFORE = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|e)?\.?\s*(?:de\s+|of\s+)?$/iu;
const HAS_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** The text with `year` written after its month-and-day, or null when it holds no such date (or a year). */
export function withYear(text: string, year: number): string | null {
  if (HAS_YEAR.test(text)) return null;
  const months = getDefaultDateTables().months;
  for (const word of text.matchAll(LETTER_RUN)) {
    const month = months.get(word[0].toLowerCase());
    if (!month) continue;
    const end = word.index + word[0].length;
    const after = DAY_AFTER.exec(text.slice(end));
    if (after && validDay(month, Number(after[1]))) {
      const at = end + after[0].length;
      return `${text.slice(0, at)}, ${year}${text.slice(at)}`;
    }
    const before = DAY_BEFORE.exec(text.slice(0, word.index));
    if (before && validDay(month, Number(before[1]))) {
      const at = end + (text[end] === "." ? 1 : 0);
      return `${text.slice(0, at)} ${year}${text.slice(at)}`;
    }
  }
  return null;
}

function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate();
}

/**
 * The year a year-less day falls in: the URL's year, else the latest year that keeps the day on or
 * before `latest` (a modified date or the fetch time, "YYYY-MM-DD"); null when neither is known.
 */
function yearOf(monthDay: string, urlYear: number | null, latest: string | null): number | null {
  if (urlYear !== null) return urlYear;
  if (latest === null) return null;
  const year = Number(latest.slice(0, 4));
  return monthDay <= latest.slice(5, 10) ? year : year - 1;
}

/**
 * A wire dateline in the text after the headline: an upper-case place ("LONDON", "NEW DELHI"), an
 * optional region, the month and day, an optional agency and a dash; a mixed-case place
 * ("Islamabad, June 16 (Reuters) -") only with its agency, so a sentence is not taken for one.
 */
const UPPER_PLACE = "\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}";
const MIXED_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";
const REGION_AND_DAY = ",\\s*(?:\\p{Lu}[\\p{L} .'’-]{1,30}?,\\s*)?(\\p{L}{3,9}\\.?\\s+\\d{1,2})\\s*";
const AGENCY = "\\([^()]{2,40}\\)";
const DASH = "\\s*(?:-{1,2}|–|—)\\s";
const WIRE_DATELINES = [
  new RegExp(`(?:^|[\\s"“])${UPPER_PLACE}${REGION_AND_DAY}(?:${AGENCY})?${DASH}`, "u"),
  new RegExp(`(?:^|[\\s"“])${MIXED_PLACE}${REGION_AND_DAY}${AGENCY}${DASH}`, "u"),
];
/** A dateline opens the story: it lies within the first characters after the headline. */
const DATELINE_WINDOW_CHARS = 600;

/** The month and day of the wire dateline that opens the story ("August 13"), if any. */
export function wireDatelineDay(afterHeadline: string): string | null {
  const head = afterHeadline.slice(0, DATELINE_WINDOW_CHARS);
  for (const re of WIRE_DATELINES) {
    const m = re.exec(head);
    if (m) return m[1]!;
  }
  return null;
}

/** Adds the first year-less date of the article's date elements and <time> texts, dated as above. */
export function addYearlessDate(
  c: CandidateList,
  facts: PageFacts,
  inArticle: (ancestry: string) => boolean,
  urlYear: number | null,
  latest: string | null,
): void {
  if (urlYear === null && latest === null) return;
  const stamps: { text: string; order: number }[] = [];
  for (const t of facts.times)
    if (!t.datetime && !inComments(t.context)) stamps.push({ text: t.text, order: t.order });
  for (const e of facts.datedElements)
    if (!inComments(e.context) && inArticle(e.ancestry)) stamps.push({ text: e.text, order: e.order });
  stamps.sort((a, b) => a.order - b.order);
  for (const { text } of stamps) {
    if (text.length > MAX_STAMP_CHARS) continue;
    // The year goes in only once the month and day are known: probe with a leap year.
    const probe = withYear(text, 2000);
    if (probe === null) continue;
    const day = parseDateValue(probe, { dayFirst: c.dayFirst });
    if (!day) continue;
    const year = yearOf(day.day.slice(5, 10), urlYear, latest);
    const dated = year === null ? null : withYear(text, year);
    if (dated === null) continue;
    const before = c.published.length;
    c.add("published", dated, "text:yearless", YEARLESS_RANK);
    if (c.published.length > before) return;
  }
  const wire = wireDatelineDay(facts.afterHeadline);
  const probe = wire === null ? null : parseDateValue(`${wire}, 2000`, { dayFirst: c.dayFirst });
  if (wire === null || !probe) return;
  const year = yearOf(probe.day.slice(5, 10), urlYear, latest);
  if (year !== null) c.add("published", `${wire}, ${year}`, "text:yearless-dateline", YEARLESS_RANK);
}

/** The latest year a page's copyright line names ("© 2007-2012 Geeky-Gadgets"), if any. */
export function copyrightYear(facts: PageFacts): number | null {
  let latest: number | null = null;
  for (const t of facts.datedTexts) {
    if (!/©|\(c\)|copyright/i.test(`${t.before.slice(-20)} ${t.text}`)) continue;
    for (const y of t.text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [])
      if (latest === null || Number(y) > latest) latest = Number(y);
  }
  return latest;
}

/** A comment's stamp is short ("Heather on October 23rd, 2012 1:37 pm"); longer texts are the
 * comments themselves, whose dates ("back in March 2009") say nothing of when they were written. */
const MAX_COMMENT_STAMP_CHARS = 60;
/** A "recent comments" box in a sidebar or footer lists comments on other stories, which may be
 * older than this one: only the comments under the article bound its date. */
const SITE_WIDE_LIST = /<(aside|nav|footer)\b|sidebar|widget|recent/;

/**
 * The earliest day a comment on the page is stamped with ("YYYY-MM-DD"), or null: readers comment on
 * a story once it is published, so no comment is older than the story, and that day bounds a
 * year-less publication date from above. Only comment stamps that write their year count; days later
 * than `now` or before `earliest` are a wrong clock or a template and are ignored.
 */
export function earliestCommentDay(
  facts: PageFacts,
  dayFirst: boolean,
  earliest: string,
  now: Date,
): string | null {
  const today = now.toISOString().slice(0, 10);
  const stamps: string[] = [];
  for (const t of facts.times) if (inComments(t.context)) stamps.push(t.datetime ?? t.text);
  for (const e of facts.datedElements)
    if (inComments(`${e.context} ${e.ancestry}`) && !SITE_WIDE_LIST.test(e.ancestry)) stamps.push(e.text);
  for (const t of facts.datedTexts)
    if (inComments(t.ancestry) && !SITE_WIDE_LIST.test(t.ancestry)) stamps.push(t.text);
  let first: string | null = null;
  for (const stamp of stamps) {
    if (stamp.length > MAX_COMMENT_STAMP_CHARS || !HAS_YEAR.test(stamp)) continue;
    const day = parseDateValue(stamp, { dayFirst })?.day;
    if (day && day >= earliest && day <= today && (first === null || day < first)) first = day;
  }
  return first;
}
