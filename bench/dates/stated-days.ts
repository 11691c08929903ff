// The day a page of the extraction sets states for itself, as fresh evidence for the date extractor
// (those sets have no publication-day gold): the URL's /YYYY/MM/DD/ or YYYY-MM-DD, else the first
// date in the opening of the human-copied article text (where a dateline or stamp sits). Not gold:
// a copied text may open with an update stamp, and a text's "10:45 am AEST" day is read in UTC here.
import { parseDateText } from "../../src/extract/dates/index.ts";

/** The day a URL states as /YYYY/MM/DD/ or YYYY-MM-DD; null when none. */
export function urlDay(url: string): string | null {
  const m = /(?:^|[/_-])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(
    url,
  );
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The first day stated in the opening of the copied article text. */
export function textDay(body: string): string | null {
  for (const line of body.slice(0, 400).split(/\n+/)) {
    const d = parseDateText(line);
    if (d) return d.iso.slice(0, 10);
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
