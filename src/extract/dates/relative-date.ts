// Relative dates in a short string ("3 hours ago", "yesterday", "Updated Today"), read against a
// reference time; split from parse-date-text.ts, which tries them when no calendar date is written.
import type { ParsedDate, ParsedPrecision } from "./parse-date-text.ts";

function toIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

const RELATIVE_UNITS: Record<string, { ms: number; precision: ParsedPrecision }> = {
  minute: { ms: 60_000, precision: "minute" },
  min: { ms: 60_000, precision: "minute" },
  hour: { ms: 3_600_000, precision: "minute" },
  hr: { ms: 3_600_000, precision: "minute" },
  day: { ms: 86_400_000, precision: "day" },
  week: { ms: 7 * 86_400_000, precision: "day" },
};

/**
 * "today" or "yesterday" as a word of time. A capitalised one right after another capitalised word
 * is part of a name ("Caucasus Today", "USA Today", the agency of "BRUSSELS (Caucasus Today) -"),
 * unless that word leads a stamp ("Updated Today").
 */
const STAMP_LEAD_WORD =
  /^(?:updated|published|posted|modified|edited|revised|released|issued|filed|created|dated|first|last|on)$/i;

function hasDayWord(text: string, word: "today" | "yesterday"): boolean {
  for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, "gi"))) {
    const before = text.slice(0, m.index);
    const isCapitalised = /^\p{Lu}/u.test(m[0]);
    const previous = /(?:^|[\s(])([\p{Lu}][\p{L}'’.&-]*)\s+$/u.exec(before)?.[1];
    const inName = isCapitalised && previous !== undefined && !STAMP_LEAD_WORD.test(previous);
    if (!inName) return true;
  }
  return false;
}

/** "3 hours ago", "an hour ago", "yesterday", "today": only with a reference time. */
export function parseRelative(text: string, reference: Date): ParsedDate | null {
  const ago = /\b(\d{1,3}|an?|one)\s+(minute|min|hour|hr|day|week)s?\s+ago\b/i.exec(text);
  let ms: number | null = null;
  let precision: ParsedPrecision = "day";
  if (ago) {
    const unit = RELATIVE_UNITS[ago[2]!.toLowerCase()]!;
    const count = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : 1;
    ms = reference.getTime() - count * unit.ms;
    precision = unit.precision;
  } else if (hasDayWord(text, "yesterday")) {
    ms = reference.getTime() - 86_400_000;
  } else if (hasDayWord(text, "today")) {
    ms = reference.getTime();
  }
  if (ms === null) return null;
  if (precision === "day") {
    const d = new Date(ms);
    return { iso: toIso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())), precision };
  }
  return { iso: toIso(Math.floor(ms / 60_000) * 60_000), precision };
}
