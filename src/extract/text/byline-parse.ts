// Bylines: "By Jane Doe and John Roe", "By Jane Doe, Reuters", "By JANE DOE | June 16, 2020".
// A byline is metadata (authors, maybe a date), not body text.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDateWithZone, type ZonedDate } from "../dates/parse-date-text.ts";

export interface Byline {
  readonly authors: readonly string[];
  /** A date written in the byline itself ("By Jane Doe | June 16, 2020"). */
  readonly date: ZonedDate | null;
}

/** Bylines are short; a longer line starting with "By" is a sentence ("By Monday, the talks had..."). */
const MAX_BYLINE_WORDS = 20;
/** Words in one person's name: "Ali", initials and particles count ("Jan van der Berg" is 4). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 5;

const NAME_PARTICLES = new Set([
  "de",
  "da",
  "van",
  "von",
  "der",
  "den",
  "al",
  "bin",
  "ibn",
  "el",
  "la",
  "le",
  "du",
  "dos",
]);

const cache = new Map<string, readonly RegExp[]>();

/** Agency, desk and job words from data/chrome/byline-words.txt (optional in a user folder). */
export function loadBylineWords(dataDir: string, optional = false): readonly RegExp[] {
  const file = join(dataDir, "chrome", "byline-words.txt");
  if (optional && !existsSync(file)) return [];
  let words = cache.get(file);
  if (!words) {
    words = readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"))
      .map((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu"));
    cache.set(file, words);
  }
  return words;
}

/** "JANE DOE" -> "Jane Doe"; names already in mixed case are kept as written. */
function fixCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function isPersonName(segment: string, nonNameWords: readonly RegExp[]): boolean {
  const tokens = segment.split(/\s+/).filter(Boolean);
  if (tokens.length < MIN_NAME_WORDS || tokens.length > MAX_NAME_WORDS) return false;
  if (nonNameWords.some((re) => re.test(segment))) return false;
  if (!/^\p{Lu}/u.test(tokens[0]!)) return false;
  return tokens.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t) || NAME_PARTICLES.has(t.toLowerCase()));
}

/** A date stamp ahead of the byline: "Posted on 02/10/2020 by Jane Doe", "June 3, 2021 by Jane Doe". */
const DATE_THEN_BYLINE = /^(?:(?:posted|published|updated|written)\s+(?:on\s+)?)?(.{6,40}?)\s+by\s+(.+)$/i;

/** Authors and date of a byline line, or null when the line is not a byline. */
export function readByline(text: string, nonNameWords: readonly RegExp[]): Byline | null {
  const byline = readLeadingByline(text, nonNameWords);
  if (byline) return byline;
  const dated = DATE_THEN_BYLINE.exec(text.trim());
  const date = dated ? parseDateWithZone(dated[1]!) : null;
  if (!dated || !date) return null;
  // The stamp must be only a date ("Posted on 02/10/2020"), not a sentence that holds one.
  if (dated[1]!.split(/\s+/).length > MAX_DATE_STAMP_WORDS) return null;
  const named = readLeadingByline(`By ${dated[2]!}`, nonNameWords);
  return named ? { authors: named.authors, date: named.date ?? date } : null;
}

/** "Tue, June 16, 2020 at 11:29 AM" is eight words; a longer lead before "by" is a sentence. */
const MAX_DATE_STAMP_WORDS = 8;

function readLeadingByline(text: string, nonNameWords: readonly RegExp[]): Byline | null {
  const m = /^(?:by|written by|words by|story by|text by|posted by|reported by)[:\s]+(.+)$/i.exec(
    text.trim(),
  );
  if (!m) return null;
  const body = m[1]!;
  if (body.split(/\s+/).length > MAX_BYLINE_WORDS) return null;
  const authors: string[] = [];
  let date: ZonedDate | null = null;
  const segments = body.split(/\s*(?:[,|•·;]|\s[-—–]\s)\s*|\s+(?:and|&)\s+/i).filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i]!;
    // "Jane Doe in Islamabad", "Jane Doe at the United Nations": the place is not part of the name.
    const segment = raw.replace(/\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\s]*$/u, "").trim();
    if (isPersonName(segment, nonNameWords)) {
      authors.push(fixCase(segment));
      continue;
    }
    // A date split by its own commas ("June 16, 2020") is read from up to three segments; the
    // longest run wins, so "24 June 2021, 18:40 CEST" keeps its time.
    const dateSpan = [3, 2, 1].find(
      (n) => i + n <= segments.length && parseDateWithZone(segments.slice(i, i + n).join(", ")),
    );
    if (dateSpan !== undefined) {
      date ??= parseDateWithZone(segments.slice(i, i + dateSpan).join(", "));
      i += dateSpan - 1;
      continue;
    }
    // The first segment must be a person; later ones may be an agency or a job title.
    if (i === 0) return null;
    if (raw.split(/\s+/).length > 6 || /[.!?]$/.test(raw.trim()) || !/^\p{Lu}/u.test(raw)) return null;
  }
  return authors.length > 0 ? { authors, date } : null;
}
