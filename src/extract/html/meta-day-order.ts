// Which way round a page writes numeric dates. "02/10/2020" is 2 October in most of the world and
// 10 February in the US. The page itself often settles it: any other date on it whose first number
// is above 12 ("25/10/2020", "25.10.2020") can only be day-first, one whose second number is above
// 12 ("10/25/2020") only month-first. That evidence outranks the page's locale, which comes next:
// its language and region (the <html lang> tag, the country domain, content-language, og:locale)
// read through CLDR (src/extract/dates/locale-day-order.ts).
import { type DayOrder, dayOrderOfLocale } from "../dates/locale-day-order.ts";
import type { PageFacts } from "./meta-collect.ts";

export type { DayOrder } from "../dates/locale-day-order.ts";

/** Day, month and a year last, one separator throughout: "25/10/2020", "25/10/20", "10-25-2020". */
const YEAR_LAST_RE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?![\d/]|[.-]\d)/g;

/** The order the page's unambiguous year-last dates show (its text, date elements, <time> texts,
 * meta tags and URL), or null when they show none (or as many of each). */
export function dayOrderOnPage(
  facts: Pick<PageFacts, "datedTexts" | "datedElements" | "times"> & Partial<Pick<PageFacts, "metas">>,
  url: string | null = null,
): DayOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  const read = (text: string) => {
    for (const m of text.matchAll(YEAR_LAST_RE)) {
      // Two-digit years only after slashes: dotted and dashed runs of three short numbers are as
      // often versions, scores or times ("13.2.20").
      if (m[4]!.length === 2 && m[2] !== "/") continue;
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
    }
  };
  for (const t of facts.datedTexts) read(t.text);
  for (const e of facts.datedElements) read(e.text);
  for (const t of facts.times) read(t.text);
  for (const m of facts.metas ?? []) if (/\d/.test(m.content)) read(m.content);
  // Each path segment on its own ("/archive/25-03-2020/"): the slashes between them are not a date's.
  if (url) read(pathOf(url).replace(/\//g, " "));
  if (dayFirst > monthFirst) return "day-first";
  if (monthFirst > dayFirst) return "month-first";
  return null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "";
  }
}

/** What a page says of its locale. Tags as written ("en-GB", "de_DE", "fr"); null when absent. */
export interface LocaleSignals {
  readonly htmlLang: string | null;
  readonly contentLanguage: string | null;
  readonly ogLocale: string | null;
  /** schema.org inLanguage of the article's JSON-LD ("en-GB"). */
  readonly inLanguage?: string | null;
  /** The language of its text, when the page declares none (detect-language.ts). */
  readonly textLanguage: string | null;
  readonly url: string | null;
}

/** The region of a country-code domain: "example.co.uk" -> "UK" (Intl reads it as GB), "spiegel.de"
 * -> "DE"; null for generic domains (.com, .org) and hosts that are not names. */
function regionOfDomain(url: string | null): string | null {
  if (!url) return null;
  try {
    const label = new URL(url).hostname.split(".").pop() ?? "";
    return /^[a-z]{2}$/i.test(label) ? label.toUpperCase() : null;
  } catch {
    return null;
  }
}

/** Tags already read: a crawl meets a handful of distinct tags, and Intl.Locale costs microseconds
 * a page (a few percent of the metadata walk). Cleared when full, so odd pages cannot grow it. */
const tagCache = new Map<string, Intl.Locale | null>();
const TAG_CACHE_LIMIT = 1000;

function parsedTag(tag: string | null): Intl.Locale | null {
  if (!tag) return null;
  const cached = tagCache.get(tag);
  if (cached !== undefined) return cached;
  if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
  const locale = readTag(tag);
  tagCache.set(tag, locale);
  return locale;
}

function readTag(tag: string): Intl.Locale | null {
  const first = tag.split(",")[0]!.trim().replace(/_/g, "-");
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(first)) return null;
  try {
    const locale = new Intl.Locale(first);
    return ["und", "mul", "zxx"].includes(locale.language) ? null : locale;
  } catch {
    return null;
  }
}

/**
 * The page's locale as a BCP 47 tag ("en-GB", "de", "und-CH"): the language of its first language
 * tag (<html lang>, then content-language, og:locale, JSON-LD inLanguage), else of its text; the region written
 * in <html lang>, else its country domain's, else one written in the other tags for that
 * language. The domain outranks content-language and og:locale because those are often left at a
 * publishing system's default ("en_US") on sites anywhere, while a country domain is registered
 * where the site is.
 */
export function pageLocale(signals: LocaleSignals): string {
  const html = parsedTag(signals.htmlLang);
  const others = [signals.contentLanguage, signals.ogLocale, signals.inLanguage ?? null]
    .map(parsedTag)
    .filter((t): t is Intl.Locale => t !== null);
  const language = html?.language ?? others[0]?.language ?? parsedTag(signals.textLanguage)?.language;
  const region =
    (html?.region && html.language === language ? html.region : null) ??
    regionOfDomain(signals.url) ??
    others.find((t) => t.language === language && t.region)?.region ??
    null;
  const tag = `${language ?? "und"}${region ? `-${region}` : ""}`;
  // A region Intl cannot read (an odd domain label) leaves the language alone.
  return region === null || parsedTag(tag) || language === undefined ? tag : language;
}

/**
 * How the page writes an ambiguous "02/10/2020": its own unambiguous dates, else its locale's
 * CLDR order, else day-first (the order of most of the world's locales; a locale that writes the
 * year first says nothing of year-last dates).
 */
export function pageDayOrder(
  facts: Pick<PageFacts, "datedTexts" | "datedElements" | "times" | "metas">,
  url: string | null,
  locale: string,
): DayOrder {
  return dayOrderOnPage(facts, url) ?? dayOrderOfLocale(locale) ?? "day-first";
}
