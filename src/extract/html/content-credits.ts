// Lines inside an article's container that belong to its furniture, not its text: a photo's caption
// that ends in its credit ("Workers clear a tree. (AP Photo/Jane Doe)", set beside the image in a
// table cell on old pages, so no <figure> marks it); and bylines the layout glued to a tool-bar
// label or to "By" ("Print Jane Roe", "ByJane Roe"), which are repaired.
import { readByline } from "../text/byline-parse.ts";
import { readPhotoCredit } from "../text/photo-credit.ts";
import { type ContentHints, normalizePhrase } from "./content-hints.ts";

/** Captions are a sentence or two; a paragraph that merely ends with a credit is longer. */
const MAX_CAPTION_CHARS = 300;
/** A byline line is short; a longer line that starts with "By" is a sentence. */
const MAX_BYLINE_CHARS = 100;

/** Every credit readPhotoCredit reads has one of these (a label word or an "AGENCY/Name" slash):
 * a cheap test that spares the full patterns on the body's other lines. */
const CREDIT_HINT_RE = /photo|image|picture|pic|credit|foto|source|\//i;

/** A caption ending in (or made of) a photo credit: image metadata, not body text. */
export function isCreditedCaption(text: string): boolean {
  if (text.length > MAX_CAPTION_CHARS || !CREDIT_HINT_RE.test(text)) return false;
  const credit = readPhotoCredit(text);
  // A credit followed by text ("(Photo: Reuters) China and Pakistan agreed ...") leads a paragraph.
  return credit !== null && credit.rest === null;
}

const normalizeName = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, "");

/**
 * A byline standing in the body as the layout glued it, repaired: "ByJane Roe" (markup with no
 * space after the label) -> "By Jane Roe"; tool-bar labels before the byline or before the
 * metadata's author name ("Print Jane Roe", "Email | By Jane Roe") -> the byline alone. Null when
 * the line is no byline or needs no repair. Bylines stay in the body: they are part of the page's
 * text as readers copy it.
 */
export function repairBylineLine(
  text: string,
  authors: readonly string[],
  hints: ContentHints,
  nonNameWords: readonly RegExp[],
): string | null {
  if (text.length > MAX_BYLINE_CHARS) return null;
  const words = text.split(/[\s|•·]+/u).filter(Boolean);
  let labels = 0;
  while (labels < words.length - 1) {
    const label = normalizePhrase(words[labels]!);
    if (!hints.labels.has(label) && !hints.phrases.has(label)) break;
    labels++;
  }
  const rest = words.slice(labels).join(" ");
  const unglued = rest.replace(/^[Bb][Yy](?=\p{Lu}\p{Ll})/u, "By ");
  if (labels === 0 && unglued === rest) return null;
  if (readByline(unglued, nonNameWords)) return unglued;
  const name = normalizeName(unglued.replace(/^by\s+/i, ""));
  return labels > 0 && name.length > 0 && authors.some((a) => normalizeName(a) === name) ? unglued : null;
}
