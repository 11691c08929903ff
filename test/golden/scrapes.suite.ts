// Golden suite "scrapes": raw text scrapes of our own writing -> the Article fields the scrape
// cleaner decides (headline, dates, bylines, images, body paragraphs, warnings).
//   npm run golden -- add scrapes path/to/new-case.txt
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createContext } from "../../src/context.ts";
import { createExtractor } from "../../src/extract/index.ts";
import type { Article, Context, RawDoc } from "../../src/types.ts";
import { type GoldenSuite, inputCases, inputFile } from "./golden-suite.ts";

/** A fixed "now" so cases with dates in the future stay in the future. */
export const SCRAPES_CLOCK = new Date("2025-01-01T00:00:00Z");

export function scrapesContext(): Context {
  return { ...createContext(), clock: () => SCRAPES_CLOCK };
}

/** The reviewed subset of an Article that a scrapes case records. */
export interface ScrapeExpected {
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly publishedPrecision: string | null;
  readonly modifiedAt: string | null;
  readonly authors: readonly string[];
  readonly siteName: string | null;
  readonly lang: string | null;
  readonly dateline: Article["dateline"];
  readonly images: Article["images"];
  readonly paragraphs: readonly string[];
  readonly warnings: readonly string[];
}

export function extractScrape(inputPath: string): Article {
  const raw: RawDoc = {
    kind: "raw",
    id: basename(inputPath).replace(/\.input\.[^.]+$/, ""),
    input: inputPath,
    type: "text",
    content: readFileSync(inputPath),
  };
  return createExtractor(scrapesContext())(raw);
}

export function toExpected(a: Article): ScrapeExpected {
  return {
    title: a.title,
    publishedAt: a.publishedAt,
    publishedPrecision: a.publishedPrecision,
    modifiedAt: a.modifiedAt,
    authors: a.authors,
    siteName: a.siteName,
    lang: a.lang,
    dateline: a.dateline,
    images: a.images,
    paragraphs: a.paragraphs,
    warnings: a.warnings.map((w) => w.code),
  };
}

export const suite: GoldenSuite = {
  inputPath: inputFile,
  listCases: inputCases,
  produce: async (inputPath) => toExpected(extractScrape(inputPath)),
};
