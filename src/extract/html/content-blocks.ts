// Step 1 of main-text extraction: walk the tree once (iteratively: no recursion, so any depth is
// safe) and cut the visible text into blocks, one per paragraph-level element, in reading order.
// Invisible parts (scripts, forms, hidden elements) and elements whose class/id say they are
// chrome (share bars, comments, consent boxes, ...) are skipped here.
//
// The walk is a class of small methods, one per kind of step (enter an element, leave it, read a
// text node, end a block), with the rare paths (drop caps, a microdata-declared body, a forgotten
// "</a>") in methods of their own. It was one 200-line function with closures: V8 optimised it
// whole, and each page that took a path the first pages had not threw that code away and compiled
// the whole walk again. Small methods are compiled, and recompiled, one at a time.
import type { AnyNode, Document, Element } from "domhandler";
import { BLOCK_TAGS } from "./block-tags.ts";
import {
  blockKind,
  CELL_TAGS,
  CONTROL_OR_SPACE_RE,
  chromeAround,
  collapsedLength,
  isDeclaredBody,
  isDropCap,
  isDropCapElement,
  isHeadingTag,
  isHidden,
  isWrappedLine,
  MAX_HEADING_CHARS,
  NEVER_CHROME,
  NO_JOIN,
  SKIPPED_TAGS,
} from "./content-block-checks.ts";
import { holdsProse, holdsTextBeyond, isLink, WIDGET_TAGS } from "./content-boxes.ts";
import { type ContentHints, classifyElementNames } from "./content-hints.ts";
import { objectArray } from "./object-arrays.ts";
import { makeBlock, type TextBlock, withBlock } from "./text-block.ts";

export { type BlockKind, type TextBlock, withBlock } from "./text-block.ts";

/**
 * Pushed above an element on the walk's stack: popping it means the element's children are done
 * and the element (next on the stack) is left. One shared marker, not an object per step: the walk
 * visits every node of the page.
 */
const EXIT: unique symbol = Symbol("exit");
type Step = AnyNode | typeof EXIT;

const STARTS_LOWER_RE = /^\p{Ll}/u;
const SPACE_THEN_LOWER_RE = /^\s+\p{Ll}/u;

/** The chrome names in force outside a microdata-declared body, restored when it closes. */
interface OuterChrome {
  readonly negatives: Element[];
  readonly drops: Element[];
}

export interface CollectOptions {
  /**
   * Read class/id names and hidden styles as nothing: the second pass for pages whose first pass
   * found no prose because a wrapper's name ("print", "hidden", "widget") or a style hid the story.
   */
  readonly lenient?: boolean;
}

class BlockWalker {
  readonly blocks: TextBlock[] = objectArray();
  private readonly dom: Document;
  private readonly hints: ContentHints;
  private readonly lenient: boolean;
  private readonly steps: Step[] = objectArray();
  /** Block-level elements open around the current text, innermost last. */
  private readonly blockStack: Element[] = objectArray();
  /** Chrome-named ancestors of the current text (outermost first), and those named "drop". */
  private negatives: Element[] = objectArray();
  private drops: Element[] = objectArray();
  private readonly openLinks: Element[] = objectArray();
  /** Links a browser would have closed (a cell started, or a link opened inside them). */
  private readonly closedLinks = new Set<Element>();
  private readonly unclosedHeadings = new Map<Element, boolean>();
  private readonly declaredBodies = new Map<Element, OuterChrome>();
  /** Text of the block being read, as the nodes gave it. */
  private parts: string[] = objectArray();
  private linkChars = 0;
  /** The link the current block's linked text sat in (the last one, when several). */
  private partsLink: Element | null = null;
  private figureDepth = 0;
  private linkDepth = 0;
  /**
   * <br> runs since the last block: one <br> inside running text may be a hard-wrapped line end
   * (old pages break every line); a block boundary sets it high so nothing is rejoined across it.
   */
  private breaks = NO_JOIN;
  /** A drop cap was read: the next text's word continues it. */
  private glueNext = false;

  constructor(dom: Document, hints: ContentHints, lenient: boolean) {
    this.dom = dom;
    this.hints = hints;
    this.lenient = lenient;
  }

  run(): TextBlock[] {
    const steps = this.steps;
    this.pushChildren(this.dom);
    while (steps.length > 0) {
      const node = steps.pop()!;
      if (node === EXIT) this.leave(steps.pop() as Element);
      else if (node.type === "text") this.addText((node as { data: string }).data);
      // Comments, doctype, and <script>/<style> (their own node types) hold no visible text.
      else if (node.type === "tag") this.enter(node as Element);
    }
    this.flush();
    return this.blocks;
  }

  private pushChildren(parent: Document | Element): void {
    const children = parent.children;
    for (let i = children.length - 1; i >= 0; i--) this.steps.push(children[i]!);
  }

  private addText(data: string): void {
    const text = this.glueNext ? this.glueToDropCap(data) : data;
    this.parts.push(text);
    if (this.linkDepth > 0) {
      this.linkChars += collapsedLength(text);
      this.partsLink = this.openLinks[this.openLinks.length - 1] ?? null;
    }
  }

  /** The rest of a word after its drop cap: "T" + "urkey", whatever whitespace the markup has. */
  private glueToDropCap(data: string): string {
    const text = SPACE_THEN_LOWER_RE.test(data) ? data.trimStart() : data;
    if (text.trim()) this.glueNext = false;
    return text;
  }

  private enter(el: Element): void {
    const name = el.name;
    if (SKIPPED_TAGS.has(name) && !(WIDGET_TAGS.has(name) && holdsProse(el))) return;
    const attribs = el.attribs;
    const klass = attribs.class;
    const style = attribs.style;
    if (!this.lenient && isHidden(el, style)) return;
    if (name === "br") {
      this.flush();
      this.breaks++;
      return;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) this.openBlock(el, name);
    else if (name === "img" || name === "hr") this.addImage(el, name);
    if (this.linkDepth > 0 && CELL_TAGS.has(name)) this.closeOpenLinks();
    if (isLink(el)) this.openLink(el);
    if (name === "figure") this.figureDepth++;
    if (!isBlock && isDropCapElement(el, klass, style) && this.partsAreBlank()) {
      this.startDropCap(el);
      return;
    }
    if (!this.lenient) this.enterChrome(el, name, klass, attribs.id);
    this.steps.push(el, EXIT);
    this.pushChildren(el);
  }

  private openBlock(el: Element, name: string): void {
    this.boundary();
    this.blockStack.push(el);
    if (isHeadingTag(name) && holdsTextBeyond(el, MAX_HEADING_CHARS)) this.unclosedHeadings.set(el, false);
  }

  private addImage(el: Element, name: string): void {
    const alt = name === "img" ? el.attribs.alt : undefined;
    if (alt !== undefined && isDropCap(alt.trim()) && this.partsAreBlank()) {
      // A drop cap drawn as an image (old newspaper pages): its alt letter starts the first word.
      this.parts.push(alt.trim());
      this.glueNext = true;
      return;
    }
    this.parts.push(" ");
  }

  /**
   * A table cell starts afresh, as in a browser (the cell is a "marker": formatting opened outside
   * it, such as a logo link whose "</a>" was forgotten, does not carry into it).
   */
  private closeOpenLinks(): void {
    for (const open of this.openLinks) this.closedLinks.add(open);
    this.linkDepth = 0;
  }

  /**
   * A link opened inside an open link: the page forgot a "</a>", and a browser ends the outer link
   * here. Without this, one unclosed anchor turns the rest of the page into "links".
   */
  private openLink(el: Element): void {
    if (this.openLinks.length > 0) this.closeOpenLinks();
    this.linkDepth = 1;
    this.openLinks.push(el);
  }

  /** An inline drop cap at the start of a paragraph: its letter joins the next word. */
  private startDropCap(el: Element): void {
    this.parts.push((el.children[0] as { data: string }).data.trim());
    this.glueNext = true;
    this.steps.push(el, EXIT);
  }

  private enterChrome(el: Element, name: string, klass: string | undefined, id: string | undefined): void {
    if ((this.negatives.length > 0 || this.drops.length > 0) && isDeclaredBody(el)) this.resetChrome(el);
    const hint =
      NEVER_CHROME.has(name) || (klass === undefined && id === undefined)
        ? null
        : classifyElementNames(this.hints, klass, id);
    if (hint === "negative" || hint === "drop" || name === "aside" || name === "footer")
      this.negatives.push(el);
    if (hint === "drop") this.drops.push(el);
  }

  /**
   * Microdata says this is the article's body: chrome names around it (a "share_wrapper" that a
   * CMS wraps the whole story in) are wrappers, not chrome. Restored when the element closes.
   */
  private resetChrome(el: Element): void {
    this.declaredBodies.set(el, { negatives: this.negatives, drops: this.drops });
    this.negatives = objectArray();
    this.drops = objectArray();
  }

  private leave(el: Element): void {
    const name = el.name;
    if (BLOCK_TAGS.has(name)) {
      this.boundary();
      this.blockStack.pop();
    }
    const openLinks = this.openLinks;
    if (openLinks.length > 0 && openLinks[openLinks.length - 1] === el) {
      openLinks.pop();
      if (!this.closedLinks.has(el)) this.linkDepth--;
    }
    if (name === "figure") this.figureDepth--;
    if (this.declaredBodies.size > 0 && this.restoreChrome(el)) return;
    const negatives = this.negatives;
    if (negatives.length > 0 && negatives[negatives.length - 1] === el) negatives.pop();
    const drops = this.drops;
    if (drops.length > 0 && drops[drops.length - 1] === el) drops.pop();
  }

  /** Leaving a declared body: the chrome names outside it apply again. */
  private restoreChrome(el: Element): boolean {
    const outer = this.declaredBodies.get(el);
    if (!outer) return false;
    this.negatives = outer.negatives;
    this.drops = outer.drops;
    return true;
  }

  private partsAreBlank(): boolean {
    for (const part of this.parts) if (part.trim() !== "") return false;
    return true;
  }

  private boundary(): void {
    this.flush();
    this.breaks = NO_JOIN;
  }

  /** Ends the block being read, if it holds text. */
  private flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join("").replace(CONTROL_OR_SPACE_RE, " ").trim();
    this.parts = objectArray();
    const links = this.linkChars;
    this.linkChars = 0;
    const openLink = this.partsLink;
    this.partsLink = null;
    if (!text) return;
    const owner = this.blockStack[this.blockStack.length - 1] ?? this.dom;
    const blocks = this.blocks;
    const previous = blocks[blocks.length - 1];
    const single = this.breaks === 1;
    this.breaks = 0;
    if (previous !== undefined && this.rejoined(previous, text, links, owner, single)) return;
    const { kind, level } = blockKind(this.blockStack, this.unclosedHeadings);
    blocks.push(
      makeBlock({
        text,
        linkChars: Math.min(links, text.length),
        kind,
        level,
        owner,
        negatives: chromeAround(this.negatives, text),
        drops: chromeAround(this.drops, text),
        inFigure: this.figureDepth > 0,
        openLink,
      }),
    );
  }

  /** Whether `text` continued the previous block (replaced by the two joined) rather than starting one. */
  private rejoined(
    previous: TextBlock,
    text: string,
    links: number,
    owner: Element | Document,
    single: boolean,
  ): boolean {
    const blocks = this.blocks;
    if (isDropCap(previous.text) && STARTS_LOWER_RE.test(text)) {
      // A drop cap set as its own block (<div class="dropcap">T</div>urkey ...): rejoin the word.
      blocks[blocks.length - 1] = withBlock(previous, { text: `${previous.text}${text}`, owner });
      return true;
    }
    if (single && previous.owner === owner && isWrappedLine(previous, text, links)) {
      blocks[blocks.length - 1] = withBlock(previous, {
        text: `${previous.text} ${text}`,
        linkChars: previous.linkChars + Math.min(links, text.length),
      });
      return true;
    }
    return false;
  }
}

export function collectBlocks(dom: Document, hints: ContentHints, options: CollectOptions = {}): TextBlock[] {
  return new BlockWalker(dom, hints, options.lenient === true).run();
}
