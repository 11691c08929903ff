// Step 1 of main-text extraction: walk the tree once (iteratively: no recursion, so any depth is
// safe) and cut the visible text into blocks, one per paragraph-level element, in reading order.
// Invisible parts (scripts, forms, hidden elements) and elements whose class/id say they are
// chrome (share bars, comments, consent boxes, ...) are skipped here.
import { type AnyNode, type Document, type Element, Text } from "domhandler";
import { BLOCK_TAGS } from "./block-tags.ts";
import { holdsProse, holdsTextBeyond, isLink, WIDGET_TAGS } from "./content-boxes.ts";
import { type ContentHints, classifyElementNames } from "./content-hints.ts";

import { type BlockKind, makeBlock, type TextBlock, withBlock } from "./text-block.ts";

export { type BlockKind, type TextBlock, withBlock } from "./text-block.ts";

/** Never visible text, or interactive widgets whose labels are not article text. */
const SKIPPED_TAGS = new Set([
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
const NEVER_CHROME = new Set(["html", "body", "main", "article"]);

/** Runs of whitespace, and C0 controls such as NUL (they carry no text): each becomes one space. */
const CONTROL_OR_SPACE_RE = /[\s\u0000-\u0008\u000e-\u001f\u007f]+/g;

const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** `style`: the element's style attribute, read once by the walk for every element. */
function isHidden(el: Element, style: string | undefined): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true" && el.name !== "body" && el.name !== "html") return true;
  return style !== undefined && HIDDEN_STYLE_RE.test(style);
}

/** Elements that reset the open links inside them, as a browser's parser does. */
const CELL_TAGS = new Set(["td", "th", "caption"]);

/** Longer than any headline: a heading holding more text holds the story (see blockKind). */
const MAX_HEADING_CHARS = 400;

function isHeadingTag(name: string): boolean {
  return name.length === 2 && name[0] === "h" && name[1]! >= "1" && name[1]! <= "6";
}

/**
 * `unclosed`: headings that hold paragraphs of prose. A heading holds a title; one that holds the
 * story was never closed ("<h1>Title</h2>" closes nothing for the parser, while a browser ends
 * the heading there). Its first block is the title; the blocks after it, or nested in it, are read
 * as what their own element makes them.
 */
function blockKind(
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
const NO_JOIN = 1_000;
/** A line that ends a sentence or a label ends its paragraph. */
const LINE_END_RE = /[.!?:;"”»)\]…。！？]$/u;
const STARTS_LOWER_RE = /^\p{Ll}/u;

/**
 * Whether `next`, after a single <br>, continues `previous`'s sentence: hard-wrapped text on old
 * pages breaks lines mid-sentence, so the line before ends without punctuation (or with a comma or
 * hyphen) and the next starts in lower case. Link lines are lists, never wrapped prose.
 */
function isWrappedLine(previous: TextBlock, next: string, nextLinkChars: number): boolean {
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
function chromeAround(elements: readonly Element[], text: string): Element[] {
  if (elements.length === 0) return [];
  if (text.length < INLINE_LABEL_MAX_CHARS) return elements.slice();
  return elements.filter((el) => BLOCK_TAGS.has(el.name));
}

/** One capital letter alone: a drop cap (a headline or label is never one letter). */
function isDropCap(text: string): boolean {
  return text.length === 1 && /\p{Lu}/u.test(text);
}

/**
 * An element styled on its own whose whole content is one capital letter
 * ("<span class=dropcap>T</span>"); plain emphasis ("<b>A</b> man") is a word, not a drop cap.
 */
function isDropCapElement(el: Element, klass: string | undefined, style: string | undefined): boolean {
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
function isDeclaredBody(el: Element): boolean {
  const prop = el.attribs.itemprop;
  return prop !== undefined && /\barticlebody\b/i.test(prop);
}

/**
 * Pushed above an element on the walk's stack: popping it means the element's children are done
 * and the element (next on the stack) is left. One shared marker, not an object per step: the walk
 * visits every node of the page.
 */
const EXIT: unique symbol = Symbol("exit");
type Step = AnyNode | typeof EXIT;

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
function collapsedLength(text: string): number {
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

export interface CollectOptions {
  /**
   * Read class/id names and hidden styles as nothing: the second pass for pages whose first pass
   * found no prose because a wrapper's name ("print", "hidden", "widget") or a style hid the story.
   */
  readonly lenient?: boolean;
}

export function collectBlocks(dom: Document, hints: ContentHints, options: CollectOptions = {}): TextBlock[] {
  const lenient = options.lenient === true;
  let glueNext = false;
  const declaredBodies = new Map<Element, { negatives: Element[]; drops: Element[] }>();
  const blocks: TextBlock[] = [];
  const blockStack: Element[] = [];
  const negatives: Element[] = [];
  const drops: Element[] = [];
  let figureDepth = 0;
  let linkDepth = 0;
  const openLinks: Element[] = [];
  const closedLinks = new Set<Element>();
  const unclosedHeadings = new Map<Element, boolean>();
  let parts: string[] = [];
  let linkChars = 0;
  /** The link the current block's linked text sat in (the last one, when several). */
  let partsLink: Element | null = null;

  // <br> runs since the last block: one <br> inside running text may be a hard-wrapped line end
  // (old pages break every line); a block boundary sets it high so nothing is rejoined across it.
  let breaks = NO_JOIN;
  const flush = () => {
    if (parts.length === 0) return;
    const text = parts.join("").replace(CONTROL_OR_SPACE_RE, " ").trim();
    parts = [];
    const links = linkChars;
    linkChars = 0;
    const partsLinkOfBlock = partsLink;
    partsLink = null;
    if (!text) return;
    const owner = blockStack[blockStack.length - 1] ?? dom;
    const previous = blocks[blocks.length - 1];
    const single = breaks === 1;
    breaks = 0;
    if (previous && isDropCap(previous.text) && /^\p{Ll}/u.test(text)) {
      // A drop cap set as its own block (<div class="dropcap">T</div>urkey ...): rejoin the word.
      blocks[blocks.length - 1] = withBlock(previous, { text: `${previous.text}${text}`, owner });
      linkChars = 0;
      return;
    }
    if (single && previous && previous.owner === owner && isWrappedLine(previous, text, links)) {
      blocks[blocks.length - 1] = withBlock(previous, {
        text: `${previous.text} ${text}`,
        linkChars: previous.linkChars + Math.min(links, text.length),
      });
      return;
    }
    const { kind, level } = blockKind(blockStack, unclosedHeadings);
    blocks.push(
      makeBlock({
        text,
        linkChars: Math.min(links, text.length),
        kind,
        level,
        owner,
        negatives: chromeAround(negatives, text),
        drops: chromeAround(drops, text),
        inFigure: figureDepth > 0,
        openLink: partsLinkOfBlock,
      }),
    );
  };
  const boundary = () => {
    flush();
    breaks = NO_JOIN;
  };

  const steps: Step[] = [];
  for (let i = dom.children.length - 1; i >= 0; i--) steps.push(dom.children[i]!);
  while (steps.length > 0) {
    const node = steps.pop()!;
    if (node === EXIT) {
      const el = steps.pop() as Element;
      if (BLOCK_TAGS.has(el.name)) {
        boundary();
        blockStack.pop();
      }
      if (openLinks[openLinks.length - 1] === el) {
        openLinks.pop();
        if (!closedLinks.has(el)) linkDepth--;
      }
      if (el.name === "figure") figureDepth--;
      const outer = declaredBodies.get(el);
      if (outer) {
        negatives.splice(0, negatives.length, ...outer.negatives);
        drops.splice(0, drops.length, ...outer.drops);
        continue;
      }
      if (negatives[negatives.length - 1] === el) negatives.pop();
      if (drops[drops.length - 1] === el) drops.pop();
      continue;
    }
    if (node.type === "text") {
      let data = (node as { data: string }).data;
      if (glueNext) {
        // The rest of a word after its drop cap: "T" + "urkey", whatever whitespace the markup has.
        if (/^\s+\p{Ll}/u.test(data)) data = data.trimStart();
        if (data.trim()) glueNext = false;
      }
      parts.push(data);
      if (linkDepth > 0) {
        linkChars += collapsedLength(data);
        partsLink = openLinks[openLinks.length - 1] ?? null;
      }
      continue;
    }
    if (node.type !== "tag") continue; // comments, doctype, and <script>/<style> (their own node types)
    const el = node as Element;
    const name = el.name;
    if (SKIPPED_TAGS.has(name) && !(WIDGET_TAGS.has(name) && holdsProse(el))) continue;
    const { class: klass, id, style } = el.attribs;
    if (!lenient && isHidden(el, style)) continue;
    const hint =
      lenient || NEVER_CHROME.has(name) || (klass === undefined && id === undefined)
        ? null
        : classifyElementNames(hints, klass, id);
    if (name === "br") {
      flush();
      breaks++;
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      boundary();
      blockStack.push(el);
      if (isHeadingTag(name) && holdsTextBeyond(el, MAX_HEADING_CHARS)) unclosedHeadings.set(el, false);
    } else if (name === "img" && isDropCap((el.attribs.alt ?? "").trim()) && parts.join("").trim() === "") {
      // A drop cap drawn as an image (old newspaper pages): its alt letter starts the first word.
      parts.push(el.attribs.alt!.trim());
      glueNext = true;
    } else if (name === "img" || name === "hr") {
      parts.push(" ");
    }
    if (linkDepth > 0 && CELL_TAGS.has(name)) {
      // A table cell starts afresh, as in a browser (the cell is a "marker": formatting opened
      // outside it, such as a logo link whose "</a>" was forgotten, does not carry into it).
      for (const open of openLinks) closedLinks.add(open);
      linkDepth = 0;
    }
    if (isLink(el)) {
      // A link opened inside an open link: the page forgot a "</a>", and a browser ends the outer
      // link here. Without this, one unclosed anchor turns the rest of the page into "links".
      for (const open of openLinks) closedLinks.add(open);
      linkDepth = 1;
      openLinks.push(el);
    }
    if (name === "figure") figureDepth++;

    if (!BLOCK_TAGS.has(name) && isDropCapElement(el, klass, style) && parts.join("").trim() === "") {
      // An inline drop cap at the start of a paragraph: its letter joins the next word.
      parts.push((el.children[0] as { data: string }).data.trim());
      glueNext = true;
      steps.push(el, EXIT);
      continue;
    }
    if (!lenient && isDeclaredBody(el) && (negatives.length > 0 || drops.length > 0)) {
      // Microdata says this is the article's body: chrome names around it (a "share_wrapper" that a
      // CMS wraps the whole story in) are wrappers, not chrome. Restored when the element closes.
      declaredBodies.set(el, { negatives: negatives.slice(), drops: drops.slice() });
      negatives.length = 0;
      drops.length = 0;
    }
    if (hint === "negative" || hint === "drop" || (!lenient && (name === "aside" || name === "footer")))
      negatives.push(el);
    if (hint === "drop") drops.push(el);
    steps.push(el, EXIT);
    for (let i = el.children.length - 1; i >= 0; i--) steps.push(el.children[i]!);
  }
  flush();
  return blocks;
}
