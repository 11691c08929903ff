// HTML to a domhandler Document (the tree both the content and the metadata extractors read).
// htmlparser2 never throws on malformed markup; the guards here keep time and memory bounded on
// hostile input: absurd nesting is flattened, and the tree is depth-capped as it is built so no
// later recursive walk (ours or a library's) can overflow the stack.
import { type Document, DomHandler, type Element, isTag, type ParentNode } from "domhandler";
import { Parser } from "htmlparser2";
import type { Warning } from "../../types.ts";
import { BLOCK_TAGS } from "./block-tags.ts";
import { flattenDeepNesting, MAX_TAG_DEPTH } from "./parse-depth-guard.ts";
import { repairTree } from "./parse-repair.ts";
import { SkippingTokenizer } from "./parse-tokenizer.ts";

/**
 * Elements after which (or at the start of which) whitespace is layout, never text: the blocks
 * (every reader starts a new block there, so the space separates nothing) and what can only sit
 * in <head>. Two in three text nodes of real pages are such indentation between tags (106,548 of
 * 148,083 on the scrapinghub set); not building them spares the parser's allocations and every
 * later walk.
 */
const LAYOUT_SPACE_AFTER = new Set([
  ...BLOCK_TAGS,
  "head",
  "meta",
  "link",
  "title",
  "script",
  "style",
  "base",
]);
/** Where whitespace is text: preformatted elements keep every newline and indent. */
const KEEPS_SPACE = new Set(["pre", "textarea", "listing", "xmp", "plaintext"]);

function isSpaceOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // HTML's ASCII whitespace only: a no-break space (U+00A0) is text the page put there.
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/** Thrown by the handler of the first, optimistic parse when the page nests deeper than the cap. */
class TooDeep extends Error {}

/**
 * Builds the tree like DomHandler, but elements deeper than the cap are merged into their ancestor.
 * With `abortDepth` set it stops the parse instead, at the first element that deep.
 */
class DepthCappedHandler extends DomHandler {
  private ignoredOpen = 0;
  /** Open preformatted elements: whitespace inside them is text. */
  private preformatted = 0;

  constructor(
    private readonly maxDepth: number,
    private readonly abortDepth = Number.POSITIVE_INFINITY,
  ) {
    super(null, {});
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    const depth = (this.tagStack as ParentNode[]).length;
    if (depth > this.abortDepth) throw new TooDeep();
    if (depth > this.maxDepth) {
      this.ignoredOpen++;
      return;
    }
    super.onopentag(name, attribs);
    if (KEEPS_SPACE.has(name)) this.preformatted++;
  }

  override onclosetag(): void {
    if (this.ignoredOpen > 0) {
      this.ignoredOpen--;
      return;
    }
    const stack = this.tagStack as ParentNode[];
    const closing = stack[stack.length - 1] as Element | undefined;
    if (closing && KEEPS_SPACE.has(closing.name)) this.preformatted--;
    super.onclosetag();
  }

  override ontext(data: string): void {
    // Only a text node's first piece is judged (entities arrive as pieces of the same text).
    if (this.lastNode === null && this.preformatted === 0 && isSpaceOnly(data) && this.isLayoutSpace())
      return;
    super.ontext(data);
  }

  /** Whether text starting here follows a block (or opens one): whitespace there is indentation. */
  private isLayoutSpace(): boolean {
    const stack = this.tagStack as ParentNode[];
    const parent = stack[stack.length - 1]!;
    const previous = parent.children[parent.children.length - 1];
    if (previous) return isTag(previous) && LAYOUT_SPACE_AFTER.has(previous.name);
    return parent.type === "root" || LAYOUT_SPACE_AFTER.has((parent as Element).name);
  }
}

function parseWith(html: string, handler: DepthCappedHandler): Document {
  const parser = new Parser(handler, { decodeEntities: true, Tokenizer: SkippingTokenizer });
  parser.end(html);
  return handler.root;
}

export interface ParsedHtml {
  readonly dom: Document;
  readonly warnings: Warning[];
}

export function parseHtml(html: string): ParsedHtml {
  const warnings: Warning[] = [];
  let dom: Document;
  try {
    // Optimistic: real pages never nest this deep, so most pages are parsed once with no pre-scan.
    dom = parseWith(html, new DepthCappedHandler(MAX_TAG_DEPTH * 2, MAX_TAG_DEPTH));
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    // Absurd nesting: drop the tags deeper than the cap before parsing (htmlparser2 pays O(depth)
    // per open tag). The handler's own cap is a second line of defence should the scan read the
    // tags differently from the parser: no tree deeper than that ever reaches a walker.
    const { html: shallow, flattened } = flattenDeepNesting(html);
    if (flattened) {
      warnings.push({
        code: "W_HTML_DEEP_NESTING",
        message: `tags nested deeper than ${MAX_TAG_DEPTH} levels were flattened`,
      });
    }
    dom = parseWith(shallow, new DepthCappedHandler(MAX_TAG_DEPTH * 2));
  }
  repairTree(dom);
  return { dom, warnings };
}
