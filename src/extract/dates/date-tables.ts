// The editable tables behind the date parser: zone abbreviations and month names, read from
// data/dates/*.tsv once and then shared read-only (they are facts, not per-run state).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { addMonthNames, foldLetters, type PhraseMonth } from "./cldr-months.ts";
import { makeCalendar, type OtherCalendar } from "./other-calendars.ts";

/** data/dates/, found relative to this file so it works from any working directory. */
export const DATE_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "dates");

export interface DateTables {
  /** Zone abbreviation (upper case) -> offset from UTC in minutes. */
  readonly zones: ReadonlyMap<string, number>;
  /** Month name or abbreviation (lower case; Arabic-script letters folded, cldr-months.ts) ->
   * month number 1..12: months.tsv, then the CLDR names of month-locales.tsv. */
  readonly months: ReadonlyMap<string, number>;
  /** Month names of several words ("تشرين الأول"), by their first word. */
  readonly phraseMonths?: ReadonlyMap<string, readonly PhraseMonth[]>;
  /** Calendars other than the Gregorian (calendars.tsv). */
  readonly calendars?: readonly OtherCalendar[];
  /** Words for before and after noon beside a 12-hour clock ("오후", "午後"; day-periods.tsv). */
  readonly dayPeriods?: ReadonlyMap<string, "a" | "p">;
}

/** Rows of a tab-separated data file, without blank lines and `#` comments. */
function readRows(file: string): string[][] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t").map((cell) => cell.trim()));
}

/** "+05:30" -> 330, "-04:00" -> -240. */
export function parseOffset(text: string): number | null {
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? "0");
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

export function loadDateTables(dir: string = DATE_DATA_DIR): DateTables {
  const zones = new Map<string, number>();
  for (const [abbr, offset] of readRows(join(dir, "time-zones.tsv"))) {
    const minutes = offset ? parseOffset(offset) : null;
    if (!abbr || minutes === null) throw new Error(`time-zones.tsv: bad row "${abbr}\t${offset}"`);
    zones.set(abbr.toUpperCase(), minutes);
  }
  const months = new Map<string, number>();
  for (const [name, number] of readRows(join(dir, "months.tsv"))) {
    const month = Number(number);
    if (!name || !(month >= 1 && month <= 12)) throw new Error(`months.tsv: bad row "${name}\t${number}"`);
    months.set(name.toLowerCase(), month);
  }
  // The CLDR layers are optional so that a test's own small tables need not carry them.
  const phraseMonths = new Map<string, PhraseMonth[]>();
  const cldrFile = join(dir, "months-cldr.tsv");
  if (existsSync(cldrFile)) {
    const rows = readRows(cldrFile).map(([name, number]) => ({ name: name ?? "", month: Number(number) }));
    for (const { name, month } of rows)
      if (!name || !(month >= 1 && month <= 12)) throw new Error(`months-cldr.tsv: bad row "${name}"`);
    addMonthNames(rows, months, phraseMonths);
  }
  const calendars: OtherCalendar[] = [];
  const calendarsFile = join(dir, "calendars.tsv");
  const calendarMonthsFile = join(dir, "calendar-months.tsv");
  if (existsSync(calendarsFile) && existsSync(calendarMonthsFile)) {
    const names = readRows(calendarMonthsFile);
    for (const [id, , script, years] of readRows(calendarsFile)) {
      const span = /^(\d{4})-(\d{4})$/.exec(years ?? "");
      if (!id || !script || !span) throw new Error(`calendars.tsv: bad row "${id}"`);
      const own = new Map<string, number>();
      for (const [name, number, calendar] of names)
        if (calendar === id && name) own.set(foldLetters(name.toLowerCase()), Number(number));
      calendars.push(makeCalendar(id, own, script, Number(span[1]), Number(span[2])));
    }
  }
  const dayPeriods = new Map<string, "a" | "p">();
  const dayPeriodsFile = join(dir, "day-periods.tsv");
  if (existsSync(dayPeriodsFile)) {
    for (const [word, period] of readRows(dayPeriodsFile)) {
      if (!word || (period !== "am" && period !== "pm"))
        throw new Error(`day-periods.tsv: bad row "${word}"`);
      dayPeriods.set(word, period === "am" ? "a" : "p");
    }
  }
  return { zones, months, phraseMonths, calendars, dayPeriods };
}

let defaultTables: DateTables | null = null;

/** The project's own tables, loaded on first use. */
export function getDefaultDateTables(): DateTables {
  defaultTables ??= loadDateTables();
  return defaultTables;
}
