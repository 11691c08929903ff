// The line classifier: labels every unit of a scrape as body, headline, metadata (date, byline,
// image credit, caption) or page chrome, from its features, its position and its neighbours.
//   1. each unit alone (label-unit-alone.ts)
//   2. widget lists, a trailing author note, repeats and pull quotes (unit-context-rules.ts)
//   3. the headline: the first headline-shaped line above the article text
//   4. what is still pending, by position: prose is body; short lines are chrome unless they are a
//      caption, a list inside the article or a crosshead
import { labelUnitAlone } from "./label-unit-alone.ts";
import type { TextUnit } from "./split-units.ts";
import {
  dropRepeats,
  dropTrailingAuthorBio,
  isCaptionAbove,
  isCrosshead,
  isListIntro,
  isListItem,
  markWidgetLists,
  restatesTitle,
} from "./unit-context-rules.ts";
import type { ClassifiedUnit, ClassifierResources, Pending } from "./unit-labels.ts";
import { settle, textKey, unitKey } from "./unit-labels.ts";

export type { ClassifiedUnit, ClassifierResources, UnitLabel } from "./unit-labels.ts";

// Thresholds, tuned together with those in unit-context-rules.ts on the golden scrapes
// (test/golden/scrapes) and the seed page; check a change against test/quality-floors.json.
/** A prose unit this long anchors the article body (shorter prose can be a tagline or caption). */
const STRONG_PROSE_WORDS = 8;
/** Headlines run 3-30 words; shorter lines are kickers or site names, longer ones are standfirsts. */
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 30;
/** Prefer a headline candidate of at least this many words over a shorter kicker before it. */
const PREFERRED_TITLE_WORDS = 5;

/** Article text for sure: a prose unit of some length, or the sentence after a photo credit. */
function isStrong(u: Pending): boolean {
  if (u.pending === "prose") return u.features.words >= STRONG_PROSE_WORDS;
  return u.label === "image" && u.bodyText !== null && u.bodyText.split(/\s+/).length >= STRONG_PROSE_WORDS;
}

/** The first headline-shaped unit above `end` (preferring one of 5+ words over a kicker), or -1. */
function pickTitle(units: Pending[], end: number): number {
  const candidates: number[] = [];
  for (let i = 0; i < (end < 0 ? units.length : end); i++) {
    const u = units[i]!;
    const f = u.features;
    if (!u.pending || f.words < MIN_TITLE_WORDS || f.words > MAX_TITLE_WORDS) continue;
    // A full stop ends a sentence or caption, and " | " joins a site name to its slogan.
    const text = u.unit.text;
    if (!f.startsCapital || f.isBulleted || /\.["”’]?$/.test(text) || / \| /.test(text)) continue;
    candidates.push(i);
  }
  return candidates.find((i) => units[i]!.features.words >= PREFERRED_TITLE_WORDS) ?? candidates[0] ?? -1;
}

export function classifyUnits(textUnits: readonly TextUnit[], res: ClassifierResources): ClassifiedUnit[] {
  const units: Pending[] = textUnits.map((u) => labelUnitAlone(u, res));
  markWidgetLists(units);
  dropTrailingAuthorBio(units, res);
  dropRepeats(units);

  const firstStrong = units.findIndex(isStrong);
  const lastStrong = units.findLastIndex(isStrong);
  // Summary bullets ("Key points:") may come before the headline; the article proper may not.
  const titleIndex = pickTitle(
    units,
    units.findIndex((u) => isStrong(u) && !u.features.isBulleted),
  );
  const title = titleIndex >= 0 ? units[titleIndex]!.unit.text : null;
  if (titleIndex >= 0) units[titleIndex] = settle(units[titleIndex]!, "title", "headline");
  const topEnd = firstStrong < 0 ? units.length : firstStrong;
  const titleKey = title ? textKey(title) : null;

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!u.pending) continue;
    if (titleKey !== null && unitKey(u.unit) === titleKey) {
      units[i] = settle(u, "chrome", "repeated headline");
    } else if (isCaptionAbove(units, i)) {
      units[i] = { ...settle(u, "caption", "above photo credit"), captionText: u.unit.text };
    } else if (i < topEnd && title && restatesTitle(u.unit.text, title)) {
      units[i] = settle(u, "chrome", "restates headline");
    } else if (u.pending === "prose") {
      units[i] = settle(u, "body", "prose", u.unit.text);
    } else if (i > firstStrong && i < lastStrong && (isListItem(u) || isListIntro(units, i))) {
      units[i] = settle(u, "body", "list in the article", u.unit.text);
    } else if (isCrosshead(units, i)) {
      units[i] = settle(u, "body", "crosshead", u.unit.text);
    } else {
      units[i] = settle(u, "chrome", i < topEnd ? "short, above the article" : "short, not a sentence");
    }
  }
  return units;
}
