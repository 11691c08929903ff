// One pass over the DOM that gathers every place metadata can hide: <meta>, <link>, JSON-LD,
// <title>, <h1>, <time>, microdata (itemprop), bylines and date-classed elements, and a short run of
// visible text after the headline (where datelines live). The walk is iterative, so 100,000-deep
// nesting cannot overflow the stack, and every text it keeps is capped, so a 10 MB page stays cheap.
//
// The walk is a class of small methods: a text node, an element, and one method per kind of element
// that holds metadata (<meta>, <link>, <script>, <h1>, <time>, named bylines and dates). It was one
// 250-line function: V8 compiled it whole, with every case inlined, and each page that reached a case
// the first pages had not threw that code away and compiled it all again.
import type { AnyNode, Document, Element, Text } from "domhandler";
import { isTag, isText } from "domhandler";
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
import {
  addAttributeDates,
  BARE_YEAR,
  BYLINE_NAME,
  DATE_NAME,
  HEAD_ELEMENTS,
  headlineKey,
  isBadgePart,
  MAX_HEADLINE_TEXT_CHARS,
  mayHoldYear,
  nameHints,
  repeatsTitle,
  SHORT_DATE_WORD_CHARS,
} from "./meta-walk-checks.ts";

export { textOf } from "./meta-node-text.ts";
export type {
  ClassedText,
  DatedText,
  MetaTag,
  MicrodataValue,
  PageFacts,
  TimeElement,
} from "./meta-page-facts.ts";

import { objectArray } from "./object-arrays.ts";

/** Caps keep the pass linear and small on huge pages; values chosen well above any real field. */
const MAX_JSONLD_CHARS = 500_000;
const MAX_ITEMS = 200;
/** A dateline sits within the first few lines after the headline: 1,500 characters covers the
 * standfirst, byline and date of the layouts we have seen without reaching far into the body. */
const AFTER_HEADLINE_CHARS = 1500;
const BODY_START_CHARS = 3000;
const MAX_DATED_TEXTS = 400;

const RELATION_AUTHOR_RE = /(^|\s)author(\s|$)/i;
const DIGIT_RE = /\d/;

class FactsWalker {
  htmlLang: string | null = null;
  readonly metas: MetaTag[] = [];
  readonly links: { rel: string; href: string }[] = [];
  readonly jsonLd: string[] = [];
  titleTag: string | null = null;
  readonly h1s: { text: string; order: number; ancestry: string }[] = [];
  readonly times: TimeElement[] = [];
  readonly microdata: MicrodataValue[] = [];
  readonly bylines: ClassedText[] = [];
  readonly datedElements: ClassedText[] = [];
  readonly datedTexts: DatedText[] = [];
  readonly attributeDates: ClassedText[] = [];
  readonly scripts: Element[] = [];
  // The last non-blank text node, kept untrimmed: trimming every text node of a page costs more
  // than the rest of the walk, and the text is only needed when a date follows it.
  private previousText = "";
  // The two texts before it, for date badges (isBadgePart).
  private olderText = "";
  private oldestText = "";
  private afterHeadline = "";
  private bodyStart = "";
  private headlineSeen = false;
  private titleTextOrder: number | null = null;
  private titleTextAncestry: string | null = null;
  private titleKey: string | null = null;
  private order = 0;
  private inBody = false;
  /** Nodes to visit, in reverse document order (iterative: no recursion depth limit). */
  private readonly stack: AnyNode[] = objectArray();

  run(dom: Document): PageFacts {
    const stack = this.stack;
    this.pushChildren(dom);
    while (stack.length > 0) {
      const node = stack.pop()!;
      this.order++;
      if (isText(node)) {
        if (this.inBody) this.readText(node);
      } else if (isTag(node) && this.readElement(node)) this.pushChildren(node);
    }
    return {
      htmlLang: this.htmlLang,
      metas: this.metas,
      links: this.links,
      jsonLd: this.jsonLd,
      titleTag: this.titleTag,
      h1s: this.h1s,
      times: this.times,
      microdata: this.microdata,
      bylines: this.bylines,
      datedElements: this.datedElements,
      datedTexts: this.datedTexts,
      attributeDates: this.attributeDates,
      scripts: this.scripts,
      afterHeadline: this.afterHeadline.replace(/\s+/g, " ").trim(),
      bodyStart: this.bodyStart.replace(/\s+/g, " ").trim(),
      titleTextOrder: this.titleTextOrder,
      titleTextAncestry: this.titleTextAncestry,
    };
  }

  private pushChildren(parent: Document | Element): void {
    const children = parent.children;
    for (let i = children.length - 1; i >= 0; i--) this.stack.push(children[i]!);
  }

  private readText(node: Text): void {
    const t = node.data;
    if (isBlank(t)) return;
    // Blank nodes are skipped, so a space keeps words of neighbouring elements apart.
    // Each run takes at most its cap from one node: a long text node (a whole story in one
    // <font>) would otherwise carry all its text into the run and into every scan of it.
    if (this.bodyStart.length < BODY_START_CHARS) this.bodyStart += ` ${capped(t, BODY_START_CHARS)}`;
    if (this.headlineSeen && this.afterHeadline.length < AFTER_HEADLINE_CHARS)
      this.afterHeadline += ` ${capped(t, AFTER_HEADLINE_CHARS)}`;
    if (this.titleTextOrder === null && this.titleTag && t.length <= MAX_HEADLINE_TEXT_CHARS)
      this.matchTitle(node, t, this.titleTag);
    if (t.length < 600 && this.datedTexts.length < MAX_DATED_TEXTS && mayHoldYear(t))
      this.addDatedText(node, t);
    this.oldestText = this.olderText;
    this.olderText = this.previousText;
    this.previousText = t;
  }

  /** The first text that repeats most of the <title> is where the page shows its headline. */
  private matchTitle(node: Text, t: string, titleTag: string): void {
    this.titleKey ??= headlineKey(titleTag);
    // Normalised, the text is no longer than it was: too short a text is never most of the title.
    if (t.length * 2 >= this.titleKey.length && repeatsTitle(t, this.titleKey)) {
      this.titleTextOrder = this.order;
      this.titleTextAncestry = ancestryOf(node);
    }
  }

  private addDatedText(node: Text, t: string): void {
    const trimmed = t.trim();
    if (trimmed.length >= 400) return;
    // A date badge prints month, day and year in elements of their own ("Oct" "30" "2012"): a year
    // alone is read with the day and the word before it (the parser decides whether that word is a
    // month).
    const previous = this.previousText;
    const older = this.olderText;
    const badge = BARE_YEAR.test(trimmed) && isBadgePart(previous) && isBadgePart(older);
    this.datedTexts.push({
      text: badge ? `${older.trim()} ${previous.trim()} ${trimmed}` : trimmed.replace(/\s+/g, " "),
      before: (badge ? this.oldestText : previous).trim().slice(-60),
      order: this.order,
      ancestry: ancestryOf(node),
    });
  }

  /** Reads what the element says; true when the walk goes on into its children. */
  private readElement(node: Element): boolean {
    const name = node.name; // htmlparser2 lower-cases tag names in HTML mode
    // Pages without a <body> tag are common: the first element that cannot sit in <head> opens it.
    if (!this.inBody && !HEAD_ELEMENTS.has(name)) this.inBody = true;
    switch (name) {
      case "html":
        if (this.htmlLang === null) this.htmlLang = attr(node, "lang") ?? attr(node, "xml:lang");
        break;
      case "body":
        this.inBody = true;
        break;
      case "meta":
        this.readMeta(node);
        break;
      case "link":
        this.readLink(node);
        break;
      case "script":
        this.readScript(node);
        return false; // never descend into scripts
      case "title":
        if (this.titleTag === null && !inSvg(node)) this.titleTag = textOf(node, 500);
        return false;
      case "h1":
        if (this.readHeadline(node)) return true;
        break;
      case "time":
        this.readTime(node);
        break;
      default:
        if (SKIP_TEXT.has(name)) return false;
    }
    const attribs = node.attribs;
    const itemprop = attribs.itemprop;
    if (itemprop && name !== "meta" && this.microdata.length < MAX_ITEMS) this.readItemprop(node, itemprop);
    if (!this.inBody) return true;
    const klass = attribs.class;
    const id = attribs.id;
    // Length of "class id" as the hints read it, without joining the two for every element.
    const clsLength = klass || id ? (klass?.length ?? 0) + 1 + (id?.length ?? 0) : 0;
    const hint = clsLength > 1 && clsLength < 300 ? nameHints(klass, id) : 0;
    if (hint !== 0) this.readNamed(node, hint, `${klass ?? ""} ${id ?? ""}`);
    if (this.attributeDates.length < MAX_ITEMS)
      addAttributeDates(node, klass, id, this.order, this.attributeDates);
    if (name === "a" && attribs.rel !== undefined && RELATION_AUTHOR_RE.test(attribs.rel))
      this.readAuthorLink(node);
    return true;
  }

  private readMeta(node: Element): void {
    const key =
      attr(node, "property") ?? attr(node, "name") ?? attr(node, "itemprop") ?? attr(node, "http-equiv");
    const content = attr(node, "content") ?? attr(node, "value") ?? attr(node, "datetime");
    if (key && content !== null && this.metas.length < MAX_ITEMS * 5) {
      this.metas.push({ key: key.trim().toLowerCase(), content: content.trim().slice(0, MAX_FIELD_CHARS) });
    }
    // itemprop on <meta> inside microdata blocks is also microdata.
    const prop = attr(node, "itemprop");
    if (prop && content)
      this.microdata.push({ prop: prop.toLowerCase(), value: content.trim(), order: this.order });
  }

  private readLink(node: Element): void {
    const rel = attr(node, "rel");
    const href = attr(node, "href");
    if (rel && href && this.links.length < MAX_ITEMS)
      this.links.push({ rel: rel.toLowerCase(), href: href.trim() });
  }

  private readScript(node: Element): void {
    const type = (attr(node, "type") ?? "").toLowerCase();
    if (type.includes("ld+json")) {
      if (this.jsonLd.length < MAX_ITEMS) this.jsonLd.push(rawTextOf(node, MAX_JSONLD_CHARS));
    } else if (node.children.length > 0 && this.scripts.length < MAX_ITEMS) this.scripts.push(node);
  }

  /** True for the first <h1>: the text after it is the run a dateline is looked for in. */
  private readHeadline(node: Element): boolean {
    if (this.h1s.length < 10)
      this.h1s.push({ text: textOf(node, 500), order: this.order, ancestry: ancestryOf(node) });
    if (this.headlineSeen) return false;
    this.headlineSeen = true;
    this.afterHeadline = "";
    return true;
  }

  private readTime(node: Element): void {
    if (this.times.length >= MAX_ITEMS) return;
    this.times.push({
      datetime: attr(node, "datetime"),
      text: textOf(node, 200),
      pubdate: attr(node, "pubdate") !== null,
      context: contextOf(node),
      order: this.order,
    });
  }

  private readItemprop(node: Element, itemprop: string): void {
    const value = attr(node, "content") ?? attr(node, "datetime") ?? textOf(node, 300);
    this.microdata.push({ prop: itemprop.toLowerCase(), value: value.trim(), order: this.order });
  }

  /** An element whose class or id names a byline or a date (`hint`: BYLINE_NAME | DATE_NAME). */
  private readNamed(node: Element, hint: number, cls: string): void {
    if (hint & BYLINE_NAME && this.bylines.length < MAX_ITEMS) {
      this.bylines.push({
        context: cls.toLowerCase(),
        text: textOf(node, 300),
        order: this.order,
        ancestry: ancestryOf(node),
      });
    }
    if (hint & DATE_NAME && this.datedElements.length < MAX_ITEMS) {
      const text = textOf(node, 300);
      // Short digitless text may still date the page: "Yesterday", "Today" (elapsed-time.tsv).
      if (DIGIT_RE.test(text) || node.attribs.title || text.trim().length <= SHORT_DATE_WORD_CHARS) {
        const title = node.attribs.title ?? "";
        this.datedElements.push({
          context: cls.toLowerCase(),
          text: title ? `${title} ${text}` : text,
          order: this.order,
          ancestry: ancestryOf(node),
        });
      }
    }
  }

  private readAuthorLink(node: Element): void {
    if (this.bylines.length >= MAX_ITEMS) return;
    this.bylines.push({
      context: "rel-author",
      text: textOf(node, 200),
      order: this.order,
      ancestry: ancestryOf(node),
    });
  }
}

/** Walks the document once and returns every metadata source it found. */
export function collectPageFacts(dom: Document): PageFacts {
  return new FactsWalker().run(dom);
}
