// HTML -> Article: decode the bytes, parse once, read the metadata and the main text from the same
// tree, then decide whether the page is an article at all. Never throws anything but a SitrepError.
import type { Element } from "domhandler";
import { SitrepError } from "../../errors.ts";
import type { Article, Context, RawDoc, Warning } from "../../types.ts";
import { detectLanguage } from "../detect-language.ts";
import { readWireDateline } from "../text/wire-dateline.ts";
import { bodyProse, extractMainText, MIN_BODY_PROSE } from "./content-extract.ts";
import { type ContentHints, loadContentHints } from "./content-hints.ts";
import { weightedLength } from "./content-score.ts";
import { decodeHtml } from "./decode-html.ts";
import { extractImages, imageScope } from "./images-figures.ts";
import { extractHtmlMetadata, type HtmlMetadata } from "./meta-extract.ts";
import { classifyPage } from "./page-type.ts";
import { parseHtml } from "./parse-html.ts";

/**
 * Decoded pages longer than this are refused before parsing. Far above real article pages (the
 * largest of the 181 benchmark pages is under 2 MB) and keeps parse time and the tree's memory bounded.
 */
const MAX_HTML_CHARS = 32 * 1024 * 1024;

export type HtmlExtractor = (raw: RawDoc) => Article;

/** The metadata fields the Article is built from. */
type UsedMetadata = Pick<
  HtmlMetadata,
  | "title"
  | "publishedAt"
  | "publishedPrecision"
  | "modifiedAt"
  | "authors"
  | "siteName"
  | "url"
  | "lang"
  | "ogType"
  | "jsonLdTypes"
  | "articleBody"
  | "warnings"
>;

function readMetadata(
  dom: Parameters<typeof extractHtmlMetadata>[0],
  raw: RawDoc,
  ctx: Context,
): UsedMetadata {
  // extractHtmlMetadata never throws: a failure there costs the metadata, never the body text.
  return extractHtmlMetadata(dom, {
    ...(raw.url ? { url: raw.url } : {}),
    now: ctx.clock(),
    ...(raw.date ? { fallbackDate: raw.date } : {}),
    ...fetchTime(raw.fetchedAt),
  });
}

/** The fetch time as the metadata reader takes it; an unreadable stamp is no fetch time. */
function fetchTime(iso: string | undefined): { fetchedAt?: Date } {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? {} : { fetchedAt: new Date(ms) };
}

/** Builds the HTML extractor once per run: the class/id hints and phrase lists are read here. */
export function createHtmlExtractor(ctx: Context): HtmlExtractor {
  const hints = loadContentHints(ctx.config.dataDir);
  return (raw) => extractWithHints(raw, ctx, hints);
}

const hintsByContext = new WeakMap<Context, ContentHints>();

/** One-off form of createHtmlExtractor (hints cached per context). */
export function extractFromHtml(raw: RawDoc, ctx: Context): Article {
  let hints = hintsByContext.get(ctx);
  if (!hints) {
    hints = loadContentHints(ctx.config.dataDir);
    hintsByContext.set(ctx, hints);
  }
  return extractWithHints(raw, ctx, hints);
}

/** Paragraphs of a JSON-LD articleBody (tags some sites leave in it removed); none if too short. */
function statedBodyParagraphs(articleBody: string | null): string[] {
  if (!articleBody) return [];
  const paragraphs = articleBody
    .replace(/<[^<>]{0,2000}>/g, " ")
    .split(/\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const chars = paragraphs.reduce((n, p) => n + weightedLength(p), 0);
  return chars >= MIN_BODY_PROSE ? paragraphs : [];
}

function extractWithHints(raw: RawDoc, ctx: Context, hints: ContentHints): Article {
  const size = typeof raw.content === "string" ? raw.content.length : raw.content.byteLength;
  if (size > ctx.config.maxInputBytes) {
    throw new SitrepError("E_INPUT_TOO_LARGE", `${raw.input} is ${size} bytes`, raw.input);
  }
  let decoded: ReturnType<typeof decodeHtml>;
  try {
    decoded = decodeHtml(raw.content, raw.contentType);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SitrepError("E_ENCODING", `${raw.input}: ${detail}`, raw.input);
  }
  if (decoded.html.length > MAX_HTML_CHARS) {
    throw new SitrepError("E_HTML_LIMIT", `${raw.input} has ${decoded.html.length} characters`, raw.input);
  }
  const { dom, warnings: parseWarnings } = parseHtml(decoded.html);
  const meta = readMetadata(dom, raw, ctx);
  const main = extractMainText(dom, hints, { title: meta.title, authors: meta.authors });
  const firstH1 = main.blocks.find((b) => b.kind === "heading" && b.level === 1)?.text ?? null;
  const title = meta.title ?? firstH1;
  const url = meta.url ?? raw.url ?? null;
  // The DOM gave no body but the page states its text in JSON-LD (script-rendered pages): use that.
  const stated = bodyProse(main.body) < MIN_BODY_PROSE ? statedBodyParagraphs(meta.articleBody) : [];
  const page =
    stated.length > 0
      ? { isArticle: true, reason: "JSON-LD articleBody" }
      : classifyPage({
          url,
          ogType: meta.ogType,
          jsonLdTypes: meta.jsonLdTypes,
          blocks: main.blocks,
          body: main.body,
          container: main.container,
          title,
        });
  const warnings: Warning[] = [...decoded.warnings, ...parseWarnings, ...meta.warnings];
  if (!page.isArticle)
    warnings.push({ code: "W_NOT_ARTICLE", message: `not an article page: ${page.reason}` });
  const paragraphs = stated.length > 0 ? stated : page.isArticle ? main.paragraphs : [];
  const text = paragraphs.join("\n\n");
  const images = page.isArticle ? extractImages(imageScope(main.container as Element), url) : [];
  return {
    kind: "article",
    id: raw.id,
    input: raw.input,
    url,
    title,
    publishedAt: meta.publishedAt,
    publishedPrecision: meta.publishedPrecision,
    modifiedAt: meta.modifiedAt,
    authors: meta.authors,
    siteName: meta.siteName,
    lang: meta.lang ?? detectLanguage(text || main.paragraphs.join("\n\n")),
    text,
    paragraphs,
    images,
    // Wire copy keeps its dateline ("KYIV (Reuters) -") at the head of the first paragraph, as in scrapes.
    dateline: paragraphs[0] ? readWireDateline(paragraphs[0]) : null,
    isArticle: page.isArticle,
    sourceType: "html",
    warnings,
  };
}
