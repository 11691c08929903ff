// The labels the line classifier gives to units of a scrape, shared by its rule files.
import type { DatelineReading } from "../dates/dateline-line.ts";
import type { Byline } from "./byline-parse.ts";
import type { ChromePhrase } from "./chrome-phrases.ts";
import type { UnitFeatures } from "./line-features.ts";
import type { PhotoCreditSplit } from "./photo-credit.ts";
import type { TextUnit } from "./split-units.ts";

export type UnitLabel = "body" | "title" | "date" | "byline" | "image" | "caption" | "chrome";

export interface ClassifiedUnit {
  readonly unit: TextUnit;
  readonly label: UnitLabel;
  /** Why, for debugging and golden review: "chrome phrase: cta", "widget list", "prose". */
  readonly reason: string;
  readonly features: UnitFeatures;
  /** Body text of the unit: the whole unit, or the sentence after a photo credit on the same line. */
  readonly bodyText: string | null;
  readonly dates?: readonly DatelineReading[];
  readonly byline?: Byline;
  readonly credit?: PhotoCreditSplit;
  /** Caption text of a caption unit (a labelled "Image caption, ..." line loses its label), or of
   * an image unit whose credit is followed by its caption on the same line. */
  readonly captionText?: string;
}

export interface ClassifierResources {
  readonly phrases: readonly ChromePhrase[];
  readonly bylineWords: readonly RegExp[];
  /** "Now", for relative datelines ("Updated 2 hours ago"); without it they are not read. */
  readonly now?: Date;
}

/**
 * A unit while the classifier works: `pending` marks one whose label still depends on its
 * neighbours and position (prose is body unless a rule says otherwise; short lines are chrome
 * unless they are a headline, caption, list item or crosshead).
 */
export type Pending = ClassifiedUnit & { readonly pending?: "prose" | "short" };

/** The unit with a settled label. */
export function settle(
  u: Pending,
  label: UnitLabel,
  reason: string,
  bodyText: string | null = null,
): Pending {
  return { ...u, label, reason, pending: undefined, bodyText };
}

/** Lower-case letters and digits only, for comparing units ("China, Pakistan" = "china pakistan"). */
export function textKey(text: string): string {
  const lower = text.toLowerCase();
  // On ASCII text the Unicode classes reduce to [a-z0-9], a much cheaper pattern.
  return (
    NON_ASCII.test(text) ? lower.replace(/[^\p{L}\p{N}]+/gu, " ") : lower.replace(/[^a-z0-9]+/g, " ")
  ).trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

const unitKeys = new WeakMap<TextUnit, string>();

/** textKey of a unit, computed once: repeats, pull quotes and the headline all compare units by it. */
export function unitKey(unit: TextUnit): string {
  let key = unitKeys.get(unit);
  if (key === undefined) {
    key = textKey(unit.text);
    unitKeys.set(unit, key);
  }
  return key;
}
