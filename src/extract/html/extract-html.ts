import type { Article, Context, RawDoc } from "../../types.ts";
import { decodeText } from "../decode-bytes.ts";
import { extractFromText } from "../text/extract-text.ts";

// PLACEHOLDER: replaced by the HTML extractor (issue 3). Strips tags and treats the rest as text.
export function extractFromHtml(raw: RawDoc, ctx: Context): Article {
  const html = decodeText(raw.content, raw.input);
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/(p|div|h\d|li)>/gi, "\n\n")
    .replace(/<[^>]+>/g, " ");
  return { ...extractFromText(text, raw, ctx), sourceType: "html" };
}
