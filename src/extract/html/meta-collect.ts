// One pass over the DOM that gathers every place metadata can hide: <meta>, <link>, JSON-LD,
// <title>, <h1>, <time>, microdata (itemprop), bylines and date-classed elements, and a short run of
// visible text after the headline (where datelines live). The walk is iterative, so 100,000-deep
// nesting cannot overflow the stack, and every text it keeps is capped, so a 10 MB page stays cheap.
import type { AnyNode, Document, Element } from "domhandler";
import { isTag, isText } from "domhandler";
import { detachedCopy } from "./content-hints.ts";
import { inComments } from "./meta-comment-region.ts";
import {
  ancestryOf,
  attr,
  capped,
  contextOf,
  inSvg,
  isBlank,
  MAX_FIELD_CHARS,
  rawTextOf,
  SKIP_TEXT,
  textOf,
} from "./meta-node-text.ts";
import type {
  ClassedText,
  DatedText,
  MetaTag,
  MicrodataValue,
  PageFacts,
  TimeElement,
} from "./meta-page-facts.ts";

export { textOf } from "./meta-node-text.ts";
export type {
  ClassedText,
  DatedText,
  MetaTag,
  MicrodataValue,
  PageFacts,
  TimeElement,
} from "./meta-page-facts.ts";

/** Caps keep the pass linear and small on huge pages; values chosen well above any real field. */
const MAX_JSONLD_CHARS = 500_000;
const MAX_ITEMS = 200;
/** A dateline sits within the first few lines after the headline: 1,500 characters covers the
 * standfirst, byline and date of the layouts we have seen without reaching far into the body. */
const AFTER_HEADLINE_CHARS = 1500;
const BODY_START_CHARS = 3000;
const MAX_DATED_TEXTS = 400;
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
function mayHoldYear(t: string): boolean {
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

const HEAD_ELEMENTS = new Set([
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
const BYLINE_NAME = 1;
const DATE_NAME = 2;
/** Bounded, so a page of generated class names cannot grow it without limit. */
const NAME_HINTS_LIMIT = 20_000;
const nameHintMemo = new Map<string, number>();

/**
 * Which of the byline and date hints an element's class and id carry (BYLINE_NAME | DATE_NAME).
 * Pages repeat a few class names on thousands of elements: the answer is remembered per name, and
 * an element with only a class or only an id (most) is looked up by that string as it is.
 */
function nameHints(klass: string | undefined, id: string | undefined): number {
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

/** Walks the document once and returns every metadata source it found. */
export function collectPageFacts(dom: Document): PageFacts {
  const facts = {
    htmlLang: null as string | null,
    metas: [] as MetaTag[],
    links: [] as { rel: string; href: string }[],
    jsonLd: [] as string[],
    titleTag: null as string | null,
    h1s: [] as { text: string; order: number; ancestry: string }[],
    times: [] as TimeElement[],
    microdata: [] as MicrodataValue[],
    bylines: [] as ClassedText[],
    datedElements: [] as ClassedText[],
    datedTexts: [] as DatedText[],
    attributeDates: [] as ClassedText[],
    scripts: [] as Element[],
  };
  // The last non-blank text node, kept untrimmed: trimming every text node of a page costs more
  // than the rest of the walk, and the text is only needed when a date follows it.
  let previousText = "";
  // The two texts before it, for date badges (isBadgePart).
  let olderText = "";
  let oldestText = "";
  let afterHeadline = "";
  let bodyStart = "";
  let headlineSeen = false;
  let titleTextOrder: number | null = null;
  let titleTextAncestry: string | null = null;
  let titleKey: string | null = null;
  let order = 0;
  // Stack of nodes to visit, in reverse document order (iterative: no recursion depth limit).
  const stack: AnyNode[] = [];
  for (let i = dom.children.length - 1; i >= 0; i--) stack.push(dom.children[i]!);
  let inBody = false;
  while (stack.length > 0) {
    const node = stack.pop()!;
    order++;
    if (isText(node)) {
      if (!inBody) continue;
      const t = node.data;
      if (isBlank(t)) continue;
      // Blank nodes are skipped, so a space keeps words of neighbouring elements apart.
      // Each run takes at most its cap from one node: a long text node (a whole story in one
      // <font>) would otherwise carry all its text into the run and into every scan of it.
      if (bodyStart.length < BODY_START_CHARS) bodyStart += ` ${capped(t, BODY_START_CHARS)}`;
      if (headlineSeen && afterHeadline.length < AFTER_HEADLINE_CHARS)
        afterHeadline += ` ${capped(t, AFTER_HEADLINE_CHARS)}`;
      if (titleTextOrder === null && facts.titleTag && t.length <= MAX_HEADLINE_TEXT_CHARS) {
        titleKey ??= headlineKey(facts.titleTag);
        // Normalised, the text is no longer than it was: too short a text is never most of the title.
        if (t.length * 2 >= titleKey.length && repeatsTitle(t, titleKey)) {
          titleTextOrder = order;
          titleTextAncestry = ancestryOf(node);
        }
      }
      if (t.length < 600 && facts.datedTexts.length < MAX_DATED_TEXTS && mayHoldYear(t)) {
        const trimmed = t.trim();
        if (trimmed.length < 400) {
          // A date badge prints month, day and year in elements of their own ("Oct" "30" "2012"):
          // a year alone is read with the day and the word before it (the parser decides whether
          // that word is a month).
          const badge = BARE_YEAR.test(trimmed) && isBadgePart(previousText) && isBadgePart(olderText);
          facts.datedTexts.push({
            text: badge
              ? `${olderText.trim()} ${previousText.trim()} ${trimmed}`
              : trimmed.replace(/\s+/g, " "),
            before: (badge ? oldestText : previousText).trim().slice(-60),
            order,
            ancestry: ancestryOf(node),
          });
        }
      }
      oldestText = olderText;
      olderText = previousText;
      previousText = t;
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name; // htmlparser2 lower-cases tag names in HTML mode
    // Pages without a <body> tag are common: the first element that cannot sit in <head> opens it.
    if (!inBody && !HEAD_ELEMENTS.has(name)) inBody = true;
    switch (name) {
      case "html":
        if (facts.htmlLang === null) facts.htmlLang = attr(node, "lang") ?? attr(node, "xml:lang");
        break;
      case "body":
        inBody = true;
        break;
      case "meta": {
        const key =
          attr(node, "property") ?? attr(node, "name") ?? attr(node, "itemprop") ?? attr(node, "http-equiv");
        const content = attr(node, "content") ?? attr(node, "value") ?? attr(node, "datetime");
        if (key && content !== null && facts.metas.length < MAX_ITEMS * 5) {
          facts.metas.push({
            key: key.trim().toLowerCase(),
            content: content.trim().slice(0, MAX_FIELD_CHARS),
          });
        }
        // itemprop on <meta> inside microdata blocks is also microdata.
        const prop = attr(node, "itemprop");
        if (prop && content) facts.microdata.push({ prop: prop.toLowerCase(), value: content.trim(), order });
        break;
      }
      case "link": {
        const rel = attr(node, "rel");
        const href = attr(node, "href");
        if (rel && href && facts.links.length < MAX_ITEMS)
          facts.links.push({ rel: rel.toLowerCase(), href: href.trim() });
        break;
      }
      case "script": {
        const type = (attr(node, "type") ?? "").toLowerCase();
        if (type.includes("ld+json")) {
          if (facts.jsonLd.length < MAX_ITEMS) facts.jsonLd.push(rawTextOf(node, MAX_JSONLD_CHARS));
        } else if (node.children.length > 0 && facts.scripts.length < MAX_ITEMS) facts.scripts.push(node);
        continue; // never descend into scripts
      }
      case "title":
        if (facts.titleTag === null && !inSvg(node)) facts.titleTag = textOf(node, 500);
        continue;
      case "h1":
        if (facts.h1s.length < 10)
          facts.h1s.push({ text: textOf(node, 500), order, ancestry: ancestryOf(node) });
        if (!headlineSeen) {
          headlineSeen = true;
          afterHeadline = "";
          // Push children then continue walking: text after this point goes to afterHeadline.
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
          continue;
        }
        break;
      case "time":
        if (facts.times.length < MAX_ITEMS) {
          facts.times.push({
            datetime: attr(node, "datetime"),
            text: textOf(node, 200),
            pubdate: attr(node, "pubdate") !== null,
            context: contextOf(node),
            order,
          });
        }
        break;
      default:
        if (SKIP_TEXT.has(name)) continue;
    }
    const itemprop = node.attribs.itemprop;
    if (itemprop && name !== "meta" && facts.microdata.length < MAX_ITEMS) {
      const value = attr(node, "content") ?? attr(node, "datetime") ?? textOf(node, 300);
      facts.microdata.push({ prop: itemprop.toLowerCase(), value: value.trim(), order });
    }
    const klass = node.attribs.class;
    const id = node.attribs.id;
    // Length of "class id" as the hints read it, without joining the two for every element.
    const clsLength = klass || id ? (klass?.length ?? 0) + 1 + (id?.length ?? 0) : 0;
    const hint = clsLength > 1 && clsLength < 300 && inBody ? nameHints(klass, id) : 0;
    if (hint !== 0) {
      const cls = `${klass ?? ""} ${id ?? ""}`;
      if (hint & BYLINE_NAME && facts.bylines.length < MAX_ITEMS) {
        facts.bylines.push({
          context: cls.toLowerCase(),
          text: textOf(node, 300),
          order,
          ancestry: ancestryOf(node),
        });
      }
      if (hint & DATE_NAME && facts.datedElements.length < MAX_ITEMS) {
        const text = textOf(node, 300);
        // Short digitless text may still date the page: "Yesterday", "Today" (elapsed-time.tsv).
        if (/\d/.test(text) || node.attribs.title || text.trim().length <= SHORT_DATE_WORD_CHARS) {
          const title = node.attribs.title ?? "";
          facts.datedElements.push({
            context: cls.toLowerCase(),
            text: title ? `${title} ${text}` : text,
            order,
            ancestry: ancestryOf(node),
          });
        }
      }
    }
    if (inBody && facts.attributeDates.length < MAX_ITEMS)
      addAttributeDates(node, klass, id, order, facts.attributeDates);
    if (name === "a" && node.attribs.rel !== undefined && /(^|\s)author(\s|$)/i.test(node.attribs.rel)) {
      if (facts.bylines.length < MAX_ITEMS) {
        facts.bylines.push({
          context: "rel-author",
          text: textOf(node, 200),
          order,
          ancestry: ancestryOf(node),
        });
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return {
    ...facts,
    afterHeadline: afterHeadline.replace(/\s+/g, " ").trim(),
    bodyStart: bodyStart.replace(/\s+/g, " ").trim(),
    titleTextOrder,
    titleTextAncestry,
  };
}

/** A text node that is a year alone: the last part of a date badge. */
const BARE_YEAR = /^(?:19|20)\d\d$/;
/** A day ("30", "30.") or one word (a month name, "Oct.") alone in its node: a part of a date badge. */
const BADGE_PART = /^(?:\d{1,2}\.?|\p{L}{3,12}\.?)$/u;

function isBadgePart(t: string): boolean {
  return t.length <= 40 && BADGE_PART.test(t.trim());
}

/** Longest digitless text of a date-named element still read as a date ("Yesterday", "Heute"). */
const SHORT_DATE_WORD_CHARS = 16;

/** A `data-*` attribute name that says it holds a date or time ("data-timestamp", "data-pub-date"). */
const DATE_ATTRIBUTE =
  /^data-(?:.*[-_])?(?:date|time|timestamp|published|publish|pubdate|posted|created|epoch)(?:[-_].*)?$/;

/** Dates written in attributes of `el` (values a script formats for display, so often no text). */
function addAttributeDates(
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
const MAX_HEADLINE_TEXT_CHARS = 300;
/** A headline is at least this long once normalised ("Home" or "News" repeats no title). */
const MIN_HEADLINE_KEY_CHARS = 12;

/** Letters and digits of the text, lower-cased ("Storm batters coast!" -> "stormbatterscoast"). */
function headlineKey(s: string): string {
  const lower = s.toLowerCase();
  // Most text is ASCII: a plain character class is several times cheaper than the Unicode one.
  return isAscii(lower) ? lower.replace(/[^a-z0-9]+/g, "") : lower.replace(/[^\p{L}\p{N}]+/gu, "");
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The text is most of the title ("Storm batters coast" in "Storm batters coast - Daily Courier"). */
function repeatsTitle(text: string, titleKey: string): boolean {
  // Its first word must be in the title: a cheap test before the text is normalised.
  const first = /\p{L}+|\p{N}+/u.exec(text)?.[0];
  if (!first || !titleKey.includes(first.toLowerCase())) return false;
  const key = headlineKey(text);
  return key.length >= MIN_HEADLINE_KEY_CHARS && key.length * 2 >= titleKey.length && titleKey.includes(key);
}
