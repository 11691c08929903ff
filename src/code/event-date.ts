// The date of an event: a date the sentence states (a date mention; "on Monday", "yesterday",
// "last week", "at the start of October", "last year" counted back from the article date), else
// the article's own date. A year or month the sentence names ("in 1884", "in October") dates the
// event at that precision: it is when the event happened, not the day the article was published.
import type { Mention } from "../types.ts";
import { readEnglishMonthNames } from "./month-names.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** English month names in calendar order, from the date parser's table (data/dates/months.tsv). */
const MONTHS = readEnglishMonthNames();
/** Words before a bare month name that make it a time ("in October", "at the start of October"), not a name ("May said"). */
const MONTH_LEADS = new Set([
  "in",
  "of",
  "since",
  "during",
  "early",
  "late",
  "mid",
  "mid-",
  "until",
  "by",
  "last",
  "this",
]);
const DAY_MS = 86_400_000;

export type EventDatePrecision = "day" | "month" | "year";
export interface EventDate {
  /** YYYY-MM-DD; for month or year precision, the first day of that month or year. */
  readonly value: string;
  readonly precision: EventDatePrecision;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Article day (YYYY-MM-DD) from its ISO timestamp, or null. */
export function articleDay(publishedAt: string | null): string | null {
  return publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

const day = (value: string): EventDate => ({ value, precision: "day" });

/**
 * "in October", "at the start of October": the most recent such month up to the article's
 * month (news reports the past), at month precision; null when no bare month is named.
 */
function bareMonth(words: readonly string[], articleDate: string): EventDate | null {
  for (let i = 1; i < words.length; i++) {
    const month = MONTHS.indexOf(words[i]!);
    if (month < 0 || !MONTH_LEADS.has(words[i - 1]!)) continue;
    // "in May 2019", "October 3": a date mention covers those; a bare month has no number next.
    if (/^\d/.test(words[i + 1] ?? "")) continue;
    let year = Number(articleDate.slice(0, 4));
    if (month + 1 > Number(articleDate.slice(5, 7))) year--;
    return { value: `${year}-${String(month + 1).padStart(2, "0")}-01`, precision: "month" };
  }
  return null;
}

/**
 * Resolves the date words of a sentence against the article day. News reports the past:
 * "on Monday" in a Tuesday story is the day before; a story's own weekday is that day.
 */
export function sentenceDate(
  words: readonly string[],
  dateMentions: readonly Mention[],
  articleDate: string | null,
): EventDate | null {
  const stated = dateMentions.find((m) => m.date && /^\d{4}-\d{2}-\d{2}/.test(m.date.value));
  if (stated?.date) {
    const p = stated.date.precision;
    return { value: stated.date.value.slice(0, 10), precision: p === "year" || p === "month" ? p : "day" };
  }
  if (!articleDate) return null;
  const base = Date.parse(`${articleDate}T00:00:00Z`);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "yesterday") return day(iso(base - DAY_MS));
    if (w === "today" || w === "tonight") return day(articleDate);
    if ((w === "last" || w === "past") && words[i + 1] === "week") return day(iso(base - 7 * DAY_MS));
    if (w === "last" && words[i + 1] === "year")
      return { value: `${Number(articleDate.slice(0, 4)) - 1}-01-01`, precision: "year" };
    if (w === "last" && words[i + 1] === "month") return monthsBack(articleDate, 1);
    if (w === "this" && words[i + 1] === "month") return monthsBack(articleDate, 0);
    if (w === "this" && words[i + 1] === "year")
      return { value: `${articleDate.slice(0, 4)}-01-01`, precision: "year" };
    const ago = words[i + 2] === "ago" ? daysAgo(w, words[i + 1]!) : null;
    if (ago !== null) return day(iso(base - ago * DAY_MS));
    const weekday = WEEKDAYS.indexOf(w);
    if (weekday >= 0 && (words[i - 1] === "on" || words[i - 1] === "last" || words[i - 1] === "this")) {
      const back = (new Date(base).getUTCDay() - weekday + 7) % 7;
      return day(iso(base - (words[i - 1] === "last" && back === 0 ? 7 : back) * DAY_MS));
    }
  }
  return bareMonth(words, articleDate) ?? bareYear(words, articleDate) ?? day(articleDate);
}

/** The month `back` months before the article's, at month precision. */
function monthsBack(articleDate: string, back: number): EventDate {
  const index = Number(articleDate.slice(0, 4)) * 12 + Number(articleDate.slice(5, 7)) - 1 - back;
  const month = String((index % 12) + 1).padStart(2, "0");
  return { value: `${Math.floor(index / 12)}-${month}-01`, precision: "month" };
}

/** Counts written as words in "two days ago", "three weeks ago". */
const COUNT_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, days: 1, week: 7, weeks: 7 };

/** "two days ago", "3 weeks ago", "a week ago": the days back, or null. */
function daysAgo(count: string, unit: string): number | null {
  const perUnit = UNIT_DAYS[unit];
  if (perUnit === undefined) return null;
  const n = /^\d{1,2}$/.test(count) ? Number(count) : COUNT_WORDS.indexOf(count);
  return n > 0 ? n * perUnit : count === "a" ? perUnit : null;
}

/** Words before a bare year that make it a time: "in 1884", "since 2014", "by 2019". */
const YEAR_LEADS = new Set(["in", "since", "during", "by", "until", "of", "early", "late", "mid"]);
/** The earliest year read as a date: older numbers after "in" are counts more often than years. */
const EARLIEST_YEAR = 1000;

/**
 * "in 1884", "since 2014": a year the date reader did not take, at year precision. Only a year
 * up to the article's (news reports the past; "by 2030" is a plan, dated by the article).
 */
function bareYear(words: readonly string[], articleDate: string): EventDate | null {
  const latest = Number(articleDate.slice(0, 4));
  for (let i = 1; i < words.length; i++) {
    if (!YEAR_LEADS.has(words[i - 1]!) || !/^\d{4}$/.test(words[i]!)) continue;
    const year = Number(words[i]);
    if (year >= EARLIEST_YEAR && year <= latest) return { value: `${year}-01-01`, precision: "year" };
  }
  return null;
}
