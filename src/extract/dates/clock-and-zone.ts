// The clock time written near a found day ("11:29 AM", "14:05", "2.05pm", "14h05") and the zone
// written after it ("EDT", "+0530", "GMT+8", "Z", the US generic "ET" by the daylight-saving rule).
import type { CalendarDay, Clock } from "./calendar-day.ts";
import { makeClock } from "./calendar-day.ts";
import { type DateTables, parseOffset } from "./date-tables.ts";

/** A clock further than this from the date (in characters) belongs to other text, not to the date. */
const MAX_CLOCK_DISTANCE = 40;
/** Room for the clock itself ("11:29:05 a.m.") beyond MAX_CLOCK_DISTANCE. */
const CLOCK_WINDOW_SLACK = 20;

/** The clock time closest to the date: "11:29 AM", "14:05", "08:00:12", "2.05pm", "9 a.m.", "14h05". */
export function findClock(fullText: string, day: CalendarDay, tables: DateTables): Clock | null {
  // Only the neighbourhood of the date can hold its clock; slicing keeps long strings linear.
  const offset = Math.max(0, day.start - MAX_CLOCK_DISTANCE - CLOCK_WINDOW_SLACK);
  const text = fullText.slice(offset, day.end + MAX_CLOCK_DISTANCE + CLOCK_WINDOW_SLACK);
  const local = { ...day, start: day.start - offset, end: day.end - offset };
  const clock = findClockNear(text, local, tables) ?? findHanClock(text, local, tables);
  return clock ? { ...clock, start: clock.start + offset, end: clock.end + offset } : null;
}

/** Hours and minutes written with the CJK unit words, after the date: "午後3時5分", "오후 4시 11분",
 * "16时11分". */
const HAN_CLOCK = /(?<!\d)(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]/gu;

function findHanClock(text: string, day: CalendarDay, tables: DateTables): Clock | null {
  for (const m of text.slice(day.end).matchAll(HAN_CLOCK)) {
    const start = day.end + m.index;
    if (start - day.end > MAX_CLOCK_DISTANCE) break;
    if (/[|•·]|\d{4}/.test(text.slice(day.end, start))) break;
    const end = start + m[0].length;
    const hour = Number(m[1]);
    const period = hour <= 12 ? dayPeriodBeside(text, start, end, tables) : undefined;
    return makeClock(hour, Number(m[2]), null, period, start, end);
  }
  return null;
}

function findClockNear(text: string, day: CalendarDay, tables: DateTables): Clock | null {
  const re =
    /(?<![\d:.])(\d{1,2})(?:([:h])(\d{2})(?::(\d{2}))?|\.(\d{2})(?=\s*(?:[ap]\.?m|[A-Z]{2,5}(?![\p{L}])))|(?=\s*[ap]\.?m))(?:\s*([ap])\.?\s?m\.?(?![\p{L}]))?(?![\d:])/giu;
  let best: Clock | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < day.end && end > day.start) continue; // inside the date itself
    const minute = m[3] ?? m[5];
    if (minute === undefined && !m[6]) continue; // a bare number is not a time
    if (m[2] === "h" && m[6]) continue;
    const clock = makeClock(
      Number(m[1]),
      Number(minute ?? "0"),
      m[4] !== undefined ? Number(m[4]) : null,
      // A 24-hour clock ("오후 16:11") keeps its hour whatever word stands beside it.
      m[6] ?? (Number(m[1]) <= 12 ? dayPeriodBeside(text, start, end, tables) : undefined),
      start,
      end,
    );
    if (!clock) continue;
    const distance = end <= day.start ? day.start - end : start - day.end;
    // A separator or another year between them means the clock belongs to another stamp.
    const gap = end <= day.start ? text.slice(end, day.start) : text.slice(day.end, start);
    if (/[|•·]|\d{4}/.test(gap)) continue;
    if (distance <= MAX_CLOCK_DISTANCE && distance < bestDistance) {
      best = clock;
      bestDistance = distance;
    }
  }
  return best;
}

/** A word for before or after noon written next to the clock at [start, end) ("오후 4:11",
 * "午後4:11", "4:11 下午"): "a", "p", or undefined. */
function dayPeriodBeside(
  text: string,
  start: number,
  end: number,
  tables: DateTables,
): "a" | "p" | undefined {
  const periods = tables.dayPeriods;
  if (!periods || periods.size === 0) return undefined;
  const before = /([\p{L}]+)\s?$/u.exec(text.slice(Math.max(0, start - 8), start));
  const after = /^\s?([\p{L}]+)/u.exec(text.slice(end, end + 8));
  return (before && periods.get(before[1]!)) ?? (after && periods.get(after[1]!)) ?? undefined;
}

/** A zone written right after `position`: "EDT", "(GMT)", "+0530", "GMT+8", "UTC-05:00", "Z". */
export function readZoneAt(text: string, position: number, tables: DateTables): number | null {
  const rest = text.slice(position);
  const m =
    /^[\s,]*(?:(?:Uhr|hrs|hours|h)\s+)?\(?(?:(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)|([+-]\d{2}:?\d{2})(?!\d)|(Z)(?![\p{L}\d])|([A-Z]{2,5})(?![\p{L}]))/u.exec(
      rest,
    );
  if (!m) return null;
  if (m[1]) return parseOffset(m[1]);
  if (m[2]) return parseOffset(m[2]);
  if (m[3]) return 0;
  return tables.zones.get(m[4]!) ?? null;
}

/** US generic zones ("11:29 AM ET") name no season; their offset follows the US daylight-saving rule. */
const US_GENERIC_STANDARD_OFFSETS: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** US daylight saving time (rule in force since 2007): second Sunday of March to first Sunday of November. */
function isUsDaylightTime(year: number, month: number, day: number): boolean {
  const nthSunday = (m: number, n: number) => {
    const firstWeekday = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
  };
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  return month === 3 ? day >= nthSunday(3, 2) : day < nthSunday(11, 1);
}

export function readUsGenericZone(text: string, position: number, day: CalendarDay): number | null {
  const m = /^[\s,]*\(?(ET|CT|MT|PT)(?![\p{L}])/u.exec(text.slice(position));
  if (!m) return null;
  const standard = US_GENERIC_STANDARD_OFFSETS[m[1]!]!;
  return isUsDaylightTime(day.year, day.month, day.day) ? standard + 60 : standard;
}
