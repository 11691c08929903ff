// Publication and modification dates: every source the page offers becomes a candidate with a
// rank (how much that kind of source is trusted), dates later than "now" or before the Web are
// dropped, and the best-ranked candidate wins. Ranks were set from what each convention means
// (a schema.org datePublished is stated on purpose; a date in the text after the headline is a
// guess) and checked as a set on the date benchmark, not page by page.

import { getDefaultDateTables } from "../dates/date-tables.ts";
import { type ElapsedStamp, readElapsedTime } from "../dates/elapsed-time.ts";
import type { DatedText, PageFacts } from "./meta-collect.ts";
import { type DateValue, parseDateValue } from "./meta-date-value.ts";
import { dayOrderOnPage } from "./meta-day-order.ts";
import { articleNodes, type JsonLdNode, otherPageNodes, stringValue } from "./meta-jsonld.ts";
import { localTime } from "./meta-local-day.ts";
import type { MetaTables } from "./meta-tables.ts";
import { dateFromUrl, monthFromUrl } from "./meta-url-dates.ts";

export interface DateCandidate {
  readonly value: DateValue;
  /** Where it came from, e.g. `jsonld:datePublished`, `meta:article:published_time`, `url`. */
  readonly source: string;
  /** Lower is more trusted. */
  readonly rank: number;
  /** The value's instant in the page's own offset (meta-local-day.ts), set on the chosen dates. */
  readonly localIso?: string;
}

export interface PageDates {
  readonly published: DateCandidate | null;
  readonly modified: DateCandidate | null;
  /** Dates the page stated that were later than "now": a sign of a wrong clock or a template. */
  readonly rejectedFuture: number;
  /** Elapsed-time stamps ("2 hours ago") left unread because the page's fetch time is unknown. */
  readonly unanchoredElapsed: number;
}

/** The first news sites appeared in the mid-1990s; an earlier "publication" date on a web page is
 * a birth date, a founding year or a historical date in the text (htmldate uses 1995 for the same
 * reason). */
export const MIN_PLAUSIBLE_DATE = "1995-01-01";

/** A full date in the URL path outranks everything else: it is fixed when the article is first
 * published, while metadata dates get rewritten on updates and republication. Checked on the date
 * benchmark as a set with the other ranks: placing it after JSON-LD (rank 12) or after meta tags
 * (rank 20) lost 0.7 points of accuracy. */
const URL_RANK = 5;
/** Ranks of dates the page states on purpose (URL, JSON-LD, rank-1 and rank-2 meta tags, microdata). */
const STATED_RANK = 20;
const PUBLISH_CONTEXT =
  /(publish|publica|posted|pubdate|created|date-?line|entry-date|article-?date|story-?date|byline|timestamp)/;
const UPDATE_CONTEXT = /(updat|modif|edited|revis)/;
/** Parts of a page whose dates are not the article's: comments, footers, sidebars, lists of other
 * stories. Matched against the tag names, classes and ids of a text's nearest ancestors (see
 * ANCESTRY_DEPTH in meta-collect.ts); broader words such as "teaser" or "nav" in class names were
 * tried and also hit article headers, whose wrappers carry such classes on many sites. */
const NOT_ARTICLE_REGION = /<(footer|aside|nav)\b|comment|sidebar|related|copyright|widget/;

/** Document-order distance (in DOM nodes) above the headline still counted as its header: the
 * kicker, date and section label that some layouts put right above the h1. */
const NEAR_HEADLINE_NODES = 40;

/**
 * Whether "02/10/2020" means 2 October: month-first is a US habit, so only US English pages (a
 * .us domain, an en-US tag, or English on a generic domain) read slashed dates month first.
 */
export function isDayFirst(url: string | null, lang: string | null): boolean {
  const tag = (lang ?? "").toLowerCase().replace("_", "-");
  if (tag.startsWith("en-us")) return false;
  let tld = "";
  try {
    tld = url ? (new URL(url).hostname.split(".").pop() ?? "") : "";
  } catch {
    tld = "";
  }
  if (tld === "us") return false;
  const english = tag === "en" || tag === "";
  return !(english && /^(com|org|net|gov|edu|mil|info|news|biz|)$/.test(tld));
}

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

function isFuture(value: DateValue, now: Date): boolean {
  // A day-only value is midnight UTC: compare days, or today's date would count as the future.
  if (value.precision === "day") return value.day > now.toISOString().slice(0, 10);
  return Date.parse(value.iso) > now.getTime();
}

class CandidateList {
  readonly published: DateCandidate[] = [];
  readonly modified: DateCandidate[] = [];
  rejectedFuture = 0;
  /** Elapsed-time stamps seen on a page whose fetch time is unknown, so nothing could anchor them. */
  unanchoredElapsed = 0;
  constructor(
    private readonly now: Date,
    readonly dayFirst: boolean,
    /** When the page was fetched: what "2 hours ago" counts back from (null: not known). */
    private readonly fetchedAt: Date | null = null,
  ) {}

  add(role: "published" | "modified", raw: string | null | undefined, source: string, rank: number): void {
    if (raw) this.addValue(role, parseDateValue(raw, { dayFirst: this.dayFirst }), source, rank);
  }

  /** Adds the date unless its day is one of `excludedDays` (dates that belong to something else). */
  addUnless(
    role: "published" | "modified",
    raw: string | null | undefined,
    excludedDays: ReadonlySet<string>,
    source: string,
    rank: number,
  ): void {
    const value = raw ? parseDateValue(raw, { dayFirst: this.dayFirst }) : null;
    if (value && !excludedDays.has(value.day)) this.addValue(role, value, source, rank);
  }

  /**
   * Adds an elapsed-time stamp ("2 hours ago", "Yesterday at 10:15") read against the fetch time.
   * A saved page read days later would be dated by the reading, so without a fetch time it is only
   * counted (the caller warns).
   */
  addElapsed(raw: string, source: string, rank: number): void {
    const stamp = readElapsedTime(raw, this.fetchedAt ?? this.now);
    if (!stamp) return;
    if (this.fetchedAt) this.addValue("published", elapsedValue(stamp), source, rank);
    else this.unanchoredElapsed++;
  }

  /** Adds the date only when its day falls in `month` ("2015-06"). */
  addInMonth(role: "published" | "modified", raw: string, month: string, source: string, rank: number): void {
    const value = parseDateValue(raw, { dayFirst: this.dayFirst });
    if (value?.day.startsWith(`${month}-`)) this.addValue(role, value, source, rank);
  }

  addValue(role: "published" | "modified", value: DateValue | null, source: string, rank: number): void {
    if (!value || value.day < MIN_PLAUSIBLE_DATE) return;
    if (isFuture(value, this.now)) {
      this.rejectedFuture++;
      return;
    }
    this[role].push({ value, source, rank });
  }
}

/** Below every stated or written date: an elapsed-time stamp is only as good as the reading time. */
const ELAPSED_RANK = 50;

/** An elapsed-time stamp as a date value: a computed instant is UTC; a named day's clock time has no zone. */
function elapsedValue(stamp: ElapsedStamp): DateValue {
  const iso = new Date(stamp.ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    iso,
    precision: stamp.precision,
    day: iso.slice(0, 10),
    zone: stamp.precision === "day" || stamp.wallClock ? "none" : "utc",
    offsetMinutes: null,
  };
}

function best(list: readonly DateCandidate[]): DateCandidate | null {
  let winner: DateCandidate | null = null;
  for (const c of list) {
    if (!winner || c.rank < winner.rank) winner = c;
    // Same rank: prefer the more precise statement of the same day.
    else if (c.rank === winner.rank && c.value.day === winner.value.day && finer(c, winner)) winner = c;
  }
  // A day-only winner (a URL date) takes the time of a stated value of the same day: the URL fixes
  // the day, the metadata says when in it.
  if (winner && winner.value.precision === "day") {
    let timed: DateCandidate | null = null;
    for (const c of list) {
      if (c.rank > STATED_RANK || c.value.day !== winner.value.day || !finer(c, winner)) continue;
      if (!timed || c.rank < timed.rank) timed = c;
    }
    if (timed) winner = timed;
  }
  return winner;
}

function finer(a: DateCandidate, b: DateCandidate): boolean {
  const order = { day: 0, minute: 1, second: 2 };
  return order[a.value.precision] > order[b.value.precision];
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

/** Steps 5-7: <time> elements, date-classed elements, labelled and unlabelled visible dates, and
 * the title/summary as a last resort. With `onlyUpdates`, just the update times (cheap). */
function addVisibleDates(
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
  // 5. <time> elements: pubdate or a publishing context first, updates apart, then any time.
  for (const t of facts.times) {
    if (/comment/.test(t.context)) continue;
    const value = t.datetime ?? t.text;
    if (UPDATE_CONTEXT.test(t.context)) {
      c.add("modified", value, "time:updated", 25 + away(t.order));
      continue;
    }
    if (onlyUpdates) continue;
    if (t.pubdate || PUBLISH_CONTEXT.test(t.context))
      c.add("published", value, "time:published", 22 + away(t.order));
    else c.add("published", value, "time", 45 + away(t.order));
    c.addElapsed(t.text, "text:elapsed", ELAPSED_RANK + away(t.order));
  }
  if (onlyUpdates) return;
  // 6. Visible text: elements classed as dates, then the lines after the headline.
  for (const el of facts.datedElements) {
    if (/comment/.test(el.context) || /comment/.test(el.ancestry)) continue;
    if (NOT_ARTICLE_REGION.test(el.ancestry)) {
      // Blog engines wrap the whole post column in a "widget": a date element there still counts,
      // as a last resort, when it falls in the month the URL files the post under.
      if (urlMonth) c.addInMonth("published", el.text, urlMonth, "text:dated-element-url-month", 56);
      continue;
    }
    const rank = UPDATE_CONTEXT.test(el.context) ? null : PUBLISH_CONTEXT.test(el.context) ? 30 : 42;
    if (rank === null) c.add("modified", el.text, "text:updated", 35 + away(el.order));
    else {
      c.add("published", el.text, "text:dated-element", rank + away(el.order));
      c.addElapsed(el.text, "text:elapsed", ELAPSED_RANK + away(el.order));
    }
  }
  // 6b. Dates in attributes (data-timestamp, data-published, datetime outside <time>): below a
  // date-classed element, since lists of other stories carry them too.
  for (const a of facts.attributeDates) {
    if (/comment/.test(a.context) || /comment/.test(a.ancestry) || NOT_ARTICLE_REGION.test(a.ancestry))
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
    const digitAt = t.text.search(/\d/);
    const label = `${t.before} ${digitAt > 0 ? t.text.slice(0, digitAt) : ""}`.slice(-60);
    const role = keywordRole(label, tables);
    if (role === "other" || /comment/.test(t.ancestry)) {
      foreign(t.text);
      continue;
    }
    // A labelled date ("Published: ...") counts even in a sidebar box; an unlabelled one does not.
    if (role === null && NOT_ARTICLE_REGION.test(t.ancestry)) {
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

/** A timed UTC value with no other zone stated among the metadata: its local day is open. */
function needsVisibleZone(value: DateValue, stated: readonly DateValue[]): boolean {
  return value.zone === "utc" && value.precision !== "day" && !stated.some((o) => o.zone === "offset");
}

/** Visible dates ranked up to here sit in the article's header (<time>, labelled, date-classed or
 * just after the headline); the first date on the page, the body start and the title do not. */
const NEAR_ARTICLE_RANK = 48;

/** Longest a visible date may be from a stamp and still state the same instant (a minute's rounding). */
const SAME_INSTANT_MS = 60_000;

/**
 * Visible dates (not of comments or other stories) that write the instant of `value` with an explicit
 * zone ("08:30 AEST", "14:00 CET"): meta-local-day.ts takes the page's offset from them. A bare
 * wall-clock time is not enough here: lists of latest stories print the same instant in the
 * reader's zone, not the newsroom's.
 */
function sameInstantStatements(value: DateValue, visible: readonly DateCandidate[]): DateValue[] {
  const ms = Date.parse(value.iso);
  return visible
    .filter((x) => x.rank <= NEAR_ARTICLE_RANK)
    .map((x) => x.value)
    .filter((v) => v.zone === "offset" && Math.abs(Date.parse(v.iso) - ms) < SAME_INSTANT_MS);
}

/** Finds the page's publication and modification dates. */
export function extractDates(
  facts: PageFacts,
  jsonLd: readonly JsonLdNode[],
  tables: MetaTables,
  opts: {
    url: string | null;
    now: Date;
    fetchedAt?: Date | null;
    lang: string | null;
    headlineOrder?: number;
  },
): PageDates {
  // The page's own unambiguous dates ("25/10/2020") settle the order before language and domain do.
  const order = dayOrderOnPage(facts);
  const dayFirst = order ? order === "day-first" : isDayFirst(opts.url, opts.lang);
  const c = new CandidateList(opts.now, dayFirst, opts.fetchedAt ?? null);

  // 1. JSON-LD on the article object (or the page when no article object exists).
  const articles = articleNodes(jsonLd);
  articles.forEach((node, i) => {
    const rank = i === 0 ? 10 : 12;
    c.add("published", stringValue(node.obj.datePublished), "jsonld:datePublished", rank);
    c.add("published", stringValue(node.obj.dateCreated), "jsonld:dateCreated", 40);
    // A video's page states when it was uploaded; below any article's datePublished.
    c.add("published", stringValue(node.obj.uploadDate), "jsonld:uploadDate", 16);
    c.add("modified", stringValue(node.obj.dateModified), "jsonld:dateModified", rank);
  });
  for (const node of otherPageNodes(jsonLd)) {
    c.add("published", stringValue(node.obj.datePublished), "jsonld:other-datePublished", 15);
    c.add("modified", stringValue(node.obj.dateModified), "jsonld:other-dateModified", 15);
  }

  // 2. Meta tags named in data/html-meta/date-meta-keys.tsv.
  for (const meta of facts.metas) {
    const key = tables.dateKeys.get(meta.key);
    if (key) c.add(key.role, meta.content, `meta:${meta.key}`, key.rank * 10);
  }

  // 3. Microdata on visible elements: <time itemprop="datePublished" datetime="...">.
  for (const md of facts.microdata) {
    if (md.prop === "datepublished") c.add("published", md.value, "itemprop:datePublished", 11);
    else if (md.prop === "datemodified") c.add("modified", md.value, "itemprop:dateModified", 11);
    else if (md.prop === "datecreated") c.add("published", md.value, "itemprop:dateCreated", 35);
  }

  // 4. The URL: /2021/03/14/ is set when the article is published and rarely changes after.
  c.addValue("published", dateFromUrl(opts.url, dayFirst), "url", URL_RANK);

  // Visible dates rank below every stated one (ranks up to STATED_RANK), so when the page states
  // its date we skip reading them: a large saving on long pages, the same answer.
  const stated = c.published.some((x) => x.rank <= STATED_RANK);
  const urlMonth = monthFromUrl(opts.url);
  addVisibleDates(c, facts, tables, opts.headlineOrder ?? facts.h1s[0]?.order ?? 0, stated, urlMonth);

  // A page that states only when it was updated was usually published that day or shortly before;
  // the update date is a better answer than none.
  if (c.published.length === 0) {
    for (const m of c.modified)
      c.published.push({ ...m, source: `${m.source}(modified)`, rank: m.rank + 50 });
  }

  const site = { url: opts.url };
  // Only stated metadata tells the site's zone; times of comments or teasers may come from anywhere.
  const all = [...c.published, ...c.modified].filter((x) => x.rank <= 30).map((x) => x.value);
  const winner = best(c.published);
  if (stated && winner && needsVisibleZone(winner.value, all)) {
    // The metadata gives a UTC stamp and no zone, but the article's own dateline may write the same
    // instant in local time ("13 August 2010, 08:30 AEST"): read the visible dates for that alone.
    const visible = new CandidateList(opts.now, dayFirst);
    addVisibleDates(visible, facts, tables, opts.headlineOrder ?? facts.h1s[0]?.order ?? 0, false, urlMonth);
    all.push(...sameInstantStatements(winner.value, visible.published));
  }
  const withLocalDay = (x: DateCandidate | null): DateCandidate | null => {
    if (!x) return null;
    const local = localTime(x.value, all, site, tables);
    return { ...x, value: { ...x.value, day: local.day }, localIso: local.iso };
  };
  return {
    published: withLocalDay(best(c.published)),
    modified: withLocalDay(best(c.modified)),
    rejectedFuture: c.rejectedFuture,
    unanchoredElapsed: c.unanchoredElapsed,
  };
}
