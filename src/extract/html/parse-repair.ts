// Tree repairs htmlparser2 leaves to the reader. It builds the tree the markup spells, not the one a
// browser builds, and one HTML rule matters for the text: a browser closes <head> at the first thing
// that cannot live there. Old pages often leave <head> open and omit <body> ("<title>..</title>
// <table>...") — a browser shows the page; htmlparser2 keeps the whole page inside <head>, which
// every reader skips, and the page reads as empty.
import type { ChildNode, Document, Element, ParentNode } from "domhandler";

/** Elements HTML allows inside <head>; anything else (or visible text) ends the head. */
const HEAD_CONTENT = new Set([
  "base",
  "basefont",
  "bgsound",
  "link",
  "meta",
  "noscript",
  "script",
  "style",
  "template",
  "title",
]);

function endsHead(node: ChildNode): boolean {
  if (node.type === "text") return (node as { data: string }).data.trim() !== "";
  if (node.type !== "tag") return false; // comments, <script>/<style> (their own node types)
  return !HEAD_CONTENT.has((node as Element).name);
}

/** Moves everything from the first body-only node in <head> to just after the head. */
function closeHead(head: Element): boolean {
  const parent = head.parent as ParentNode | null;
  if (!parent) return false;
  const start = head.children.findIndex(endsHead);
  if (start < 0) return false;
  const moved = head.children.splice(start);
  const at = parent.children.indexOf(head) + 1;
  parent.children.splice(at, 0, ...moved);
  const siblings = parent.children;
  // Re-link the sibling pointers around the moved run and the head's new last child.
  const last = head.children[head.children.length - 1];
  if (last) last.next = null;
  for (let i = at - 1; i <= at + moved.length && i < siblings.length; i++) {
    const node = siblings[i]!;
    node.prev = siblings[i - 1] ?? null;
    node.next = siblings[i + 1] ?? null;
    if (i >= at && i < at + moved.length) node.parent = parent;
  }
  return true;
}

/**
 * Applies the repairs in place; returns true when the tree changed. Looks only at <head> elements
 * near the root (html's children), so the cost does not grow with the page.
 */
export function repairTree(dom: Document): boolean {
  let changed = false;
  const roots: ParentNode[] = [dom];
  for (const child of dom.children)
    if (child.type === "tag" && (child as Element).name === "html") roots.push(child as Element);
  for (const root of roots) {
    for (const child of [...root.children]) {
      if (child.type === "tag" && (child as Element).name === "head")
        changed = closeHead(child as Element) || changed;
    }
  }
  return changed;
}
