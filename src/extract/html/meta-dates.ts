// Publication and modification dates: every source the page offers becomes a candidate with a
// rank (how much that kind of source is trusted), dates later than "now" or before the Web are
// dropped, and the best-ranked candidate wins. Ranks were set from what each convention means
// (a schema.org datePublished is stated on purpose; a date in the text after the headline is a
// guess) and checked as a set on the date benchmark, not page by page. The tiers they form, and how a
// URL day and metadata that disagree are settled, are in meta-date-evidence.ts.

import type { PageFacts } from "./meta-collect.ts";
import {
  best,
  CandidateList,
  type DateCandidate,
  MIN_PLAUSIBLE_DATE,
  STATED_RANK,
} from "./meta-date-candidates.ts";
import {
  demoteLaterUrlDay,
  EVIDENCE_RANKS,
  onlineStampBeforeIssueDay,
  pickUrlReading,
} from "./meta-date-evidence.ts";
import { NAMED_KEY_RANK, roleOfDateKeyName } from "./meta-date-key-names.ts";
import type { DateValue } from "./meta-date-value.ts";
import { addVisibleDates, articleRegionTest } from "./meta-dates-visible.ts";
import { addYearlessDate, copyrightYear, earliestCommentDay } from "./meta-dates-yearless.ts";
import { pageDayOrder } from "./meta-day-order.ts";
import { articleNodes, type JsonLdNode, otherPageNodes, stringValue } from "./meta-jsonld.ts";
import { localTime } from "./meta-local-day.ts";
import { addScriptStateDates } from "./meta-script-dates.ts";
import type { MetaTables } from "./meta-tables.ts";
import {
  imageUploadDay,
  monthFromUrl,
  sixDigitUrlDays,
  slugDay,
  urlDayReadings,
  yearFromUrl,
} from "./meta-url-dates.ts";

export type { DateCandidate } from "./meta-date-candidates.ts";
export { MIN_PLAUSIBLE_DATE } from "./meta-date-candidates.ts";

/** Meta keys naming the image a page is shared with: its lead image. */
const LEAD_IMAGE_KEYS = new Set([
  "og:image",
  "og:image:url",
  "og:image:secure_url",
  "twitter:image",
  "twitter:image:src",
]);

/** A lead image's upload day is read only when the page has no other published date. */
const LEAD_IMAGE_RANK = EVIDENCE_RANKS.lastResort + 10;

/** A slug's named-month day ("-13-august-2010") is the headline's day: below the dates printed in the
 * article's header and the first date after the headline, above the first date anywhere on the page
 * (rank 58, often a sidebar's) and the title (64, which the slug repeats). */
const SLUG_DAY_RANK = 57;

/** Below every other published date: a six-digit segment is read only when nothing else dates the page. */
const SIX_DIGIT_URL_RANK = 70;

/**
 * An undated page whose URL holds a six-digit segment ("/130810/"): its one possible day, or, when
 * it reads both ways (DDMMYY and YYMMDD), the reading whose year the page's other dates (a modified
 * date, dates in its text) name and the other's they do not.
 */
function addSixDigitUrlDay(c: CandidateList, facts: PageFacts, url: string | null, latest: Date): void {
  const days = sixDigitUrlDays(url, new Date(`${MIN_PLAUSIBLE_DATE}T00:00:00Z`), latest);
  if (days.length === 0) return;
  let pick = days.length === 1 ? days[0] : undefined;
  if (!pick) {
    const years = new Set(c.modified.map((m) => m.value.day.slice(0, 4)));
    for (const t of facts.datedTexts)
      for (const y of t.text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []) years.add(y);
    const named = days.filter((d) => years.has(d.day.slice(0, 4)));
    if (named.length === 1) pick = named[0];
  }
  if (pick) c.addValue("published", pick, "url:six-digits", SIX_DIGIT_URL_RANK);
}

export interface PageDates {
  readonly published: DateCandidate | null;
  readonly modified: DateCandidate | null;
  /** Dates the page stated that were later than "now": a sign of a wrong clock or a template. */
  readonly rejectedFuture: number;
  /** Elapsed-time stamps ("2 hours ago") left unread because the page's fetch time is unknown. */
  readonly unanchoredElapsed: number;
}

/** A full date in the URL path outranks everything else: it is fixed when the article is first
 * published, while metadata dates get rewritten on updates and republication. Checked on the date
 * benchmark as a set with the other ranks: placing it after JSON-LD (rank 12) or after meta tags
 * (rank 20) lost 0.7 points of accuracy. */
const URL_RANK = EVIDENCE_RANKS.url;
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

/** Dates the article's header prints without a zone ("13.08.2010", "Aug 13, 2010 8:30 PM"), best first:
 * the page's own calendar day, whichever zone its metadata's UTC stamp was written from. */
function headerDates(visible: readonly DateCandidate[]): DateValue[] {
  return visible
    .filter((x) => x.rank <= NEAR_ARTICLE_RANK && x.value.zone === "none")
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.value);
}

/**
 * A page revised after it was published whose byline (a <time pubdate>, a "Published:" label, a
 * date-classed element: the byline tier of meta-date-evidence.ts) shows the revision's day and never
 * the metadata's publication day: readers are given that day as the page's date, so it is the
 * page's publication day. Null when the byline shows the published day too, or neither, and when
 * the publication day is the URL's.
 */
function bylineOfRevision(
  published: DateCandidate,
  candidates: readonly DateCandidate[],
  modified: DateCandidate,
  visible: readonly DateCandidate[],
): DateCandidate | null {
  // A URL's day is fixed when the story is first filed (meta-date-evidence.ts): no byline moves it.
  if (candidates.some((x) => x.source.startsWith("url") && x.value.day === published.value.day)) return null;
  const byline = visible.filter((x) => x.rank <= EVIDENCE_RANKS.byline.last);
  if (byline.some((x) => x.value.day === published.value.day)) return null;
  const shown = byline.filter((x) => x.value.day === modified.value.day).sort((a, b) => a.rank - b.rank)[0];
  return shown ? { ...shown, source: `${shown.source}(revision)` } : null;
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
    /** The page's locale ("en-GB", "de", "und"): meta-day-order.ts pageLocale. */
    locale: string;
    headlineOrder?: number;
  },
): PageDates {
  // The page's own unambiguous dates ("25/10/2020") settle the order before its locale does.
  const dayFirst = pageDayOrder(facts, opts.url, opts.locale) === "day-first";
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
    else {
      // Keys the table does not list, read by what their name says (meta-date-key-names.ts).
      const role = roleOfDateKeyName(meta.key);
      if (role) c.add(role, meta.content, `meta-named:${meta.key}`, NAMED_KEY_RANK);
    }
  }

  // 3. Microdata on visible elements: <time itemprop="datePublished" datetime="...">.
  for (const md of facts.microdata) {
    if (md.prop === "datepublished") c.add("published", md.value, "itemprop:datePublished", 11);
    else if (md.prop === "datemodified") c.add("modified", md.value, "itemprop:dateModified", 11);
    else if (md.prop === "datecreated") c.add("published", md.value, "itemprop:dateCreated", 35);
  }

  // 4. The URL: /2021/03/14/ is set when the article is published and rarely changes after. A URL
  // day later than the metadata's is a print edition's (meta-date-evidence.ts). A year-last day
  // that reads both ways waits for the page's visible dates to pick its reading.
  const urlReadings = urlDayReadings(opts.url);
  if (urlReadings.length === 1) {
    c.addValue("published", urlReadings[0]!, "url", URL_RANK);
    demoteLaterUrlDay(c, "url");
  }

  // Visible dates rank below every stated one (ranks up to STATED_RANK), so when the page states
  // its date we skip reading them: a large saving on long pages, the same answer.
  const stated = c.published.some((x) => x.rank <= STATED_RANK);
  const urlMonth = monthFromUrl(opts.url);
  addVisibleDates(c, facts, tables, opts.headlineOrder ?? facts.h1s[0]?.order ?? 0, stated, urlMonth);
  if (urlReadings.length > 1) {
    c.addValue("published", pickUrlReading(urlReadings, c, dayFirst), "url", URL_RANK);
    demoteLaterUrlDay(c, "url");
  }
  if (urlReadings.length === 0 && !stated)
    c.addValue("published", slugDay(opts.url), "url:slug", SLUG_DAY_RANK);

  if (c.published.length === 0) addSixDigitUrlDay(c, facts, opts.url, opts.fetchedAt ?? opts.now);

  // A date printed without its year ("Oct. 6, 10:15 AM"), the year from the URL or the latest date
  // the page can have (its modified date, else its fetch time): meta-dates-yearless.ts.
  if (c.published.length === 0) {
    const headline = opts.headlineOrder ?? facts.h1s[0]?.order ?? 0;
    const copyright = copyrightYear(facts);
    const bound =
      best(c.modified)?.value.day ??
      opts.fetchedAt?.toISOString().slice(0, 10) ??
      (copyright === null ? null : `${copyright}-12-31`);
    // The first comment was written after the story was published: an earlier bound than the others.
    const comment = earliestCommentDay(facts, dayFirst, MIN_PLAUSIBLE_DATE, opts.now);
    const latest = comment !== null && (bound === null || comment < bound) ? comment : bound;
    addYearlessDate(c, facts, articleRegionTest(facts, headline), yearFromUrl(opts.url), latest);
  }

  // Dates a page rendered in the browser keeps only in its scripts' state (meta-script-dates.ts).
  if (c.published.length === 0) addScriptStateDates(c, facts.scripts);

  // A lead image filed under its upload day (meta-url-dates.ts imageUploadDay): the one date a page
  // with no stated or written date may still carry, below every date the page states or prints.
  if (c.published.length === 0) {
    const lead = facts.metas.find((m) => LEAD_IMAGE_KEYS.has(m.key) && imageUploadDay(m.content));
    if (lead) c.addValue("published", imageUploadDay(lead.content), `image:${lead.key}`, LEAD_IMAGE_RANK);
  }

  // A page that states only when it was updated was usually published that day or shortly before;
  // the update date is a better answer than none.
  if (c.published.length === 0) {
    for (const m of c.modified)
      c.published.push({ ...m, source: `${m.source}(modified)`, rank: m.rank + 50 });
  }

  const site = { url: opts.url };
  // Only stated metadata tells the site's zone; times of comments or teasers may come from anywhere.
  const all = [...c.published, ...c.modified].filter((x) => x.rank <= 30).map((x) => x.value);
  // The visible dates, read after all when the stated ones leave a question only the page's own
  // byline answers (they were skipped above when the page states its date).
  let visible: CandidateList | null = null;
  const visibleDates = (): CandidateList => {
    if (visible) return visible;
    // Every reader of this list keeps only the header's ranks (NEAR_ARTICLE_RANK and above it).
    visible = new CandidateList(opts.now, dayFirst, null, NEAR_ARTICLE_RANK);
    addVisibleDates(visible, facts, tables, opts.headlineOrder ?? facts.h1s[0]?.order ?? 0, false, urlMonth);
    return visible;
  };
  let winner = best(c.published);
  const modified = best(c.modified);
  if (stated && winner && modified && modified.value.day > winner.value.day)
    winner = bylineOfRevision(winner, c.published, modified, visibleDates().published) ?? winner;
  if (stated && winner && winner.value.precision === "day")
    winner = onlineStampBeforeIssueDay(winner, visibleDates().published, NEAR_ARTICLE_RANK) ?? winner;
  let printed: DateValue[] = [];
  if (stated && winner && needsVisibleZone(winner.value, all)) {
    // The metadata gives a UTC stamp and no zone, but the article's own dateline may write the same
    // instant in local time ("13 August 2010, 08:30 AEST"), or print its day: read the visible dates
    // for that alone.
    all.push(...sameInstantStatements(winner.value, visibleDates().published));
    printed = headerDates(visibleDates().published);
  }
  // The printed header dates are the publication's: they say nothing of the modified date's day.
  const withLocalDay = (x: DateCandidate | null, header: readonly DateValue[] = []): DateCandidate | null => {
    if (!x) return null;
    const local = localTime(x.value, all, site, tables, header);
    return { ...x, value: { ...x.value, day: local.day }, localIso: local.iso };
  };
  return {
    published: withLocalDay(winner, printed),
    modified: withLocalDay(modified),
    rejectedFuture: c.rejectedFuture,
    unanchoredElapsed: c.unanchoredElapsed,
  };
}
