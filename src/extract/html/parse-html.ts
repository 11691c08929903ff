// HTML to a domhandler Document (the tree both the content and the metadata extractors read).
// htmlparser2 never throws on malformed markup; the guards here keep time and memory bounded on
// hostile input: absurd nesting is flattened, and the tree is depth-capped as it is built so no
// later recursive walk (ours or a library's) can overflow the stack.
import { type Document, DomHandler, type ParentNode } from "domhandler";
import { Parser } from "htmlparser2";
import type { Warning } from "../../types.ts";
import { flattenDeepNesting, MAX_TAG_DEPTH } from "./parse-depth-guard.ts";
import { repairTree } from "./parse-repair.ts";

/** Thrown by the handler of the first, optimistic parse when the page nests deeper than the cap. */
class TooDeep extends Error {}

/**
 * Builds the tree like DomHandler, but elements deeper than the cap are merged into their ancestor.
 * With `abortDepth` set it stops the parse instead, at the first element that deep.
 */
class DepthCappedHandler extends DomHandler {
  private ignoredOpen = 0;

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
  }

  override onclosetag(): void {
    if (this.ignoredOpen > 0) {
      this.ignoredOpen--;
      return;
    }
    super.onclosetag();
  }
}

function parseWith(html: string, handler: DepthCappedHandler): Document {
  const parser = new Parser(handler, { decodeEntities: true });
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
