// What the one metadata walk (meta-collect.ts) records about a page: every place a title, an
// author, a language or a date can hide, each with enough context (class, id, ancestry, document
// order) for the readers (meta-dates.ts, meta-authors.ts, meta-title.ts) to judge it.

import type { Element } from "domhandler";

export interface MetaTag {
  /** Lower-cased `name`, `property`, `itemprop` or `http-equiv`. */
  readonly key: string;
  readonly content: string;
}

export interface TimeElement {
  readonly datetime: string | null;
  readonly text: string;
  readonly pubdate: boolean;
  /** class, id and itemprop of the element and its two nearest ancestors, lower-cased. */
  readonly context: string;
  /** Document-order index of the element; compared with the headline's to tell header from footer. */
  readonly order: number;
}

export interface MicrodataValue {
  readonly prop: string;
  readonly value: string;
  readonly order: number;
}

export interface ClassedText {
  readonly context: string;
  readonly text: string;
  readonly order: number;
  /** Tag names ("<footer"), classes and ids of its nearest ancestors, lower-cased. */
  readonly ancestry: string;
}

/** A visible text node that contains something like a year, with a little of the text before it
 * (where "Published:" or "Datum:" sits when the date is in its own element). */
export interface DatedText {
  readonly text: string;
  readonly before: string;
  readonly order: number;
  /** Tag names, classes and ids of its ancestors, lower-cased (for footer/comment/byline tests). */
  readonly ancestry: string;
}

export interface PageFacts {
  readonly htmlLang: string | null;
  readonly metas: MetaTag[];
  readonly links: { rel: string; href: string }[];
  readonly jsonLd: string[];
  readonly titleTag: string | null;
  /** `ancestry` as for DatedText: the regions the headline itself sits in (see meta-dates-visible.ts). */
  readonly h1s: { text: string; order: number; ancestry?: string }[];
  readonly times: TimeElement[];
  readonly microdata: MicrodataValue[];
  /** Elements whose class/id says byline/author, or rel=author links. */
  readonly bylines: ClassedText[];
  /** Elements whose class/id says date/time/published/updated. */
  readonly datedElements: ClassedText[];
  /** Dates in attributes of body elements: `data-*` attributes named for a date or time
   * (`data-timestamp`, `data-published`) and `datetime` outside <time>; `context` is the
   * attribute's name and the element's class and id. */
  readonly attributeDates: ClassedText[];
  /** Visible text nodes holding a year, in document order (capped). */
  readonly datedTexts: DatedText[];
  /** Visible text in document order right after the first h1 (capped), for datelines. */
  readonly afterHeadline: string;
  /** The first visible text of the body (capped), used when a page has no h1. */
  readonly bodyStart: string;
  /** Document order of the first visible text that repeats the <title> (most of it): the headline
   * of a page that sets it in <font><b> or a table cell rather than an h1. */
  readonly titleTextOrder: number | null;
  /** Ancestry of that text (null when there is none). */
  readonly titleTextAncestry?: string | null;
  /** Inline scripts other than JSON-LD, unread: their state objects are searched for a date only
   * when nothing else dates the page (meta-script-dates.ts). */
  readonly scripts?: Element[];
}
