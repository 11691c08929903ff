// Elapsed-time stamps: "2 hours ago", "vor 3 Tagen", "il y a une heure", "Yesterday at 10:15".
// Pages print these instead of a date; they mean something only against the time the page was
// read, so the metadata extractor uses them last, when the page states no date of its own.
// The words come from data/dates/elapsed-time.tsv.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATE_DATA_DIR } from "./date-tables.ts";

type Unit = "minute" | "hour" | "day" | "week";

const UNIT_MS: Readonly<Record<Unit, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/** A stamp read against a reference time: the instant, or only the day for day-sized units. */
export interface ElapsedStamp {
  /** The instant in UTC, for minutes and hours; midnight UTC of the day otherwise. */
  readonly ms: number;
  /** "minute" when the stamp fixes the time of day (to the hour or better), else "day". */
  readonly precision: "minute" | "day";
  /** A wall-clock time stated on a named day ("Yesterday at 10:15"): the page's own clock, no zone. */
  readonly wallClock: boolean;
}

export interface ElapsedTimeTables {
  readonly units: ReadonlyMap<string, Unit>;
  readonly ones: ReadonlySet<string>;
  readonly agoBefore: readonly string[];
  readonly agoAfter: readonly string[];
  readonly days: ReadonlyMap<string, number>;
}

export function loadElapsedTimeTables(file = join(DATE_DATA_DIR, "elapsed-time.tsv")): ElapsedTimeTables {
  const units = new Map<string, Unit>();
  const ones = new Set<string>();
  const agoBefore: string[] = [];
  const agoAfter: string[] = [];
  const days = new Map<string, number>();
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [kind, word, value] = line.split("\t").map((c) => c.trim());
    const bad = () => new Error(`elapsed-time.tsv: bad row "${line}"`);
    if (!word) throw bad();
    if (kind === "unit" && value && value in UNIT_MS) units.set(word, value as Unit);
    else if (kind === "one" && value === "1") ones.add(word);
    else if (kind === "ago" && value === "before") agoBefore.push(word);
    else if (kind === "ago" && value === "after") agoAfter.push(word);
    else if (kind === "day" && (value === "0" || value === "-1")) days.set(word, Number(value));
    else throw bad();
  }
  return { units, ones, agoBefore, agoAfter, days };
}

let defaultTables: ElapsedTimeTables | null = null;
let defaultPatterns: Patterns | null = null;

interface Patterns {
  readonly tables: ElapsedTimeTables;
  readonly before: RegExp;
  readonly after: RegExp;
  readonly day: RegExp;
}

const wordPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alternatives = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(wordPattern)
    .join("|");

function patternsFor(tables: ElapsedTimeTables): Patterns {
  const count = `(\\d{1,3}|${alternatives(tables.ones)})`;
  const unit = `(${alternatives(tables.units.keys())})`;
  // Word edges by letters, not \b: "aujourd'hui", "días" and "há" hold characters \b does not see.
  const start = "(?<![\\p{L}\\d])";
  const end = "(?![\\p{L}])";
  return {
    tables,
    before: new RegExp(`${start}(?:${alternatives(tables.agoBefore)})\\s+${count}\\s+${unit}${end}`, "iu"),
    after: new RegExp(`${start}${count}\\s+${unit}\\.?\\s+(?:${alternatives(tables.agoAfter)})${end}`, "iu"),
    day: new RegExp(
      `^\\s*(${alternatives(tables.days.keys())})${end}(?:\\D{0,8}?(\\d{1,2})[:.h](\\d{2})\\s*([ap]\\.?m\\.?)?)?`,
      "iu",
    ),
  };
}

/** Reads an elapsed-time stamp in a short text against `reference` (when the page was read). */
export function readElapsedTime(
  text: string,
  reference: Date,
  tables?: ElapsedTimeTables,
): ElapsedStamp | null {
  if (text.length > 200) return null;
  if (!tables) {
    defaultTables ??= loadElapsedTimeTables();
    tables = defaultTables;
  }
  if (defaultPatterns?.tables !== tables) defaultPatterns = patternsFor(tables);
  const p = defaultPatterns;
  const now = reference.getTime();
  const elapsed = p.before.exec(text) ?? p.after.exec(text);
  if (elapsed) {
    const n = /^\d+$/.test(elapsed[1]!) ? Number(elapsed[1]) : 1;
    const unit = p.tables.units.get(elapsed[2]!.toLowerCase().replace(/\s+/g, " "))!;
    const ms = now - n * UNIT_MS[unit];
    if (unit === "minute" || unit === "hour") return { ms, precision: "minute", wallClock: false };
    return { ms: midnight(ms), precision: "day", wallClock: false };
  }
  const named = p.day.exec(text);
  if (!named) return null;
  const day = midnight(now + p.tables.days.get(named[1]!.toLowerCase())! * UNIT_MS.day);
  if (named[2] === undefined) return { ms: day, precision: "day", wallClock: false };
  let hours = Number(named[2]);
  const minutes = Number(named[3]);
  const meridiem = named[4]?.toLowerCase().replace(/\./g, "");
  if (meridiem === "pm" && hours < 12) hours += 12;
  if (meridiem === "am" && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return { ms: day, precision: "day", wallClock: false };
  return { ms: day + hours * UNIT_MS.hour + minutes * UNIT_MS.minute, precision: "minute", wallClock: true };
}

function midnight(ms: number): number {
  return ms - (((ms % UNIT_MS.day) + UNIT_MS.day) % UNIT_MS.day);
}
