// Golden suite "html": HTML pages of our own writing (all text invented) -> the Article fields a
// reviewer checks: body paragraphs, page type, title, images, and the metadata read from the page.
//   npm run golden -- add html path/to/new-case.html
// Runs the same extractor as `sitrep extract` (the pipeline's extract stage) with a fixed clock.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createContext } from "../../src/context.ts";
import { createExtractor } from "../../src/extract/index.ts";
import type { Article, Context, RawDoc } from "../../src/types.ts";
import { type GoldenSuite, inputCases, inputFile } from "./golden-suite.ts";

/** A fixed "now" so the cases' dates (2023-2024) are always in the past and stay accepted. */
export const HTML_CLOCK = new Date("2025-06-01T00:00:00Z");

export function htmlContext(): Context {
  return { ...createContext(), clock: () => HTML_CLOCK };
}

/** The reviewed subset of an Article that an html case records. */
export interface HtmlExpected {
  /** Decided by the main-text extractor (engineer D's part): must match exactly. */
  readonly content: {
    readonly isArticle: boolean;
    readonly title: string | null;
    readonly paragraphs: readonly string[];
    readonly images: Article["images"];
  };
  /** Read from the page's metadata: counted in the floors, reviewed by hand. */
  readonly metadata: {
    readonly publishedAt: string | null;
    readonly lang: string | null;
    readonly authors: readonly string[];
  };
}

export function extractHtmlCase(inputPath: string): Article {
  const raw: RawDoc = {
    kind: "raw",
    id: basename(inputPath).replace(/\.input\.[^.]+$/, ""),
    input: inputPath,
    type: "html",
    content: readFileSync(inputPath),
  };
  return createExtractor(htmlContext())(raw);
}

export function toHtmlExpected(a: Article): HtmlExpected {
  return {
    content: { isArticle: a.isArticle, title: a.title, paragraphs: a.paragraphs, images: a.images },
    metadata: { publishedAt: a.publishedAt, lang: a.lang, authors: a.authors },
  };
}

export const suite: GoldenSuite = {
  inputPath: inputFile,
  listCases: inputCases,
  produce: async (inputPath) => toHtmlExpected(extractHtmlCase(inputPath)),
};
