// The editable tables behind the date parser: zone abbreviations and month names, read from
// data/dates/*.tsv once and then shared read-only (they are facts, not per-run state).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** data/dates/, found relative to this file so it works from any working directory. */
export const DATE_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "dates");

export interface DateTables {
  /** Zone abbreviation (upper case) -> offset from UTC in minutes. */
  readonly zones: ReadonlyMap<string, number>;
  /** Month name or abbreviation (lower case) -> month number 1..12. */
  readonly months: ReadonlyMap<string, number>;
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
  return { zones, months };
}

let defaultTables: DateTables | null = null;

/** The project's own tables, loaded on first use. */
export function getDefaultDateTables(): DateTables {
  defaultTables ??= loadDateTables();
  return defaultTables;
}
