// Raw text scrapes -> Article: split into units, label each (body, headline, dateline, byline,
// photo credit, caption, chrome), then assemble the body and the metadata from the labels.
import type { Article, Context, Dateline, DatePrecision, ImageRef, RawDoc, Warning } from "../../types.ts";
import type { DatelineReading } from "../dates/dateline-line.ts";
import { statedIso } from "../dates/iso-at-offset.ts";
import { parseDateWithZone } from "../dates/parse-date-text.ts";
import { detectLanguage } from "../detect-language.ts";
import { loadBylineWords } from "./byline-parse.ts";
import { loadChromePhrases } from "./chrome-phrases.ts";
import { type ClassifiedUnit, type ClassifierResources, classifyUnits } from "./classify-units.ts";
import { computeFeatures } from "./line-features.ts";
import { readSiteName } from "./site-name.ts";
import { splitUnits } from "./split-units.ts";
import { readWireDateline } from "./wire-dateline.ts";

/** The language Sitrep's dictionaries code; other languages are extracted but flagged. */
const CODED_LANGUAGE = "en";

interface DatedValue {
  readonly iso: string;
  readonly precision: DatePrecision;
  /** The zone written with the time, in minutes from UTC (see ZonedDate). */
  readonly zoneOffset?: number | null;
}

/** Every unit of a clean text as body, unclassified. */
function cleanUnits(text: string): ClassifiedUnit[] {
  return splitUnits(text).map((unit) => ({
    unit,
    label: "body",
    reason: "clean text",
    features: computeFeatures(unit.text, []),
    bodyText: unit.text,
  }));
}

/** Units of the page, labelled; exported for the golden tests' per-line chrome scores. */
export function classifyScrape(text: string, ctx: Context): ClassifiedUnit[] {
  // The project's data/ first, then user dictionary folders (--dict), which add entries.
  const dirs = [ctx.config.dataDir, ...ctx.config.dictDirs];
  return classifyUnits(splitUnits(text), { ...loadDictionaries(dirs), now: ctx.clock() });
}

/** The merged phrase lists per set of folders, built once: the phrase index is kept per list, and a
 * new list per document rebuilt it (and checked the user folders on disk) every time. */
const dictionaryCache = new Map<string, Omit<ClassifierResources, "now">>();

function loadDictionaries(dirs: readonly string[]): Omit<ClassifierResources, "now"> {
  const key = dirs.join("\0");
  let found = dictionaryCache.get(key);
  if (!found) {
    found = {
      phrases: dirs.flatMap((dir, i) => loadChromePhrases(dir, i > 0)),
      bylineWords: dirs.flatMap((dir, i) => loadBylineWords(dir, i > 0)),
    };
    dictionaryCache.set(key, found);
  }
  return found;
}

function isAfter(date: DatedValue, now: Date): boolean {
  return Date.parse(date.iso) > now.getTime();
}

/**
 * A time written without a zone ("Published 14 May 2023 22:10") is read as UTC; when another stamp
 * on the same page states its zone ("Updated 15 May 2023 08:00 GMT+4"), the page's clock is that zone.
 */
function withPageZone(readings: readonly DatelineReading[]): DatelineReading[] {
  const pageZone = readings.find((r) => typeof r.zoneOffset === "number")?.zoneOffset;
  if (typeof pageZone !== "number") return [...readings];
  return readings.map((r) =>
    r.zoneOffset === null
      ? {
          ...r,
          iso: new Date(Date.parse(r.iso) - pageZone * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
          zoneOffset: pageZone,
        }
      : r,
  );
}

/** "Updated" is a modification time when a separate publication time exists, else the only date. */
function chooseDates(readings: readonly DatelineReading[]): {
  published: DatedValue | null;
  modified: DatedValue | null;
} {
  const published =
    readings.find((r) => r.role === "published") ?? readings.find((r) => r.role === "unknown");
  const modified = readings.find((r) => r.role === "modified");
  // A bare page date ("Saturday, January 13, 2024") and an update stamp with a time on that same
  // day: the stamp's time is the closest stated time of publication, so the day keeps it.
  if (published?.role === "unknown" && published.precision === "day" && modified) {
    const sameDay = modified.iso.slice(0, 10) === published.iso.slice(0, 10);
    if (sameDay && modified.precision !== "day") return { published: modified, modified };
  }
  if (published) return { published, modified: modified ?? null };
  return { published: modified ?? null, modified: null };
}

function collectImages(units: readonly ClassifiedUnit[]): ImageRef[] {
  const images: ImageRef[] = [];
  for (const [i, u] of units.entries()) {
    if (u.label !== "image" || !u.credit) continue;
    // A caption sits on the credit's line, on the line above, or (labelled) on the line below.
    const above = units[i - 1];
    const below = units[i + 1];
    const labelledBelow =
      below?.label === "caption" && below.reason === "caption label" ? below.captionText : null;
    // A caption-style sentence after the credit on its own line describes the picture best.
    const caption =
      u.credit.caption ??
      u.captionText ??
      (above?.label === "caption" ? above.captionText : null) ??
      labelledBelow ??
      null;
    images.push({ src: null, caption, credit: u.credit.credit });
  }
  return images;
}

/** The wire dateline opens the first paragraph under the headline (summary bullets may sit above it). */
function readWireDatelineOfArticle(
  units: readonly ClassifiedUnit[],
  paragraphs: readonly string[],
): Dateline | null {
  const titleIndex = units.findIndex((u) => u.label === "title");
  const first = units.find((u, i) => i > titleIndex && u.label !== "chrome" && u.bodyText !== null);
  const opening = first?.bodyText ?? paragraphs[0];
  return opening ? readWireDateline(opening) : null;
}

export function extractFromText(text: string, raw: RawDoc, ctx: Context): Article {
  const warnings: Warning[] = [];
  // Clean text (raw.clean) is all body: every unit is kept as it is, none is classified as chrome,
  // a title, a byline or a date line; the publication date is the one the document was given.
  const units = raw.clean ? cleanUnits(text) : classifyScrape(text, ctx);

  let paragraphs = units.flatMap((u) => (u.label !== "chrome" && u.bodyText !== null ? [u.bodyText] : []));
  if (paragraphs.length === 0) {
    // Nothing looked like article text (a headline alone, a list): keep the words rather than lose them.
    paragraphs = units.flatMap((u) => (["date", "byline", "image"].includes(u.label) ? [] : [u.unit.text]));
    if (paragraphs.length > 0) {
      warnings.push({
        code: "W_NO_BODY_FOUND",
        message: "No paragraph looked like article text; kept every line.",
      });
    }
  }
  const body = paragraphs.join("\n\n");

  const now = ctx.clock();
  // Only units still labelled date/byline count: a widget list's dates belong to other stories.
  const readings = units.flatMap((u) => [
    ...(u.label === "date" ? (u.dates ?? []) : []),
    ...(u.label === "byline" && u.byline?.date ? [{ ...u.byline.date, role: "unknown" as const }] : []),
  ]);
  let { published, modified } = chooseDates(withPageZone(readings));
  if (published && isAfter(published, now)) {
    warnings.push({
      code: "W_DATE_IN_FUTURE",
      message: `Publication date ${published.iso} is later than now; ignored.`,
    });
    published = null;
  }
  if (modified && isAfter(modified, now)) {
    warnings.push({
      code: "W_DATE_IN_FUTURE",
      message: `Modification date ${modified.iso} is later than now; ignored.`,
    });
    modified = null;
  }
  if (!published && raw.date) {
    const fallback = parseDateWithZone(raw.date);
    if (!fallback)
      warnings.push({ code: "W_DATE_INVALID", message: `Ignored the given date "${raw.date}".` });
    else if (isAfter(fallback, now)) {
      warnings.push({
        code: "W_DATE_IN_FUTURE",
        message: `Given date ${fallback.iso} is later than now; ignored.`,
      });
    } else published = fallback;
  }

  const lang = detectLanguage(body);
  if (lang && lang !== CODED_LANGUAGE) {
    warnings.push({
      code: "W_LANG_NOT_CODED",
      message: `The text looks like "${lang}"; events are coded for English only, so expect few or none.`,
    });
  }

  const authors = [...new Set(units.flatMap((u) => (u.label === "byline" ? (u.byline?.authors ?? []) : [])))];
  const siteName = units
    .filter((u) => u.label === "chrome")
    .reduce<string | null>((found, u) => found ?? readSiteName(u.unit.text), null);

  return {
    kind: "article",
    id: raw.id,
    input: raw.input,
    url: raw.url ?? null,
    title: units.find((u) => u.label === "title")?.unit.text ?? null,
    // The page's own offset ("Updated 11:29 AM EDT" -> "...T11:29:00-04:00"): its day is the page's.
    publishedAt: published ? statedIso(published) : null,
    publishedPrecision: published?.precision ?? null,
    modifiedAt: modified ? statedIso(modified) : null,
    authors,
    siteName,
    lang,
    text: body,
    paragraphs,
    images: collectImages(units),
    dateline: readWireDatelineOfArticle(units, paragraphs),
    isArticle: true,
    sourceType: "text",
    warnings,
  };
}
