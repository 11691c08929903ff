// A plain text as the extractor would hand it on (one article, English, dated 2021-03-04), and the
// mentions the real annotator finds in it: the set-up of the annotate tests written on sentences.
import { createAnnotator } from "../../src/annotate/index.ts";
import { createContext } from "../../src/context.ts";
import type { Article, Mention } from "../../src/types.ts";

export function textArticle(text: string, dateline: string | null = null): Article {
  return {
    kind: "article",
    id: "t",
    input: "t",
    url: null,
    title: null,
    publishedAt: "2021-03-04T12:00:00Z",
    publishedPrecision: "day",
    modifiedAt: null,
    authors: [],
    siteName: null,
    lang: "en",
    text,
    paragraphs: text.split("\n\n"),
    images: [],
    dateline: dateline ? { place: dateline, agency: null } : null,
    isArticle: true,
    sourceType: "text",
    warnings: [],
  };
}

let annotate: ReturnType<typeof createAnnotator> | null = null;

/** The mentions of `text`, from one annotator shared by the test file. */
export function annotatedMentions(text: string, dateline: string | null = null): readonly Mention[] {
  annotate ??= createAnnotator(createContext());
  return annotate(textArticle(text, dateline)).mentions;
}
