import { describe, expect, it } from "vitest";
import { estimateMaxDepth, flattenDeepNesting } from "../../../src/extract/html/parse-depth-guard.ts";
import { parseHtml } from "../../../src/extract/html/parse-html.ts";

function depthOf(node: { children?: unknown[] }): number {
  let max = 0;
  const stack: [{ children?: unknown[] }, number][] = [[node, 0]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of n.children ?? []) stack.push([c as { children?: unknown[] }, d + 1]);
  }
  return max;
}

describe("depth guard", () => {
  it("estimates nesting, ignoring void and optional-close tags", () => {
    expect(estimateMaxDepth("<div><p>a<p>b<br><img src=x><span>c</span></div>")).toBe(2);
    expect(estimateMaxDepth("<div><div></div><div><div></div></div></div>")).toBe(3);
  });

  it("leaves normal pages untouched and flattens absurd ones", () => {
    const normal = "<div><p>text</p></div>";
    expect(flattenDeepNesting(normal)).toEqual({ html: normal, flattened: false });
    const deep = flattenDeepNesting(`${"<div>".repeat(5000)}x${"</div>".repeat(5000)}`, 100);
    expect(deep.flattened).toBe(true);
    expect(estimateMaxDepth(deep.html)).toBe(100);
    expect(deep.html).toContain("x");
  });

  it("builds trees no deeper than the cap, whatever the input", () => {
    const { dom, warnings } = parseHtml(`${"<section>".repeat(50_000)}<p>deep text</p>`);
    expect(depthOf(dom)).toBeLessThan(2100);
    expect(warnings.map((w) => w.code)).toContain("W_HTML_DEEP_NESTING");
  });
});

describe("whitespace between blocks", () => {
  const textNodes = (html: string): string[] => {
    const out: string[] = [];
    const visit = (n: { type: string; data?: string; children?: unknown[] }): void => {
      if (n.type === "text") out.push(n.data ?? "");
      for (const c of n.children ?? []) visit(c as typeof n);
    };
    visit(parseHtml(html).dom);
    return out;
  };
  it("builds no text for indentation after or at the start of a block", () => {
    expect(textNodes("<div>\n  <p>one</p>\n  <p>two</p>\n</div>")).toEqual(["one", "two"]);
  });
  it("keeps the space between inline elements and inside preformatted text", () => {
    expect(textNodes("<p><b>one</b> <i>two</i></p>").join("|")).toBe("one| |two");
    expect(textNodes("<pre><b>a</b>\n  <b>b</b>\n</pre>").join("|")).toBe("a|\n  |b|\n");
    expect(textNodes("<p>x<a> <b>y</b></a></p>").join("|")).toBe("x| |y");
  });
});
