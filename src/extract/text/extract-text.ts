import type { Article, Context, RawDoc } from "../../types.ts";

// PLACEHOLDER: replaced by the scrape cleaner (line classifier, datelines, language).
export function extractFromText(text: string, raw: RawDoc, _ctx: Context): Article {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return {
    kind: "article",
    id: raw.id,
    input: raw.input,
    url: raw.url ?? null,
    title: null,
    publishedAt: raw.date ?? null,
    publishedPrecision: null,
    modifiedAt: null,
    authors: [],
    siteName: null,
    lang: null,
    text: paragraphs.join("\n\n"),
    paragraphs,
    images: [],
    dateline: null,
    isArticle: true,
    sourceType: "text",
    warnings: [],
  };
}
