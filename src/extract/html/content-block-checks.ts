// What the block walk (content-blocks.ts) asks of an element or a line of text: is it visible,
// chrome-free, a heading that holds the story, a drop cap, a hard-wrapped line; what kind of block
// its ancestors make it. Kept apart from the walk so the walk's own functions stay small: V8 compiles
// and, when a page takes a path the first pages did not, recompiles each function whole.
import { type Element, Text } from "domhandler";
import { BLOCK_TAGS } from "./block-tags.ts";
import type { BlockKind, TextBlock } from "./text-block.ts";

/** Never visible text, or interactive widgets whose labels are not article text. */
export const SKIPPED_TAGS = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "button",
  "select",
  "input",
  "textarea",
  "label",
  "nav",
  "dialog",
  "menu",
]);

/** Tags whose class/id is never read as chrome: they are too often the whole page or the whole article. */
export const NEVER_CHROME = new Set(["html", "body", "main", "article"]);

/** Runs of whitespace, and C0 controls such as NUL (they carry no text): each becomes one space. */
export const CONTROL_OR_SPACE_RE = /[\s\u0000-\u0008\u000e-\u001f\u007f]+/g;

const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** `style`: the element's style attribute, read once by the walk for every element. */
export function isHidden(el: Element, style: string | undefined): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true" && el.name !== "body" && el.name !== "html") return true;
  return style !== undefined && HIDDEN_STYLE_RE.test(style);
}

/** Elements that reset the open links inside them, as a browser's parser does. */
export const CELL_TAGS = new Set(["td", "th", "caption"]);

/** Longer than any headline: a heading holding more text holds the story (see blockKind). */
export const MAX_HEADING_CHARS = 400;

export function isHeadingTag(name: string): boolean {
  return name.length === 2 && name[0] === "h" && name[1]! >= "1" && name[1]! <= "6";
}

/**
 * `unclosed`: headings that hold paragraphs of prose. A heading holds a title; one that holds the
 * story was never closed ("<h1>Title</h2>" closes nothing for the parser, while a browser ends
 * the heading there). Its first block is the title; the blocks after it, or nested in it, are read
 * as what their own element makes them.
 */
export function blockKind(
  stack: readonly Element[],
  unclosed: Map<Element, boolean>,
): { kind: BlockKind; level: number } {
  for (let i = stack.length - 1; i >= 0; i--) {
    const el = stack[i]!;
    if (isHeadingTag(el.name)) {
      const titled = unclosed.get(el);
      // Its first run of text is the title; what follows (after a <br>, or nested) is the story.
      if (titled !== undefined && (titled || i < stack.length - 1)) return { kind: "paragraph", level: 0 };
      if (titled === false) unclosed.set(el, true);
      return { kind: "heading", level: Number(el.name[1]) };
    }
    const name = el.name;
    switch (name) {
      case "figcaption":
      case "caption":
        return { kind: "caption", level: 0 };
      case "li":
      case "dd":
      case "dt":
        return { kind: "item", level: 0 };
      case "blockquote":
        return { kind: "quote", level: 0 };
      case "pre":
        return { kind: "pre", level: 0 };
      case "td":
      case "th":
        return { kind: "cell", level: 0 };
      case "p":
        return { kind: "paragraph", level: 0 };
    }
  }
  return { kind: "paragraph", level: 0 };
}

/** Sentinel for "a block boundary since the last text": never rejoin across it. */
export const NO_JOIN = 1_000;
/** A line that ends a sentence or a label ends its paragraph. */
const LINE_END_RE = /[.!?:;"”»)\]…。！？]$/u;
const STARTS_LOWER_RE = /^\p{Ll}/u;

/**
 * Whether `next`, after a single <br>, continues `previous`'s sentence: hard-wrapped text on old
 * pages breaks lines mid-sentence, so the line before ends without punctuation (or with a comma or
 * hyphen) and the next starts in lower case. Link lines are lists, never wrapped prose.
 */
export function isWrappedLine(previous: TextBlock, next: string, nextLinkChars: number): boolean {
  if (LINE_END_RE.test(previous.text)) return false;
  if (previous.linkChars * 2 > previous.text.length || nextLinkChars * 2 > next.length) return false;
  return STARTS_LOWER_RE.test(next) || /[,\-–]$/u.test(previous.text);
}

/** Prose this long is a paragraph, not the label an inline chrome name ("byline") is meant for. */
const INLINE_LABEL_MAX_CHARS = 80;

/**
 * The chrome-named ancestors that apply to a block. An inline element (a <span class="byline">)
 * names a short label; when broken markup leaves it open around paragraphs of prose, its name says
 * nothing about them.
 */
export function chromeAround(elements: readonly Element[], text: string): Element[] {
  if (elements.length === 0) return [];
  if (text.length < INLINE_LABEL_MAX_CHARS) return elements.slice();
  return elements.filter((el) => BLOCK_TAGS.has(el.name));
}

/** One capital letter alone: a drop cap (a headline or label is never one letter). */
export function isDropCap(text: string): boolean {
  return text.length === 1 && /\p{Lu}/u.test(text);
}

/**
 * An element styled on its own whose whole content is one capital letter
 * ("<span class=dropcap>T</span>"); plain emphasis ("<b>A</b> man") is a word, not a drop cap.
 */
export function isDropCapElement(el: Element, klass: string | undefined, style: string | undefined): boolean {
  if (el.children.length !== 1) return false;
  // class and style as the walk read them for every element, and `instanceof`, not a read of the
  // child's type: a property read that only this rare path makes saw too few shapes when V8
  // optimised the walk, and each new one threw the walk's optimised code away.
  const styled = klass !== undefined || style !== undefined || el.name === "big";
  if (!styled) return false;
  const child = el.children[0]!;
  return child instanceof Text && isDropCap(child.data.trim());
}

/** schema.org microdata naming the element as the article's text. */
export function isDeclaredBody(el: Element): boolean {
  const prop = el.attribs.itemprop;
  return prop !== undefined && /\barticlebody\b/i.test(prop);
}

/** The non-ASCII characters of JavaScript's \s. */
function isUnicodeSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Length of the text with whitespace runs collapsed to one space and the ends trimmed. */
export function collapsedLength(text: string): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || (c >= 9 && c <= 13) || (c > 0x7f && isUnicodeSpace(c));
    if (isSpace) space = n > 0;
    else {
      n += space ? 2 : 1;
      space = false;
    }
  }
  return n;
}
