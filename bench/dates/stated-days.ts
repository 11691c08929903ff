// The day a page of the extraction sets states for itself, as fresh evidence for the date extractor
// (those sets have no publication-day gold): the URL's /YYYY/MM/DD/ or YYYY-MM-DD, else the first
// date in the opening of the human-copied article text (where a dateline or stamp sits). Not gold,
// but read as the page states it: a stamp's day is the day it writes ("November 1, 2012 2:33 am
// AEST" is the 1st, though 31 October in UTC), and a line labelled as an update ("Updated July 23,
// 2012") says when the story changed, not when it was published, so it is no evidence.
import { parseDateText } from "../../src/extract/dates/index.ts";
import { parseDateValue } from "../../src/extract/html/meta-date-value.ts";

/** The day a URL states as /YYYY/MM/DD/ or YYYY-MM-DD; null when none. */
export function urlDay(url: string): string | null {
  const m = /(?:^|[/_-])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(
    url,
  );
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A label of an update before a date: "Updated", "Last modified", "Aktualisiert", "Mis à jour". */
const UPDATE_LABEL =
  /\b(?:updated?|last modified|modified|revised|edited|aktualisiert|mis à jour|actualizado|aggiornato)\b/i;

/** The first day stated in the opening of the copied article text, on the calendar the line
 * writes; a line whose date is labelled an update is skipped. */
export function textDay(body: string): string | null {
  for (const line of body.slice(0, 400).split(/\n+/)) {
    // The text parser decides whether a line states a date (no bare "11.12.12"); the value reader
    // gives the day it writes.
    const d = parseDateText(line) ? parseDateValue(line) : null;
    if (!d) continue;
    if (UPDATE_LABEL.test(line)) continue;
    return d.day;
  }
  return null;
}

export type StatedVerdict = "no-evidence" | "agree" | "none" | "disagree";

/** How our day compares with what the page states (either source agreeing counts as agreement). */
export function compareStated(pred: string | null, url: string | undefined, body: string): StatedVerdict {
  const fromUrl = url ? urlDay(url) : null;
  const fromText = textDay(body);
  if (!fromUrl && !fromText) return "no-evidence";
  if (pred !== null && (pred === fromUrl || pred === fromText)) return "agree";
  return pred === null ? "none" : "disagree";
}
