// Stage 2, extract: a raw document becomes an Article — main text and metadata, chrome removed.
import { SitrepError } from "../errors.ts";
import type { Article, Context, RawDoc } from "../types.ts";
import { decodeText } from "./decode-bytes.ts";
import { createHtmlExtractor } from "./html/extract-html.ts";
import { extractFromText } from "./text/extract-text.ts";

export type Extractor = (raw: RawDoc) => Article;

export function createExtractor(ctx: Context): Extractor {
  const extractHtml = createHtmlExtractor(ctx);
  return (raw) => {
    const article =
      raw.type === "html" ? extractHtml(raw) : extractFromText(decodeText(raw.content, raw.input), raw, ctx);
    if (!article.text.trim() && article.isArticle) {
      throw new SitrepError("E_DOC_EMPTY", `${raw.input} has no text`, raw.input);
    }
    return article;
  };
}
