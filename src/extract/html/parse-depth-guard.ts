// htmlparser2 keeps its open-element stack with Array#unshift, so each open tag costs O(depth):
// a 100,000-deep page takes seconds. parse-html.ts parses optimistically and stops at the first
// element deeper than the cap; only then is the page scanned here (a regex pass over the tags) and
// the open/close tags that lie deeper than the cap dropped. Normal pages are never scanned.

/** Deeper than any real page: the deepest of the 181 scrapinghub benchmark pages nests ~60 levels. */
export const MAX_TAG_DEPTH = 1000;

// Elements without a closing tag, or whose closing tag is optional and usually left out: they do not
// add nesting depth as far as the guard is concerned.
const NON_NESTING = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "dt",
  "dd",
  "option",
  "tr",
  "td",
  "th",
  "tbody",
  "thead",
  "tfoot",
]);

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;

/** The deepest running nesting of the page's tags (an estimate, not a parse). */
export function estimateMaxDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (NON_NESTING.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** The page with tags deeper than `cap` removed (their text stays), or the page itself if it is shallower. */
export function flattenDeepNesting(html: string, cap = MAX_TAG_DEPTH): { html: string; flattened: boolean } {
  if (estimateMaxDepth(html) <= cap) return { html, flattened: false };
  let depth = 0;
  TAG_RE.lastIndex = 0;
  const out = html.replace(TAG_RE, (tag: string, close: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (NON_NESTING.has(name) || selfClose) return tag;
    if (close) {
      const keep = depth <= cap;
      depth = Math.max(0, depth - 1);
      return keep ? tag : "";
    }
    depth++;
    return depth <= cap ? tag : "";
  });
  return { html: out, flattened: true };
}
