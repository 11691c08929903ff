// Recognises a line that is only a page's date stamp ("Updated 11:29 AM EDT, Tue, Jun 16, 2020",
// "Published 3 March 2021 14:05 GMT | Last updated 4 March 2021") — metadata, not body text.
import {
  type ParseDateOptions,
  parseDateText,
  parseDateWithZone,
  type ZonedDate,
} from "./parse-date-text.ts";

/** What a dateline says its date is: first publication, a later update, or unstated. */
export type DatelineRole = "published" | "modified" | "unknown";

export interface DatelineReading extends ZonedDate {
  readonly role: DatelineRole;
}

/** Date stamps are short; a longer line with a date in it is a sentence that mentions a date. */
const MAX_DATELINE_CHARS = 160;
/** Words other than date parts a bare date stamp may carry ("local time", "Beijing time"). */
const MAX_OTHER_WORDS = 2;
/** An undated segment of a stamp line ("Source: Xinhua", "5 min read") has at most this many words. */
const MAX_LABEL_SEGMENT_WORDS = 4;

const MODIFIED_LEAD =
  /^\s*(?:last\s+)?(?:updated|modified|edited|revised|amended|aktualisiert|mis\s+à\s+jour|actualizado|aggiornato)\b/i;
const PUBLISHED_LEAD =
  /^\s*(?:first\s+)?(?:published|posted|released|created|issued|dated?|filed|veröffentlicht|publié|publicado|pubblicato)\b/i;

/** Tokens that belong to a date stamp itself, so a line of only these is a bare date. */
const DATE_PART =
  /^(?:\d+(?:st|nd|rd|th)?|[ap]\.?m\.?|am|pm|at|on|of|the|de|le|à|um|uhr|hrs|gmt|utc|local|time|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i;

function readOneStamp(
  segment: string,
  opts: ParseDateOptions,
  months: (w: string) => boolean,
): DatelineReading | null {
  const date = parseDateWithZone(segment, opts);
  if (!date) return null;
  const role: DatelineRole = MODIFIED_LEAD.test(segment)
    ? "modified"
    : PUBLISHED_LEAD.test(segment)
      ? "published"
      : "unknown";
  if (role === "unknown") {
    const words = segment
      .replace(/\b([ap])\.\s?m\./gi, "$1m")
      .replace(/[.,:;|•·()\-–—/]+/g, " ")
      .split(/\s+/)
      .filter(Boolean);
    // Upper-case 2-5 letter words are zone abbreviations (EDT, GMT) — the case matters here.
    const other = words.filter(
      (w) => !DATE_PART.test(w) && !/^[A-Z]{2,5}$/.test(w) && !months(w) && !/\d/.test(w),
    );
    if (other.length > MAX_OTHER_WORDS) return null;
    // "On June 3, 2021, talks resumed." is a short sentence, not a stamp.
    if (other.length > 0 && /[.!?]["”’]?$/.test(segment.trim().replace(/\b[ap]\.\s?m\.$/i, "am")))
      return null;
  }
  return { ...date, role };
}

/**
 * The date stamps on a dateline, one per segment ("Published … | Updated …"); empty when the line
 * is not a dateline (too long, no date, or a sentence that merely mentions a date).
 */
export function readDateline(line: string, opts: ParseDateOptions = {}): DatelineReading[] {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_DATELINE_CHARS) return [];
  // A sentence ("The talks began on June 3, 2021 in Geneva.") is not a stamp unless it leads with one.
  const segments = trimmed.split(
    /\s+[|•·]\s+|\s+[-–—]\s+(?=(?:last\s+)?(?:updated|modified|published|posted)\b)/i,
  );
  const readings: DatelineReading[] = [];
  const isMonth = (w: string) => /^\p{L}{3,}\.?$/u.test(w) && parseDateText(`1 ${w} 2000`, opts) !== null;
  for (const segment of segments) {
    const reading = readOneStamp(segment, opts, isMonth);
    if (reading) readings.push(reading);
    // A short undated segment is a label beside the stamp ("Source: Xinhua | Published ...").
    else if (segments.length === 1 || segment.split(/\s+/).length > MAX_LABEL_SEGMENT_WORDS) return [];
  }
  return readings;
}

/** True for a line that is only a date stamp, with or without a Published/Updated/Posted lead word. */
export function isDatelineLine(line: string, opts: ParseDateOptions = {}): boolean {
  return readDateline(line, opts).length > 0;
}
