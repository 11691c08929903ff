// Metadata of an HTML page: title, dates, authors, site name, canonical URL, declared language and
// page type hints. Reads the head, structured data and the few visible lines around the headline;
// the article body is the main-text extractor's job. Never throws on a parsed document.
import type { Document } from "domhandler";
import type { Warning } from "../../types.ts";
import { isoAtOffset } from "../dates/iso-at-offset.ts";
import { detectLanguage } from "../detect-language.ts";
import { cleanAuthorNames } from "./meta-authors.ts";
import { collectPageFacts, type PageFacts } from "./meta-collect.ts";
import { parseDateValue } from "./meta-date-value.ts";
import { extractDates } from "./meta-dates.ts";
import { pageLocale } from "./meta-day-order.ts";
import { articleNodes, flattenJsonLd, type JsonLdNode, personNames, stringValue } from "./meta-jsonld.ts";
import { getDefaultMetaTables, type MetaTables } from "./meta-tables.ts";
import { chooseTitle } from "./meta-title.ts";

export interface HtmlMetadata {
  title: string | null;
  /** ISO 8601 in the page's own offset (see Article.publishedAt); its day is `publishedDay`. */
  publishedAt: string | null;
  publishedPrecision: "day" | "minute" | "second" | null;
  /** The publication day as the page stated it (YYYY-MM-DD), before conversion to UTC. */
  publishedDay: string | null;
  /** Which source the publication date came from (`jsonld:datePublished`, `url`, ...), for --explain. */
  publishedSource: string | null;
  modifiedAt: string | null;
  authors: string[];
  siteName: string | null;
  /** Canonical URL, absolute. */
  url: string | null;
  /** Declared language as an ISO 639-1 code; null if undeclared (the caller then detects it). */
  lang: string | null;
  ogType: string | null;
  /** JSON-LD `articleBody` of the article object, when the page states one (a fallback body). */
  articleBody: string | null;
  jsonLdTypes: string[];
  warnings: Warning[];
}

export interface HtmlMetadataOptions {
  /** Where the page was fetched from; relative canonical links are resolved against it. */
  url?: string;
  /** Time of extraction: later publication dates are rejected. */
  now: Date;
  /**
   * When the page was fetched (RawDoc.fetchedAt): elapsed-time stamps ("2 hours ago") count back
   * from it. Without it they are not read: a saved page may be read long after it was fetched.
   */
  fetchedAt?: Date;
  /** ISO date to use when the page states none (e.g. from a feed or the jsonl record). */
  fallbackDate?: string;
  tables?: MetaTables;
}

function metaValue(facts: PageFacts, ...keys: string[]): string | null {
  for (const key of keys) {
    const hit = facts.metas.find((m) => m.key === key && m.content.trim() !== "");
    if (hit) return hit.content.replace(/\s+/g, " ").trim();
  }
  return null;
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** "en-US", "en_GB", "EN" -> "en"; null when it is not a language tag. */
export function normalizeLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag.split(",")[0] ?? "");
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  return code === "und" || code === "mul" || code === "zxx" ? null : code;
}

function canonicalUrl(facts: PageFacts, base: string | undefined): string | null {
  const canonical = facts.links.find((l) => l.rel.split(/\s+/).includes("canonical"));
  return (
    resolveUrl(canonical?.href, base) ??
    resolveUrl(metaValue(facts, "og:url"), base) ??
    resolveUrl(base, undefined)
  );
}

function siteNameOf(facts: PageFacts, jsonLd: readonly JsonLdNode[]): string | null {
  const og = metaValue(facts, "og:site_name");
  if (og) return og;
  for (const node of articleNodes(jsonLd)) {
    const publisher = stringValue(node.obj.publisher);
    if (publisher) return publisher;
  }
  const org = jsonLd.find((n) => n.types.includes("newsmediaorganization") || n.types.includes("website"));
  const orgName = org ? stringValue(org.obj.name) : null;
  return orgName ?? metaValue(facts, "application-name", "al:android:app_name", "al:ios:app_name");
}

function authorsOf(facts: PageFacts, jsonLd: readonly JsonLdNode[]): string[] {
  const structured: string[] = [];
  for (const node of articleNodes(jsonLd).slice(0, 1)) structured.push(...personNames(node.obj.author));
  const fromJson = cleanAuthorNames(structured);
  if (fromJson.length > 0) return fromJson;
  const metaKeys = [
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "cxenseparse:author",
  ];
  const fromMeta = cleanAuthorNames(
    facts.metas.filter((m) => metaKeys.includes(m.key)).map((m) => m.content),
  );
  if (fromMeta.length > 0) return fromMeta;
  const fromMicrodata = cleanAuthorNames(
    facts.microdata.filter((m) => m.prop === "author").map((m) => m.value),
  );
  if (fromMicrodata.length > 0) return fromMicrodata;
  const bylines = facts.bylines.filter((b) => !/comment/.test(b.ancestry));
  return cleanAuthorNames(bylines.slice(0, 3).map((b) => b.text));
}

/** "02/10/2020": a numeric date whose day and month could be swapped. */
const AMBIGUOUS_NUMERIC_DATE = /(?<!\d)(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d{2}(?!\d)/;
/** The same with a full year, for meta tags, where "5.8.10" is a generator's version. */
const AMBIGUOUS_NUMERIC_DAY = /(?<!\d)(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}(?!\d)/;

/**
 * The language of a page that declares none, read from its text, only when it writes a numeric
 * date whose order is in doubt, in its text, date elements or meta tags (the locale decides it:
 * pageDayOrder in meta-day-order.ts). A German page on a .com domain writes 02.10.2020 day first.
 */
function languageForDayOrder(facts: PageFacts): string | null {
  const ambiguous = (text: string) => AMBIGUOUS_NUMERIC_DATE.test(text);
  const inDoubt =
    facts.datedTexts.some((t) => ambiguous(t.text)) ||
    facts.datedElements.some((e) => ambiguous(e.text)) ||
    facts.metas.some((m) => AMBIGUOUS_NUMERIC_DAY.test(m.content));
  return inDoubt ? detectLanguage(facts.bodyStart) : null;
}

/** Document position of the h1 that carries the chosen title (a logo h1 often comes first). */
function headlineOrder(facts: PageFacts, title: string | null): number | undefined {
  if (!title) return facts.h1s[0]?.order;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const t = norm(title);
  const hit = facts.h1s.find((h) => {
    const n = norm(h.text);
    return n.length > 0 && (n === t || n.includes(t) || t.includes(n));
  });
  if (hit) return hit.order;
  // No h1 carries the title: the text that repeats it is the headline (old layouts set it in
  // <font><b> or a table cell), before a logo or section h1.
  return facts.titleTextOrder ?? facts.h1s[0]?.order;
}

/** Metadata of a page whose metadata could not be read, with the warning that says why. */
export function emptyHtmlMetadata(detail: string): HtmlMetadata {
  return {
    title: null,
    publishedAt: null,
    publishedPrecision: null,
    publishedDay: null,
    publishedSource: null,
    modifiedAt: null,
    authors: [],
    siteName: null,
    url: null,
    lang: null,
    ogType: null,
    articleBody: null,
    jsonLdTypes: [],
    warnings: [{ code: "W_HTML_METADATA", message: `Metadata could not be read: ${detail}` }],
  };
}

/** Reads a parsed page's metadata. Never throws: a failure is reported as a warning. */
export function extractHtmlMetadata(dom: Document, opts: HtmlMetadataOptions): HtmlMetadata {
  try {
    return readMetadata(dom, opts);
  } catch (error) {
    return emptyHtmlMetadata(error instanceof Error ? error.message : String(error));
  }
}

function readMetadata(dom: Document, opts: HtmlMetadataOptions): HtmlMetadata {
  const warnings: Warning[] = [];
  const facts = collectPageFacts(dom);
  const jsonLd = flattenJsonLd(facts.jsonLd);
  const articles = articleNodes(jsonLd);
  const url = canonicalUrl(facts, opts.url);
  const siteName = siteNameOf(facts, jsonLd);

  const title = chooseTitle(
    {
      og: metaValue(facts, "og:title"),
      jsonLd:
        articles.map((n) => stringValue(n.obj.headline) ?? stringValue(n.obj.name)).find(Boolean) ?? null,
      twitter: metaValue(facts, "twitter:title"),
      h1s: facts.h1s.map((h) => h.text),
      titleTag: facts.titleTag,
    },
    siteName,
    url ?? opts.url ?? null,
  );

  const declared = {
    htmlLang: facts.htmlLang,
    contentLanguage: metaValue(facts, "content-language"),
    ogLocale: metaValue(facts, "og:locale"),
    inLanguage: articles.map((n) => stringValue(n.obj.inLanguage)).find(Boolean) ?? null,
  };
  const declaresLanguage = Object.values(declared).some((tag) => normalizeLang(tag) !== null);
  const locale = pageLocale({
    ...declared,
    textLanguage: declaresLanguage ? null : languageForDayOrder(facts),
    url: opts.url ?? url,
  });
  const dates = extractDates(facts, jsonLd, opts.tables ?? getDefaultMetaTables(), {
    url: opts.url ?? url,
    now: opts.now,
    fetchedAt: opts.fetchedAt ?? null,
    locale,
    headlineOrder: headlineOrder(facts, title),
  });
  if (dates.rejectedFuture > 0) {
    warnings.push({
      code: "W_DATE_IN_FUTURE",
      message: `Ignored ${dates.rejectedFuture} date(s) later than now`,
    });
  }
  if (dates.published?.source === "text:elapsed") {
    warnings.push({
      code: "W_DATE_ELAPSED",
      message: `The publication date comes from an elapsed-time stamp read against the fetch time ${opts.fetchedAt?.toISOString()}`,
    });
  }
  if (!dates.published && dates.unanchoredElapsed > 0) {
    warnings.push({
      code: "W_DATE_ELAPSED_UNANCHORED",
      message: `The page dates itself only by elapsed time (${dates.unanchoredElapsed} stamp(s) such as "2 hours ago") and its fetch time is unknown`,
    });
  }
  let published = dates.published
    ? {
        // The page's own offset: "2020-04-02T04:11:00+05:30" keeps the day its readers saw.
        iso: dates.published.localIso ?? dates.published.value.iso,
        precision: dates.published.value.precision,
        day: dates.published.value.day,
        source: dates.published.source,
      }
    : null;
  if (!published && opts.fallbackDate) {
    // Strict ISO 8601 only: the fallback comes from a feed or a jsonl record, not from prose.
    const value = /^\s*\d{4}-\d{2}-\d{2}/.test(opts.fallbackDate) ? parseDateValue(opts.fallbackDate) : null;
    if (value) {
      // The feed's own offset is kept as the page's would be ("2020-04-02T04:11:00+05:30").
      const iso =
        value.zone === "offset" && value.offsetMinutes !== null
          ? isoAtOffset(Date.parse(value.iso), value.offsetMinutes)
          : value.iso;
      published = { iso, precision: value.precision, day: value.day, source: "fallback" };
    } else {
      warnings.push({
        code: "W_DATE_INVALID",
        message: `Fallback date "${opts.fallbackDate}" is not ISO 8601`,
      });
    }
  }

  const lang =
    normalizeLang(facts.htmlLang) ??
    normalizeLang(metaValue(facts, "content-language", "dc.language", "language")) ??
    normalizeLang(metaValue(facts, "og:locale")) ??
    normalizeLang(articles.map((n) => stringValue(n.obj.inLanguage)).find(Boolean));

  return {
    title,
    publishedAt: published?.iso ?? null,
    publishedPrecision: published?.precision ?? null,
    publishedDay: published?.day ?? null,
    publishedSource: published?.source ?? null,
    modifiedAt: dates.modified ? (dates.modified.localIso ?? dates.modified.value.iso) : null,
    authors: authorsOf(facts, jsonLd),
    siteName,
    url,
    lang,
    ogType: metaValue(facts, "og:type")?.toLowerCase() ?? null,
    articleBody: articles.map((n) => stringValue(n.obj.articleBody)).find(Boolean) ?? null,
    jsonLdTypes: [...new Set(jsonLd.flatMap((n) => n.types))],
    warnings,
  };
}
