// Stage 2, extract: a raw document becomes an Article — main text and metadata, chrome removed.
import { SitrepError } from "../errors.ts";
import type { Article, Context, RawDoc } from "../types.ts";
import { decodeTextWithWarnings } from "./decode-bytes.ts";
import { createHtmlExtractor } from "./html/extract-html.ts";
import { extractFromText } from "./text/extract-text.ts";

export type Extractor = (raw: RawDoc) => Article;

export function createExtractor(ctx: Context): Extractor {
  const extractHtml = createHtmlExtractor(ctx);
  const extractText = (raw: RawDoc): Article => {
    const decoded = decodeTextWithWarnings(raw.content, raw.input);
    const article = extractFromText(decoded.text, raw, ctx);
    return decoded.warnings.length
      ? { ...article, warnings: [...decoded.warnings, ...article.warnings] }
      : article;
  };
  return (raw) => {
    const article = raw.type === "html" ? extractHtml(raw) : extractText(raw);
    if (!article.text.trim() && article.isArticle) {
      throw new SitrepError("E_DOC_EMPTY", `${raw.input} has no text`, raw.input);
    }
    return article;
  };
}
