// What the metadata walk (meta-collect.ts) asks of a text node or an element: may it hold a year,
// is it part of a date badge, does it repeat the title, do its class and id name a byline or a date,
// do its attributes hold dates. Kept apart from the walk so the walk's own functions stay small.
import type { Element } from "domhandler";
import { detachedCopy } from "./content-hints.ts";
import { inComments } from "./meta-comment-region.ts";
import { ancestryOf } from "./meta-node-text.ts";
import type { ClassedText } from "./meta-page-facts.ts";

/** A plausible year in visible text: cheap filter before the full date parser runs. Two-digit
 * years count when marked as dates: "13/08/10", "13-Aug-10", "Aug 13, '10". The Web's years of the
 * Solar Hijri and Buddhist calendars count too (data/dates/calendars.tsv): the date parser reads them. */
const YEAR_LIKE =
  /(?<!\d)(?:19[89]\d|20[0-4]\d|13[7-9]\d|14[0-2]\d|25[3-9]\d)(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)|\d[-/.][A-Za-z]{3,9}[-/.]\d{2}(?!\d)|(?<=\s)['’‘]\d{2}(?!\d)/;
/** Digits of the scripts pages write dates in ("۱۳۹۹", "२०२०", "２０２０"; the parser reads every
 * script's digits): a character class, which costs a third of a Unicode-property test here. */
const OTHER_SCRIPT_DIGIT =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]/;

/**
 * YEAR_LIKE or OTHER_SCRIPT_DIGIT finds something in the text. One pass over its characters first:
 * YEAR_LIKE needs an ASCII digit and OTHER_SCRIPT_DIGIT a character from U+0660 up, and most text
 * nodes have neither, so most skip both regexes (YEAR_LIKE's lookbehind tries every position).
 */
export function mayHoldYear(t: string): boolean {
  let ascii = false;
  let high = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) ascii = true;
    else if (c >= 0x660) high = true;
    if (ascii && high) break;
  }
  return (ascii && YEAR_LIKE.test(t)) || (high && OTHER_SCRIPT_DIGIT.test(t));
}

export const HEAD_ELEMENTS = new Set([
  "html",
  "head",
  "meta",
  "link",
  "title",
  "script",
  "style",
  "base",
  "noscript",
  "template",
]);
/** Byline classes; "auteur", "autor(e)" and "verfasser" are the French, Spanish/German/Italian and
 * German words sites use in class names. */
const BYLINE_HINT = /\b(by-?line|author|auteur|autor|verfasser|byl|writer|reporter|contributor)/i;
const BYLINE_EXCLUDE = /(comment|avatar|bio\b|about-author|author-info|related|widget|share)/i;
const DATE_HINT =
  /(date|time|publish|posted|updated|modified|dateline|timestamp|meta-?info|article-?meta|byline)/i;
/** Comments are told apart by meta-comment-region.ts: a "date-comments" bar is the post's. */
const DATE_EXCLUDE = /(related|widget|sidebar|footer|update-?form|datepicker|timeline|runtime)/i;

/** Bits of nameHints: the element's class and id name a byline, a date. */
export const BYLINE_NAME = 1;
export const DATE_NAME = 2;
/** Bounded, so a page of generated class names cannot grow it without limit. */
const NAME_HINTS_LIMIT = 20_000;
const nameHintMemo = new Map<string, number>();

/**
 * Which of the byline and date hints an element's class and id carry (BYLINE_NAME | DATE_NAME).
 * Pages repeat a few class names on thousands of elements: the answer is remembered per name, and
 * an element with only a class or only an id (most) is looked up by that string as it is.
 */
export function nameHints(klass: string | undefined, id: string | undefined): number {
  const key = id === undefined ? klass! : klass === undefined ? id : `${klass} ${id}`;
  let bits = nameHintMemo.get(key);
  if (bits !== undefined) return bits;
  // The regexes read the joined form, with the space the walk has always put between the two.
  const cls = `${klass ?? ""} ${id ?? ""}`;
  bits =
    (BYLINE_HINT.test(cls) && !BYLINE_EXCLUDE.test(cls) ? BYLINE_NAME : 0) |
    (DATE_HINT.test(cls) && !DATE_EXCLUDE.test(cls) && !inComments(cls.toLowerCase()) ? DATE_NAME : 0);
  if (nameHintMemo.size >= NAME_HINTS_LIMIT) nameHintMemo.clear();
  nameHintMemo.set(detachedCopy(key), bits);
  return bits;
}

/** A text node that is a year alone: the last part of a date badge. */
export const BARE_YEAR = /^(?:19|20)\d\d$/;
/** A day ("30", "30.") or one word (a month name, "Oct.") alone in its node: a part of a date badge. */
const BADGE_PART = /^(?:\d{1,2}\.?|\p{L}{3,12}\.?)$/u;

export function isBadgePart(t: string): boolean {
  return t.length <= 40 && BADGE_PART.test(t.trim());
}

/** Longest digitless text of a date-named element still read as a date ("Yesterday", "Heute"). */
export const SHORT_DATE_WORD_CHARS = 16;

/** A `data-*` attribute name that says it holds a date or time ("data-timestamp", "data-pub-date"). */
const DATE_ATTRIBUTE =
  /^data-(?:.*[-_])?(?:date|time|timestamp|published|publish|pubdate|posted|created|epoch)(?:[-_].*)?$/;

/** Dates written in attributes of `el` (values a script formats for display, so often no text). */
export function addAttributeDates(
  el: Element,
  klass: string | undefined,
  id: string | undefined,
  order: number,
  out: ClassedText[],
): void {
  // Object.keys, not for-in: a for-in over attribute objects (a shape per set of attribute names)
  // threw the walk's optimised code away at each shape it had not seen.
  for (const key of Object.keys(el.attribs)) {
    // "d": every name looked for starts with "data-" or is "datetime"; the rest cost one comparison.
    if (key.charCodeAt(0) !== 100) continue;
    if (key === "datetime" ? el.name === "time" : !DATE_ATTRIBUTE.test(key)) continue;
    const value = el.attribs[key]!.trim();
    if (!/\d/.test(value) || value.length > 60) continue;
    // class and id as the walk read them: a second read of `el.attribs` here, a site that sees few
    // of the pages' many attribute shapes, threw away the walk's optimised code at each new one.
    const own = `${key} ${klass ?? ""} ${id ?? ""}`.toLowerCase();
    out.push({ context: own, text: value, order, ancestry: ancestryOf(el) });
  }
}

/** Headlines are shorter than this; longer text nodes are never compared with the title. */
export const MAX_HEADLINE_TEXT_CHARS = 300;
/** A headline is at least this long once normalised ("Home" or "News" repeats no title). */
const MIN_HEADLINE_KEY_CHARS = 12;

/** Letters and digits of the text, lower-cased ("Storm batters coast!" -> "stormbatterscoast"). */
export function headlineKey(s: string): string {
  const lower = s.toLowerCase();
  // Most text is ASCII: a plain character class is several times cheaper than the Unicode one.
  return isAscii(lower) ? lower.replace(/[^a-z0-9]+/g, "") : lower.replace(/[^\p{L}\p{N}]+/gu, "");
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The text is most of the title ("Storm batters coast" in "Storm batters coast - Daily Courier"). */
export function repeatsTitle(text: string, titleKey: string): boolean {
  // Its first word must be in the title: a cheap test before the text is normalised.
  const first = /\p{L}+|\p{N}+/u.exec(text)?.[0];
  if (!first || !titleKey.includes(first.toLowerCase())) return false;
  const key = headlineKey(text);
  return key.length >= MIN_HEADLINE_KEY_CHARS && key.length * 2 >= titleKey.length && titleKey.includes(key);
}
