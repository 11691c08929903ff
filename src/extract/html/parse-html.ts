// HTML to a domhandler Document (the tree both the content and the metadata extractors read).
// htmlparser2 never throws on malformed markup; the guards here keep time and memory bounded on
// hostile input: absurd nesting is flattened, and the tree is depth-capped as it is built so no
// later recursive walk (ours or a library's) can overflow the stack.
import { type Document, DomHandler, type ParentNode } from "domhandler";
import { Parser } from "htmlparser2";
import type { Warning } from "../../types.ts";
import { flattenDeepNesting, MAX_TAG_DEPTH } from "./parse-depth-guard.ts";

/** Builds the tree like DomHandler, but elements deeper than the cap are merged into their ancestor. */
class DepthCappedHandler extends DomHandler {
  private ignoredOpen = 0;

  constructor(private readonly maxDepth: number) {
    super(null, {});
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if ((this.tagStack as ParentNode[]).length > this.maxDepth) {
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

export interface ParsedHtml {
  readonly dom: Document;
  readonly warnings: Warning[];
}

export function parseHtml(html: string): ParsedHtml {
  const warnings: Warning[] = [];
  const { html: shallow, flattened } = flattenDeepNesting(html);
  if (flattened) {
    warnings.push({
      code: "W_HTML_DEEP_NESTING",
      message: `tags nested deeper than ${MAX_TAG_DEPTH} levels were flattened`,
    });
  }
  // The handler's own cap is a second line of defence should the estimate miss (e.g. tags the
  // scan reads differently from the parser): no tree deeper than this ever reaches a walker.
  const handler = new DepthCappedHandler(MAX_TAG_DEPTH * 2);
  const parser = new Parser(handler, { decodeEntities: true });
  parser.end(shallow);
  return { dom: handler.root, warnings };
}
