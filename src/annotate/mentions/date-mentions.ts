// Date mentions, absolute ("June 16", "16 June 2020", "2020-06-16", "in 2019") and relative
// ("yesterday", "earlier this week", "last month", "on Monday"), resolved against the document's
// publication date. Relative phrases come from data/dates/relative-dates.tsv.
import type { DatePrecision } from "../../types.ts";
import type { DictIssue } from "./dict-line-reader.ts";
import { readDictRows } from "./dict-line-reader.ts";
import { isCapitalized, type MatchToken } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import { PhraseTrie } from "./phrase-trie.ts";

type Unit = "day" | "week" | "month" | "year";
type Precision = DatePrecision | "week" | "month" | "year";

export interface RelativeDate {
  readonly unit: Unit;
  readonly offset: number;
  readonly source: string;
}

// English calendar names (the Gregorian calendar itself, not a dictionary): full names and the
// abbreviations news style guides use.
const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
// A year alone is a date only after one of these ("in 2019", "since 2014"), never as a bare number.
const YEAR_PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "from",
  "during",
  "before",
  "after",
  "of",
]);
const UNITS: Record<string, Unit> = {
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
};
// A day-month date without a year further in the future than this belongs to the year before:
// news reports look back far more often than half a year ahead.
const MAX_FUTURE_DAYS = 183;

/** Adds the phrases of one relative-dates file to `trie` (a new one when omitted). */
export function parseRelativeDates(
  file: string,
  content: string,
  issues: DictIssue[],
  trie = new PhraseTrie<RelativeDate>(),
): PhraseTrie<RelativeDate> {
  for (const row of readDictRows(file, content, ["phrase", "unit", "offset"], issues)) {
    const [phrase, unit, offset] = row.fields;
    if (
      !phrase ||
      !unit ||
      !["day", "week", "month", "year"].includes(unit) ||
      !/^[+-]?\d+$/.test(offset ?? "")
    ) {
      issues.push({
        file,
        line: row.line,
        message: "expected: phrase <TAB> day|week|month|year <TAB> integer offset",
      });
      continue;
    }
    trie.add(phrase.toLowerCase(), {
      unit: unit as Unit,
      offset: Number(offset),
      source: `${file}:${row.line}`,
    });
  }
  return trie;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Maps for word lookups: no inherited keys ("constructor", "valueOf"), and faster than `in`. */
const tableOf = <T>(table: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(table));
const lookup = <T>(table: ReadonlyMap<string, T>, word: string): T | undefined => table.get(word);

function validDay(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** Shifts the publication day by `offset` units and returns the period's first day. */
export function resolveRelative(anchor: Date, unit: Unit, offset: number): string {
  const y = anchor.getUTCFullYear();
  const m = anchor.getUTCMonth();
  if (unit === "day") return iso(new Date(Date.UTC(y, m, anchor.getUTCDate() + offset)));
  if (unit === "week") {
    const mondayShift = (anchor.getUTCDay() + 6) % 7;
    return iso(new Date(Date.UTC(y, m, anchor.getUTCDate() - mondayShift + 7 * offset)));
  }
  if (unit === "month") return iso(new Date(Date.UTC(y, m + offset, 1)));
  return `${y + offset}-01-01`;
}

/** "on Monday": the Monday on or before the publication day; "next Monday": the one after. */
export function resolveWeekday(anchor: Date, weekday: number, direction: -1 | 1): string {
  let diff = (anchor.getUTCDay() - weekday + 7) % 7;
  if (direction === 1) diff = -(((weekday - anchor.getUTCDay() + 6) % 7) + 1);
  return iso(new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate() - diff)));
}

export interface DateInput {
  readonly text: string;
  readonly tokens: readonly MatchToken[];
  readonly publishedAt: string | null;
  readonly relative: PhraseTrie<RelativeDate>;
}

export function findDateMentions(input: DateInput): DraftMention[] {
  const { text, tokens } = input;
  const anchor =
    input.publishedAt && !Number.isNaN(Date.parse(input.publishedAt)) ? new Date(input.publishedAt) : null;
  const out: DraftMention[] = [];
  const n = tokens.length;
  const key = (i: number) => tokens[i]?.key ?? "";
  const isNum = (i: number, max: number) =>
    /^\d{1,2}$/.test(key(i)) && Number(key(i)) >= 1 && Number(key(i)) <= max;
  const isYear = (i: number) => /^(?:1[89]|20)\d\d$/.test(key(i));
  const emit = (
    from: number,
    to: number,
    value: string | null,
    precision: Precision,
    relative: boolean,
    source?: string,
  ) => {
    out.push({
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
      kind: "date",
      form: relative ? "nominal" : "name",
      name: value ?? text.slice(tokens[from]!.start, tokens[to - 1]!.end),
      code: value,
      ...(value ? { date: { value, precision } } : {}),
      ...(source ? { source } : {}),
    });
  };
  /** Year for a day-month without one: the publication year, or the one before when too far ahead. */
  const guessYear = (month: number, day: number): number | null => {
    if (!anchor) return null;
    const y = anchor.getUTCFullYear();
    const date = validDay(y, month, day);
    if (date && (date.getTime() - anchor.getTime()) / 86_400_000 > MAX_FUTURE_DAYS) return y - 1;
    return y;
  };
  /** Skips an ordinal suffix ("16th") and an abbreviation dot ("Sept."). */
  const after = (i: number) =>
    /^(?:st|nd|rd|th)$/.test(key(i)) && tokens[i]!.start === tokens[i - 1]!.end ? i + 1 : i;
  const afterDot = (i: number) => (key(i) === "." && tokens[i]!.start === tokens[i - 1]!.end ? i + 1 : i);

  /** A relative phrase from data/dates/relative-dates.tsv at token i: emits it, returns its end. */
  const relativeAt = (i: number): number | null => {
    const rel = input.relative.matchAt(tokens, i)[0];
    if (!rel) return null;
    const r = rel.entries[0]!.value;
    const value = anchor ? resolveRelative(anchor, r.unit, r.offset) : null;
    emit(i, rel.to, value, r.unit === "day" ? "day" : r.unit, true, r.source);
    return rel.to;
  };

  for (let i = 0; i < n; ) {
    const k = key(i);
    const t = tokens[i]!;
    // Fast path: a lower-case word that is no number word can only open a relative phrase.
    const c = t.text.charCodeAt(0);
    const isDigit = c >= 48 && c <= 57;
    if (!isDigit && !isCapitalized(t.text) && lookup(NUMBER_WORDS_BY_WORD, k) === undefined) {
      const next = relativeAt(i);
      i = next ?? i + 1;
      continue;
    }
    // ISO 8601: 2020-06-16
    if (
      isYear(i) &&
      key(i + 1) === "-" &&
      /^\d\d$/.test(key(i + 2)) &&
      key(i + 3) === "-" &&
      /^\d\d$/.test(key(i + 4))
    ) {
      const d = validDay(Number(k), Number(key(i + 2)), Number(key(i + 4)));
      if (d && tokens[i + 4]!.end - t.start === 10) {
        emit(i, i + 5, iso(d), "day", false);
        i += 5;
        continue;
      }
    }
    const month = isCapitalized(t.text) ? lookup(MONTHS_BY_WORD, k) : undefined;
    // "May" alone is too often the verb: a month name counts only next to a day or a year.
    if (month) {
      let j = afterDot(i + 1);
      if (isNum(j, 31)) {
        const day = Number(key(j));
        j = after(j + 1);
        let year: number | null = null;
        let end = j;
        if (key(j) === "," && isYear(j + 1)) {
          year = Number(key(j + 1));
          end = j + 2;
        } else if (isYear(j)) {
          year = Number(key(j));
          end = j + 1;
        }
        const y = year ?? guessYear(month, day);
        const d = y ? validDay(y, month, day) : null;
        emit(i, end, d ? iso(d) : null, "day", false);
        i = end;
        continue;
      }
      if (isYear(j) && k !== "may") {
        emit(i, j + 1, `${key(j)}-${pad(month)}-01`, "month", false);
        i = j + 1;
        continue;
      }
    }
    // "16 June 2020", "16 June"
    if (isNum(i, 31)) {
      const j = after(i + 1);
      const m2 = tokens[j] && isCapitalized(tokens[j]!.text) ? lookup(MONTHS_BY_WORD, key(j)) : undefined;
      if (m2) {
        const j2 = afterDot(j + 1);
        const day = Number(k);
        const year = isYear(j2) ? Number(key(j2)) : guessYear(m2, day);
        const end = isYear(j2) ? j2 + 1 : j2;
        const d = year ? validDay(year, m2, day) : null;
        emit(i, end, d ? iso(d) : null, "day", false);
        i = end;
        continue;
      }
    }
    // Weekdays: "Monday", "on Monday", "last Monday", "next Monday"
    const weekday = isCapitalized(t.text) ? lookup(WEEKDAYS_BY_WORD, k) : undefined;
    if (weekday !== undefined) {
      const prev = key(i - 1);
      const direction = prev === "next" ? 1 : -1;
      const from = prev === "next" || prev === "last" || prev === "this" ? i - 1 : i;
      emit(from, i + 1, anchor ? resolveWeekday(anchor, weekday, direction) : null, "day", true);
      i++;
      continue;
    }
    // "three days ago", "2 weeks ago"
    const count = /^\d+$/.test(k) ? Number(k) : lookup(NUMBER_WORDS_BY_WORD, k);
    if (count !== undefined && lookup(UNITS_BY_WORD, key(i + 1)) && key(i + 2) === "ago") {
      const unit = lookup(UNITS_BY_WORD, key(i + 1))!;
      emit(
        i,
        i + 3,
        anchor ? resolveRelative(anchor, unit, -count) : null,
        unit === "day" ? "day" : unit,
        true,
      );
      i += 3;
      continue;
    }
    const next = relativeAt(i);
    if (next !== null) {
      i = next;
      continue;
    }
    if (isYear(i) && YEAR_PREPOSITIONS.has(key(i - 1)) && !/^\d/.test(key(i + 1)) && key(i + 1) !== "-") {
      emit(i, i + 1, `${k}-01-01`, "year", false);
      i++;
      continue;
    }
    i++;
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const MONTHS_BY_WORD = tableOf(MONTHS);
const WEEKDAYS_BY_WORD = tableOf(WEEKDAYS);
const UNITS_BY_WORD = tableOf(UNITS);
const NUMBER_WORDS_BY_WORD = tableOf(NUMBER_WORDS);
