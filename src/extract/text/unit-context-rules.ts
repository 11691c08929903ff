// Rules of the line classifier that look at a unit's neighbours: widget lists, repeated units and
// pull quotes, a trailing author note, captions above photo credits, lists and crossheads inside
// the article, and sub-headlines that restate the headline.
import type { ClassifierResources, Pending } from "./unit-labels.ts";
import { settle, textKey, unitKey } from "./unit-labels.ts";

// Thresholds, tuned together with those in classify-units.ts on the golden scrapes
// (test/golden/scrapes) and the seed page; check a change against test/quality-floors.json.
/** A widget label ("Related Articles", "Most Popular") is short. */
const MAX_WIDGET_LABEL_WORDS = 6;
/** A widget's list ends at a unit that is clearly article text: this long or several sentences. */
const LIST_END_WORDS = 25;
/** A shorter unit found inside a nearby longer paragraph is a pull quote; very short ones may be a crosshead. */
const MIN_PULL_QUOTE_WORDS = 5;
const MAX_PULL_QUOTE_WORDS = 40;
/** How many units before and after a pull quote its source paragraph may be. */
const PULL_QUOTE_WINDOW = 8;
/** An author's note is a sentence or two. */
const MAX_BIO_WORDS = 45;
/** A caption above a photo credit is short (longer units are article paragraphs) but not a lone label. */
const MIN_CAPTION_WORDS = 3;
const MAX_CAPTION_WORDS = 25;
/** A list item inside the article reads as text: at least this many lower-case words. */
const MIN_LIST_ITEM_LOWERCASE = 3;
/** Crossheads inside the article are short headings between two body paragraphs. */
const MIN_CROSSHEAD_WORDS = 2;
const MAX_CROSSHEAD_WORDS = 10;
/** A sub-headline that restates the headline is short and shares most of its content words. */
const MAX_RESTATING_WORDS = 12;
const RESTATING_OVERLAP = 0.6;

/** Units after a widget label ("Related Articles") up to the next clear article text are its list. */
export function markWidgetLists(units: Pending[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const isWidgetLabel =
      u.label === "chrome" &&
      u.features.chromeKinds.has("widget") &&
      u.features.words <= MAX_WIDGET_LABEL_WORDS;
    if (!isWidgetLabel) continue;
    for (let j = i + 1; j < units.length; j++) {
      const next = units[j]!;
      // Listed stories and comments carry their own bare dates and bylines; a "Published ..."
      // stamp below a list is still the article's own.
      const isListMetadata =
        (next.label === "date" && next.dates?.every((d) => d.role === "unknown")) || next.label === "byline";
      if (next.label !== "chrome" && next.pending === undefined && !isListMetadata) break;
      const isArticleText =
        next.pending === "prose" &&
        (next.features.words >= LIST_END_WORDS || next.features.sentences.length >= 2);
      if (isArticleText) break;
      if (next.pending || isListMetadata) units[j] = settle(next, "chrome", "widget list");
    }
  }
}

/**
 * "Somchai Rattana is a Bangkok-based correspondent covering ..." closing the page is a note about
 * the author, not news: a name, then is/was/reports/writes/covers, and a job word from the `bio`
 * phrases, in the last prose unit.
 */
export function dropTrailingAuthorBio(units: Pending[], res: ClassifierResources): void {
  const last = units.findLastIndex((u) => u.pending === "prose");
  const u = units[last];
  if (!u || u.features.words > MAX_BIO_WORDS) return;
  const first = u.features.sentences[0] ?? "";
  const namedSubject =
    /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was|has been|reports|writes|covers)\s/u;
  const jobWords = res.phrases.filter((p) => p.kind === "bio");
  if (namedSubject.test(first) && jobWords.some((p) => p.pattern.test(first))) {
    units[last] = settle(u, "chrome", "author bio");
  }
}

/** A prose unit within PULL_QUOTE_WINDOW of unit `i` whose text contains `key` and more. */
function hasLongerProseContaining(proseKeys: readonly string[], i: number, key: string): boolean {
  const end = Math.min(proseKeys.length - 1, i + PULL_QUOTE_WINDOW);
  for (let j = Math.max(0, i - PULL_QUOTE_WINDOW); j <= end; j++) {
    const p = proseKeys[j]!;
    if (p.length > key.length && p.includes(key)) return true;
  }
  return false;
}

/** A unit repeated word for word is kept once; a pull quote repeats a sentence of a nearby paragraph. */
export function dropRepeats(units: Pending[]): void {
  const seen = new Set<string>();
  const keys = units.map((u) => (u.pending ? unitKey(u.unit) : ""));
  // Pull quotes are looked for in the units that were prose before this pass settled any.
  const proseKeys = keys.map((k, i) => (units[i]!.pending === "prose" ? k : ""));
  for (const [i, u] of units.entries()) {
    if (!u.pending) continue;
    const k = keys[i]!;
    // Pull quotes sit near the paragraph they quote; the window also keeps this linear.
    const isPullQuote =
      u.features.words >= MIN_PULL_QUOTE_WORDS &&
      u.features.words <= MAX_PULL_QUOTE_WORDS &&
      hasLongerProseContaining(proseKeys, i, k);
    if (isPullQuote) units[i] = settle(u, "chrome", "pull quote");
    else if (seen.has(k)) units[i] = settle(u, "chrome", "repeated");
    seen.add(k);
  }
}

/** Content words, roughly singular: "Ties" and "tie" match. */
function contentWords(text: string): string[] {
  return textKey(text)
    .split(" ")
    .filter((w) => w.length > 2 && !["and", "the", "for", "with", "from", "into", "over"].includes(w))
    .map((w) => w.replace(/(?:ies|es|s)$/, ""));
}

export function restatesTitle(text: string, title: string): boolean {
  const words = contentWords(text);
  if (words.length === 0 || text.split(/\s+/).length > MAX_RESTATING_WORDS) return false;
  const titleWords = new Set(contentWords(title));
  return words.filter((w) => titleWords.has(w)).length / words.length >= RESTATING_OVERLAP;
}

/** A short unit directly above a photo credit that has no caption of its own is that caption. */
export function isCaptionAbove(units: Pending[], i: number): boolean {
  const u = units[i]!;
  const next = units[i + 1];
  const fits = u.features.words >= MIN_CAPTION_WORDS && u.features.words <= MAX_CAPTION_WORDS;
  return next?.label === "image" && !next.credit?.caption && fits;
}

/** A bulleted or numbered item written as running text ("- a ban on new loans;"). */
export function isListItem(u: Pending): boolean {
  const f = u.features;
  return (f.isBulleted || /^\d{1,2}[.)]\s/.test(u.unit.text)) && f.lowercaseWords >= MIN_LIST_ITEM_LOWERCASE;
}

/** "The measures include:" introduces the list that follows it. */
export function isListIntro(units: Pending[], i: number): boolean {
  const u = units[i]!;
  const next = units[i + 1];
  const f = u.features;
  return /:$/.test(u.unit.text) && f.startsCapital && f.lowercaseWords > 0 && !!next && isListItem(next);
}

/** A short heading between two body paragraphs ("Aid agencies cautious"). */
export function isCrosshead(units: Pending[], i: number): boolean {
  const f = units[i]!.features;
  if (f.words < MIN_CROSSHEAD_WORDS || f.words > MAX_CROSSHEAD_WORDS) return false;
  if (!f.startsCapital || f.isBulleted) return false;
  const previous = units[i - 1];
  const next = units[i + 1];
  const previousIsBody = previous !== undefined && previous.bodyText !== null && previous.label !== "chrome";
  return previousIsBody && next?.pending === "prose";
}
