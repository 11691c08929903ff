// The demo corpus (data/demo) through the tokenizer: every page present in the README, of the
// promised size, and sentence offsets that hold on real-looking scrapes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { PROJECT_DATA_DIR } from "../../src/context.ts";

const DEMO_DIR = join(PROJECT_DATA_DIR, "demo");
const pages = readdirSync(DEMO_DIR).filter((name) => /\.(?:txt|html)$/.test(name));
const readme = readFileSync(join(DEMO_DIR, "README.md"), "utf8");

/** Visible words of a page: markup, scripts and styles removed for HTML. */
function visibleWords(name: string): number {
  let text = readFileSync(join(DEMO_DIR, name), "utf8");
  if (name.endsWith(".html")) {
    text = text
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&[a-z]+;/g, " ");
  }
  return text.split(/\s+/).filter(Boolean).length;
}

describe("demo corpus", () => {
  it("has at least 22 pages, text scrapes and HTML", () => {
    expect(pages.length).toBeGreaterThanOrEqual(22);
    expect(pages.filter((p) => p.endsWith(".txt")).length).toBeGreaterThanOrEqual(14);
    expect(pages.filter((p) => p.endsWith(".html")).length).toBeGreaterThanOrEqual(6);
  });

  it("lists every page in its README", () => {
    for (const page of pages) expect(readme, page).toContain(page);
  });

  it("keeps every page short: 150–700 visible words with chrome, bodies stay under 600", () => {
    for (const page of pages) {
      const words = visibleWords(page);
      expect(words, page).toBeGreaterThanOrEqual(150);
      expect(words, page).toBeLessThanOrEqual(700);
    }
  });

  it("tokenizes every page with exact offsets", () => {
    const tokenize = createTokenizer();
    for (const page of pages.filter((p) => p.endsWith(".txt"))) {
      const text = readFileSync(join(DEMO_DIR, page), "utf8");
      const sentences = tokenize(text);
      expect(sentences.length, page).toBeGreaterThan(10);
      for (const sentence of sentences) {
        for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
        // A wire dateline never stands alone as a sentence.
        expect(text.slice(sentence.start, sentence.end), page).not.toMatch(
          /^[A-Z][A-Z ,.]+\([^)]+\)\s*[-–—]+$/,
        );
      }
    }
  });
});
