// Hostile and broken input: the HTML extractor returns an Article or throws a coded SitrepError,
// never anything else, and finishes (vitest's per-test timeout is the bound, not a timing assertion).
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.ts";
import { isSitrepError } from "../../../src/errors.ts";
import { createHtmlExtractor } from "../../../src/extract/html/extract-html.ts";
import type { Article } from "../../../src/types.ts";

const extract = createHtmlExtractor(createContext());

function run(content: string | Uint8Array): { article?: Article; code?: string } {
  try {
    return { article: extract({ kind: "raw", id: "t", input: "t.html", type: "html", content }) };
  } catch (error) {
    if (isSitrepError(error)) return { code: error.code };
    throw error; // anything else fails the test
  }
}

const PROSE =
  "The committee met on Tuesday to discuss the budget, and members said the talks would continue next week.";
/** Two paragraphs: enough prose for a page without metadata to count as an article. */
const BODY = `<p>${PROSE}</p><p>Officials added that a final vote was expected before the end of the month.</p>`;

/** A small linear congruential generator: the "random" junk is the same on every run. */
function junkBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe("HTML extraction never throws on hostile input", () => {
  it("extracts the text of a 10 MB page", () => {
    const para = `<div class="row"><p>${PROSE}</p></div>\n`;
    const html = `<html><body><article>${para.repeat(Math.ceil((10 * 1024 * 1024) / para.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10 * 1024 * 1024);
    const { article } = run(html);
    expect(article?.paragraphs.length).toBeGreaterThan(1000);
    expect(article?.paragraphs[0]).toBe(PROSE);
  });

  it("survives 100,000-deep nesting, unclosed", () => {
    const { article } = run(`<html><body>${"<div>".repeat(100_000)}${BODY}</body></html>`);
    expect(article?.text).toContain("The committee met");
    expect(article?.warnings.map((w) => w.code)).toContain("W_HTML_DEEP_NESTING");
  });

  it("survives 100,000-deep nesting, closed", () => {
    const { article } = run(`<body>${"<div>".repeat(100_000)}${BODY}${"</div>".repeat(100_000)}</body>`);
    expect(article?.text).toContain("The committee met");
  });

  it("survives deep inline nesting and deep tables", () => {
    expect(run(`${"<b><i>".repeat(50_000)}${PROSE}`).article?.kind).toBe("article");
    expect(run(`${"<table><tr><td>".repeat(30_000)}${PROSE}`).article?.kind).toBe("article");
  });

  it("reads unclosed and mis-nested tags", () => {
    const { article } = run(
      `<html><body><p>${PROSE}<p>Second <b>bold <i>words</b> here.</i><div><span>${PROSE}`,
    );
    expect(article?.paragraphs[0]).toBe(PROSE);
    expect(article?.text).toContain("Second bold words here.");
  });

  it("removes NUL bytes and other control characters from the text", () => {
    const { article } = run(
      `<p>The commit\u0000tee met\u0001 on Tuesday.</p>${BODY.replace("budget", "bud\u0000get")}`,
    );
    expect(article?.text).not.toMatch(/[\u0000-\u0008]/);
    expect(article?.text).toContain("bud get");
  });

  it("gives a result or a coded error for binary junk", () => {
    for (const seed of [1, 2, 3]) {
      const outcome = run(junkBytes(200_000, seed));
      expect(outcome.article?.kind === "article" || typeof outcome.code === "string").toBe(true);
    }
  });

  it("handles unterminated comments, scripts and attributes", () => {
    for (const html of [
      `${BODY}<!-- ${"x".repeat(1_000_000)}`,
      `${BODY}<script>${"var a = '<div>';".repeat(50_000)}`,
      `${BODY}<div class="${"a".repeat(1_000_000)}`,
      `<p title='${"<".repeat(100_000)}'>${PROSE}</p>${BODY}`,
    ]) {
      const { article } = run(html);
      expect(article?.text.startsWith(PROSE)).toBe(true);
    }
  });

  it("returns an empty, non-article result for empty and tag-only pages", () => {
    for (const html of ["", "<html></html>", "<<<>>>", "</div></div></p>"]) {
      const { article } = run(html);
      expect(article?.isArticle).toBe(false);
      expect(article?.text).toBe("");
    }
  });

  it("refuses a document over the size limit with a code", () => {
    const small = createHtmlExtractor(createContext({ maxInputBytes: 1000 }));
    let code: string | undefined;
    try {
      small({ kind: "raw", id: "t", input: "t.html", type: "html", content: `<p>${PROSE.repeat(20)}</p>` });
    } catch (error) {
      code = isSitrepError(error) ? error.code : "not coded";
    }
    expect(code).toBe("E_INPUT_TOO_LARGE");
  });
});
