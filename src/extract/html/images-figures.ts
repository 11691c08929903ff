// Images of the article with their captions and credits. Captions come from <figcaption> (or a
// caption-named element inside the figure); the credit is a credit-named element or a trailing
// "Photo: ..." / "(Reuters)" / "© ..." in the caption text.
import type { AnyNode, Document, Element, ParentNode } from "domhandler";
import type { ImageRef } from "../../types.ts";
import { charIn, trimEndWhere } from "../trim-chars.ts";

const CAPTION_END = charIn(/[\s.;|—–-]/u);

/** Figures beyond this many are galleries or teaser grids, not article illustrations. */
const MAX_IMAGES = 50;

const CREDIT_CLASS_RE = /credit|copyright|photographer|source|attribution|byline|author/i;
const CAPTION_CLASS_RE = /caption|legend|description/i;
/** "Photo: Jane Doe/AP", "Foto: ...", "Image credit: ...", "© ..." at the end of a caption. */
const CREDIT_TAIL_RE =
  /(?:^|[\s.;|—–-])\s*\(?((?:photo(?:graph)?|image|picture|foto|bild|credit|crédito|crédit|фото|写真|图片|사진)(?:\s+credit)?\s*[:：]\s*[^()]{2,80}|©\s*[^()]{2,80}|\((?:AP|AFP|Reuters|EPA|Getty Images|Xinhua)[^()]{0,40}\))\)?\s*$/iu;

/** A short line that names a photo's source: "(Photo : KCNA/Yonhap)", "Photo: Jane Doe/AP", "Foto: dpa". */
const PHOTO_LINE_RE =
  /(?:^|\()\s*(?:photo(?:graph)?|image|picture|foto|bild|фото|写真|图片|사진)s?(?:\s+credit)?\s*[:：]\s*[^()]{1,80}\)?\s*$/iu;
/** Captions are short; a paragraph that merely ends with a credit is still a paragraph. */
const MAX_CAPTION_CHARS = 250;

/** True for a caption or credit line standing outside a <figure>: it belongs to an image, not the body. */
export function isPhotoCaptionLine(text: string): boolean {
  return text.length <= MAX_CAPTION_CHARS && PHOTO_LINE_RE.test(text);
}

function* walk(root: ParentNode): Generator<Element> {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const el = node as Element;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
}

function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text") parts.push((node as { data: string }).data);
    else if (node.type === "tag") {
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function imageSource(img: Element, base: string | null): string | null {
  const a = img.attribs;
  const raw =
    a.src && !a.src.startsWith("data:")
      ? a.src
      : (a["data-src"] ?? a["data-original"] ?? a.srcset?.split(/[\s,]+/)[0]);
  if (!raw) return null;
  try {
    return base ? new URL(raw, base).href : raw;
  } catch {
    return raw;
  }
}

function splitCredit(caption: string): { caption: string | null; credit: string | null } {
  const m = CREDIT_TAIL_RE.exec(caption);
  if (!m) return { caption: caption || null, credit: null };
  const credit = m[1]!.replace(/^\(|\)$/g, "").trim();
  const rest = trimEndWhere(caption.slice(0, m.index), CAPTION_END).trim();
  return { caption: rest || null, credit };
}

function readFigure(figure: Element, base: string | null): ImageRef | null {
  let img: Element | null = null;
  let captionEl: Element | null = null;
  let creditEl: Element | null = null;
  for (const el of walk(figure)) {
    const cls = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
    if (!img && el.name === "img") img = el;
    else if (!captionEl && (el.name === "figcaption" || CAPTION_CLASS_RE.test(cls))) captionEl = el;
    if (!creditEl && el.name !== "figure" && CREDIT_CLASS_RE.test(cls)) creditEl = el;
  }
  const src = img ? imageSource(img, base) : null;
  const creditText = creditEl ? textOf(creditEl) : "";
  let captionText = captionEl ? textOf(captionEl) : "";
  if (creditText && captionText.includes(creditText))
    captionText = captionText.replace(creditText, "").trim();
  const split = splitCredit(captionText);
  const credit = creditText || split.credit;
  if (!src && !split.caption) return null;
  return { src, caption: split.caption, credit: credit || null };
}

/** The figures inside `scope` (the article), in reading order. */
export function extractImages(scope: Element | Document, baseUrl: string | null): ImageRef[] {
  const images: ImageRef[] = [];
  const seen = new Set<string>();
  for (const el of walk(scope)) {
    if (el.name !== "figure") continue;
    const ref = readFigure(el, baseUrl);
    if (!ref) continue;
    const key = `${ref.src}|${ref.caption}`;
    if (seen.has(key)) continue;
    seen.add(key);
    images.push(ref);
    if (images.length >= MAX_IMAGES) break;
  }
  return images;
}

/** The article's own element around the body container (<article> or <main>), else the container. */
export function imageScope(container: Element | Document): Element | Document {
  for (let n: ParentNode | null = container; n; n = n.parent) {
    if (n.type === "tag" && ((n as Element).name === "article" || (n as Element).name === "main"))
      return n as Element;
  }
  return container;
}
