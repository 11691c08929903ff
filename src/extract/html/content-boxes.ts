// Elements whose role the markup does not name and the text walk must judge from their content:
// widget tags left open around the story, and <a> elements that are links versus placeholders.
// Each judgement reads a bounded number of nodes, so hostile nesting cannot make the walk quadratic.
import type { AnyNode, Element } from "domhandler";

/**
 * Skipped tags that hold a label or fallback text, never prose. One that holds a sentence was left
 * open ("<label>Search" with no "</label>" before the story) and wraps the page: it is read.
 */
export const WIDGET_TAGS = new Set(["button", "label", "menu", "dialog", "noscript", "object", "nav"]);

/** Nodes looked at, at most, for prose inside a widget tag: bounds the cost on hostile nesting. */
const WIDGET_SCAN_NODES = 300;
/**
 * Text a widget may hold: labels, and fallback notes ("This site needs JavaScript to show the
 * comments. Please enable it.") stay well below it; the rest of a page left inside does not.
 * (An <iframe>'s content is raw text to the parser, as to a browser: markup, never read.)
 */
const WIDGET_MAX_TEXT_CHARS = 500;
/** A sentence end inside a text node, or at its end (paragraphs split by <br> or <p> end there). */
const SENTENCE_INSIDE_RE = /[.!?]["”')]?(?:\s|$)/;

/** Whether the element holds more prose than a widget's label or note: it was left open around the page. */
export function holdsProse(el: Element): boolean {
  const stack: AnyNode[] = el.children.slice(0, WIDGET_SCAN_NODES).reverse();
  let chars = 0;
  let sentence = false;
  for (let seen = 0; stack.length > 0 && seen < WIDGET_SCAN_NODES; seen++) {
    const node = stack.pop()!;
    if (node.type === "text") {
      const data = (node as { data: string }).data;
      chars += data.trim().length;
      sentence ||= SENTENCE_INSIDE_RE.test(data);
      if (sentence && chars > WIDGET_MAX_TEXT_CHARS) return true;
    } else if (node.type === "tag") {
      // Pushed last-first so the scan reads in document order; never more than the budget.
      const children = (node as Element).children;
      for (let i = Math.min(children.length, WIDGET_SCAN_NODES) - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return false;
}

/** Whether the element's text runs past `limit` characters (a bounded scan, like holdsProse's). */
export function holdsTextBeyond(el: Element, limit: number): boolean {
  const stack: AnyNode[] = el.children.slice(0, WIDGET_SCAN_NODES).reverse();
  let chars = 0;
  for (let seen = 0; stack.length > 0 && seen < WIDGET_SCAN_NODES; seen++) {
    const node = stack.pop()!;
    if (node.type === "text") {
      chars += (node as { data: string }).data.trim().length;
      if (chars > limit) return true;
    } else if (node.type === "tag") {
      const children = (node as Element).children;
      for (let i = Math.min(children.length, WIDGET_SCAN_NODES) - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return false;
}

/**
 * A hyperlink: an <a> with an href. Without one it is a placeholder (HTML's word): a bookmark
 * ("<a name=top>", which old pages often leave open around the whole story) or plain text a
 * script styles. Its short control labels ("Enlarge image", "Close") are stock phrases.
 */
export function isLink(el: Element): boolean {
  return el.name === "a" && el.attribs.href !== undefined;
}
