// The date of an event: a date the sentence states (a date mention, or "on Monday", "yesterday",
// "last week" counted back from the article date), else the article's own date.
import type { Mention } from "../types.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DAY_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Article day (YYYY-MM-DD) from its ISO timestamp, or null. */
export function articleDay(publishedAt: string | null): string | null {
  return publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

/**
 * Resolves the relative day words of a sentence against the article day. News reports the past:
 * "on Monday" in a Tuesday story is the day before; a story's own weekday is that day.
 */
export function sentenceDate(words: readonly string[], dateMentions: readonly Mention[], day: string | null) {
  const stated = dateMentions.find((m) => m.date && /^\d{4}-\d{2}-\d{2}/.test(m.date.value));
  if (stated?.date) return stated.date.value.slice(0, 10);
  if (!day) return null;
  const base = Date.parse(`${day}T00:00:00Z`);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "yesterday") return iso(base - DAY_MS);
    if (w === "today" || w === "tonight") return day;
    if ((w === "last" || w === "past") && words[i + 1] === "week") return iso(base - 7 * DAY_MS);
    const weekday = WEEKDAYS.indexOf(w);
    if (weekday >= 0 && (words[i - 1] === "on" || words[i - 1] === "last" || words[i - 1] === "this")) {
      const back = (new Date(base).getUTCDay() - weekday + 7) % 7;
      return iso(base - (words[i - 1] === "last" && back === 0 ? 7 : back) * DAY_MS);
    }
  }
  return day;
}
