// Dates written on the page itself (steps 5-7 of extractDates): <time> elements, date-classed
// elements, dates in attributes and visible text. What is decided here is whose date a visible
// date is: the article's (labelled "Published", in its header, just after the headline) or
// something else's (comments, footers, sidebars, teasers of other stories, an "Updated" label).
import { getDefaultDateTables } from "../dates/date-tables.ts";
import type { DatedText, PageFacts } from "./meta-collect.ts";
import { inComments } from "./meta-comment-region.ts";
import { type CandidateList, ELAPSED_RANK } from "./meta-date-candidates.ts";
import { parseDateValue } from "./meta-date-value.ts";
import type { MetaTables } from "./meta-tables.ts";

const PUBLISH_CONTEXT =
  /(publish|publica|posted|pubdate|created|date-?line|entry-date|article-?date|story-?date|byline|timestamp)/;
const UPDATE_CONTEXT = /(updat|modif|edited|revis)/;
/** Parts of a page whose dates are not the article's: comments, footers, sidebars, lists of other
 * stories. Matched against the tag names, classes and ids of a text's nearest ancestors (see
 * ANCESTRY_DEPTH in meta-collect.ts); broader words such as "teaser" or "nav" in class names were
 * tried and also hit article headers, whose wrappers carry such classes on many sites. */
const NOT_ARTICLE_REGION = /<(footer|aside|nav)\b|sidebar|related|copyright|widget/;

/** A foreign region: NOT_ARTICLE_REGION, or readers' comments (meta-comment-region.ts). */
function foreignRegion(text: string): boolean {
  return NOT_ARTICLE_REGION.test(text) || inComments(text);
}

/**
 * Whether `ancestry` puts a text in a region that is not the article's. A region the headline itself
 * sits in is the article's column, whatever its class says: themes wrap the post and its sidebar in
 * one "content-sidebar-wrap", blog engines the whole post column in a "widget". So ancestors the
 * headline shares (same tag, class and id) do not count; only regions the text is in on its own do.
 */
function outsideArticle(ancestry: string, headlineRegions: ReadonlySet<string>): boolean {
  if (!foreignRegion(ancestry)) return false;
  if (headlineRegions.size === 0) return true;
  for (const part of ancestryParts(ancestry))
    if (!headlineRegions.has(part) && foreignRegion(`<${part}`)) return true;
  return false;
}

/** One "tag class id itemprop" entry per ancestor (trimmed: the window's last one has no trailing space). */
function ancestryParts(ancestry: string): string[] {
  return ancestry
    .split("<")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Whether a text with this ancestry is in the article's part of the page (see outsideArticle). */
export function articleRegionTest(facts: PageFacts, headlineOrder: number): (ancestry: string) => boolean {
  const regions = headlineRegionsOf(facts, headlineOrder);
  return (ancestry) => !inComments(ancestry) && !outsideArticle(ancestry, regions);
}

/** The headline's ancestors that the region test would take for a foreign region. */
function headlineRegionsOf(facts: PageFacts, headlineOrder: number): Set<string> {
  const ancestry =
    facts.h1s.find((h) => h.order === headlineOrder)?.ancestry ??
    (facts.titleTextOrder === headlineOrder ? facts.titleTextAncestry : null);
  const regions = new Set<string>();
  if (!ancestry) return regions;
  for (const part of ancestryParts(ancestry)) if (foreignRegion(`<${part}`)) regions.add(part);
  return regions;
}

/** Document-order distance (in DOM nodes) above the headline still counted as its header: the
 * kicker, date and section label that some layouts put right above the h1. */
const NEAR_HEADLINE_NODES = 40;

/** Document-order distance (in DOM nodes) below the headline past which a date is no longer in the
 * article's header: the header's kicker, byline, date and standfirst take a few dozen nodes. */
const FAR_BELOW_HEADLINE_NODES = 300;

type TextRole = "published" | "modified" | "other";

/** Byline words that may sit between a keyword and its date: "Posted by Jane Doe on 3 May 2021". */
const BYLINE_WORD = /^(by|von|par|por|di|door|przez|av|af)$/;

/**
 * The role word that labels a visible date ("Published:", "Aktualisiert am", "Posted by X on"), if
 * any. The word must be the label's last content: in "Open Data meetup: Am 15.12." the English word
 * "data" is not the Italian label "Data:", and a headline ending in "updated" labels nothing.
 */
function keywordRole(label: string, tables: MetaTables): TextRole | null {
  const text = label.toLowerCase();
  const months = getDefaultDateTables().months;
  let best: { at: number; role: TextRole } | null = null;
  for (const { word, role } of tables.dateKeywords) {
    const at = text.lastIndexOf(word);
    if (at < 0 || (best && at <= best.at)) continue;
    // A keyword must start a word ("date" in "update" does not count).
    if (at > 0 && /[\p{L}]/u.test(text[at - 1]!)) continue;
    const rest = text
      .slice(at + word.length)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 0);
    // Short words ("on", "am", "le") and month names ("Published March 14") may follow the keyword.
    const isLastWord = rest.filter((w) => w.length > 3 && !months.has(w)).length === 0;
    const isByline = rest.length > 0 && BYLINE_WORD.test(rest[0]!) && rest.length <= 6;
    if (rest.length > 0 && /^\p{L}/u.test(text.slice(at + word.length))) continue; // "datenschutz"
    if (isLastWord || isByline) best = { at, role };
  }
  return best?.role ?? null;
}

/** The words before a text's first digit ("Update " in "Update 9/24/2012: ..."), where a label sits. */
function leadingLabel(text: string): string {
  const digitAt = text.search(/\d/);
  return digitAt > 0 ? text.slice(0, digitAt) : "";
}

/** A stamp line that holds several labelled dates ("Updated Aug 15, 2010 | Posted Aug 13, 2010"). */
const STAMP_SEPARATOR = /\s+[|•·]\s+/u;

/** Dated texts with each segment of a stamp line read on its own, under its own label. */
function* datedSegments(texts: readonly DatedText[]): Generator<DatedText> {
  for (const t of texts) {
    if (!STAMP_SEPARATOR.test(t.text)) {
      yield t;
      continue;
    }
    let before = t.before;
    for (const segment of t.text.split(STAMP_SEPARATOR)) {
      if (/\d/.test(segment)) yield { ...t, text: segment, before };
      before = segment;
    }
  }
}

/** A date class that several elements carry with different days marks a list of stories (more from
 * the column, latest news), whatever the class is called: none of those dates is the article's. */
const LISTED_DATES = 3;

/** The classes of date elements that make such a list: at least LISTED_DATES elements, more than one day. */
function listedDateClasses(facts: PageFacts, dayFirst: boolean): Set<string> {
  const days = new Map<string, { count: number; days: Set<string> }>();
  for (const el of facts.datedElements) {
    const day = parseDateValue(el.text, { dayFirst })?.day;
    if (!day) continue;
    const seen = days.get(el.context) ?? { count: 0, days: new Set<string>() };
    seen.count += 1;
    seen.days.add(day);
    days.set(el.context, seen);
  }
  const listed = new Set<string>();
  for (const [context, seen] of days)
    if (seen.count >= LISTED_DATES && seen.days.size > 1) listed.add(context);
  return listed;
}

/**
 * Whether a date element's text is a date stamp ("Nov 5 2012, 12:50 PM", "Monday, 5 November 2012",
 * "Published 5 Nov") rather than a teaser that carries a date ("Über das Spiel mit den Pseudonymen
 * 24. Oktober 2023"): before its first digit at most one word that is not a month name, or a label.
 */
function isStamp(text: string, tables: MetaTables): boolean {
  const label = leadingLabel(text.trim());
  if (keywordRole(label, tables) === "published") return true;
  const months = getDefaultDateTables().months;
  const words = label
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 3 && !months.has(w));
  return words.length <= 1;
}

/** Text nodes a date element's own text is found in: its first few descendants in document order. */
const ELEMENT_TEXT_NODES = 3;

/**
 * The role the text written just before a date element gives it ("page revision: 8, last edited:"
 * <span class="date">17 Jun 2018</span>): the element's text node, read in visible text with the
 * text before it, carries the label that the element alone does not. A headline right before the
 * date labels nothing, even when it ends in a keyword ("House Renovation Update #6").
 */
function labelBeforeElement(
  facts: PageFacts,
  tables: MetaTables,
): (order: number, text: string) => TextRole | null {
  const byOrder = new Map<number, DatedText>();
  for (const t of facts.datedTexts) byOrder.set(t.order, t);
  const headlines = facts.h1s.map((h) => h.text.trim()).filter((h) => h !== "");
  return (order, text) => {
    for (let o = order + 1; o <= order + ELEMENT_TEXT_NODES; o++) {
      const t = byOrder.get(o);
      if (!t || !text.includes(t.text)) continue;
      const before = t.before.trim();
      if (headlines.some((h) => before.endsWith(h))) return null;
      return keywordRole(before.slice(-60), tables);
    }
    return null;
  };
}

/** Steps 5-7: <time> elements, date-classed elements, labelled and unlabelled visible dates, and
 * the title/summary as a last resort. With `onlyUpdates`, just the update times (cheap). */
export function addVisibleDates(
  c: CandidateList,
  facts: PageFacts,
  tables: MetaTables,
  headlineOrder: number,
  onlyUpdates: boolean,
  urlMonth: string | null,
): void {
  // Visible dates well above the headline belong to menus and lists of other stories more often
  // than to the article, so they rank lower than the same kind of date below it.
  const away = (order: number) => (headlineOrder > 0 && order < headlineOrder - NEAR_HEADLINE_NODES ? 15 : 0);
  // An unlabelled <time> far below the headline dates a comment or a list under the article more
  // often than the article: it ranks below the first date written after the headline.
  const farBelow = (order: number) => headlineOrder > 0 && order > headlineOrder + FAR_BELOW_HEADLINE_NODES;
  // 5. <time> elements: pubdate or a publishing context first, updates apart, then any time.
  for (const t of facts.times) {
    if (inComments(t.context)) continue;
    const value = t.datetime ?? t.text;
    if (UPDATE_CONTEXT.test(t.context)) {
      c.add("modified", value, "time:updated", 25 + away(t.order));
      continue;
    }
    if (onlyUpdates) continue;
    if (t.pubdate || PUBLISH_CONTEXT.test(t.context))
      c.add("published", value, "time:published", 22 + away(t.order));
    else c.add("published", value, "time", (farBelow(t.order) ? 47 : 45) + away(t.order));
    c.addElapsed(t.text, "text:elapsed", ELAPSED_RANK + away(t.order));
  }
  if (onlyUpdates) return;
  const headlineRegions = headlineRegionsOf(facts, headlineOrder);
  const listed = listedDateClasses(facts, c.dayFirst);
  const inHeader = (order: number) =>
    headlineOrder > 0 && away(order) === 0 && order <= headlineOrder + FAR_BELOW_HEADLINE_NODES;
  const headerClasses = new Set<string>();
  const labelBefore = labelBeforeElement(facts, tables);
  // 6. Visible text: elements classed as dates, then the lines after the headline.
  for (const el of facts.datedElements) {
    if (inComments(el.context) || inComments(el.ancestry)) continue;
    // A theme may give the article's own date the class its teaser list uses: the first element of
    // a listed class in the article's header still dates the article.
    if (listed.has(el.context)) {
      if (!inHeader(el.order) || headerClasses.has(el.context) || !isStamp(el.text, tables)) continue;
      headerClasses.add(el.context);
    }
    if (outsideArticle(el.ancestry, headlineRegions)) {
      // Blog engines wrap the whole post column in a "widget": a date element there still counts,
      // as a last resort, when it falls in the month the URL files the post under.
      if (urlMonth) c.addInMonth("published", el.text, urlMonth, "text:dated-element-url-month", 56);
      continue;
    }
    // The element's own leading label outranks its class: "Update 9/24/2012:" in a byline-classed
    // element is an update, whatever the theme called the element. A label written just before it
    // ("last edited: <span class=date>") tells the role only when the class does not.
    const classRole = PUBLISH_CONTEXT.test(el.context) || UPDATE_CONTEXT.test(el.context);
    const ownLabel =
      keywordRole(leadingLabel(el.text), tables) ?? (classRole ? null : labelBefore(el.order, el.text));
    if (ownLabel === "other") continue;
    const rank =
      ownLabel === "modified" || UPDATE_CONTEXT.test(el.context)
        ? null
        : PUBLISH_CONTEXT.test(el.context) || ownLabel === "published"
          ? 30
          : 42;
    if (rank === null) c.add("modified", el.text, "text:updated", 35 + away(el.order));
    else {
      c.add("published", el.text, "text:dated-element", rank + away(el.order));
      c.addElapsed(el.text, "text:elapsed", ELAPSED_RANK + away(el.order));
    }
  }
  // 6b. Dates in attributes (data-timestamp, data-published, datetime outside <time>): below a
  // date-classed element, since lists of other stories carry them too.
  for (const a of facts.attributeDates) {
    if (inComments(a.context) || inComments(a.ancestry) || outsideArticle(a.ancestry, headlineRegions))
      continue;
    if (UPDATE_CONTEXT.test(a.context)) c.add("modified", a.text, "attribute:updated", 36 + away(a.order));
    else c.add("published", a.text, "attribute", (PUBLISH_CONTEXT.test(a.context) ? 32 : 44) + away(a.order));
  }
  // 7. Every visible text node holding a date: labelled ones ("Published: ...") are trusted;
  // otherwise the first date after the headline, then the first date on the page.
  let firstAfterHeadline = false;
  let firstOnPage = false;
  // Days written in comments, other stories' teasers and copyright lines: the raw text runs below
  // (after the headline, start of the body) cross those regions and must not take their dates.
  const foreignDays = new Set<string>();
  const foreign = (text: string) => {
    const day = parseDateValue(text, { dayFirst: c.dayFirst })?.day;
    if (day) foreignDays.add(day);
  };
  for (const t of datedSegments(facts.datedTexts)) {
    const label = `${t.before} ${leadingLabel(t.text)}`.slice(-60);
    const role = keywordRole(label, tables);
    if (role === "other" || inComments(t.ancestry)) {
      foreign(t.text);
      continue;
    }
    // A labelled date ("Published: ...") counts even in a sidebar box; an unlabelled one does not.
    if (role === null && outsideArticle(t.ancestry, headlineRegions)) {
      foreign(t.text);
      continue;
    }
    if (role === "modified") {
      c.add("modified", t.text, "text:labelled-updated", 35 + away(t.order));
      continue;
    }
    if (role === "published") {
      c.add("published", t.text, "text:labelled", 26 + away(t.order));
      continue;
    }
    if (!firstAfterHeadline && headlineOrder > 0 && away(t.order) === 0) {
      const before = c.published.length;
      c.add("published", t.text, "text:near-headline", 46);
      firstAfterHeadline = c.published.length > before;
    }
    if (!firstOnPage) {
      const before = c.published.length;
      c.add("published", t.text, "text:first-on-page", 58);
      firstOnPage = c.published.length > before;
    }
  }
  c.addUnless("published", facts.afterHeadline, foreignDays, "text:after-headline-run", 48);
  c.addUnless("published", facts.bodyStart, foreignDays, "text:body-start", 60);
  // Last resort: a date written into the title or the summary ("Report of 22.04.2020").
  c.add("published", facts.titleTag, "text:title", 64);
  const description = facts.metas.find((m) => m.key === "description" || m.key === "og:description");
  c.add("published", description?.content, "text:description", 66);
}
