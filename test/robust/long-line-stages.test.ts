// Issue 11, item 1: "no regex may backtrack or recurse on unbounded input". A 15 MB single line of
// fragments that half-match the patterns of every stage (credits, datelines, bylines, dates, web
// addresses, parentheses, long runs of spaces, dots and dashes) goes through each regex-heavy
// stage: extraction of text and of HTML, sentence and token splitting, match tokens, tone and
// near-duplicate fingerprints. The whole pipeline to events (annotate, code, locate) takes the
// same line cut to 2 MB, within CI's time. Each must end without a thrown error (a stack
// overflow from a regular expression throws RangeError) and keep the line's text.
import { describe, expect, it } from "vitest";
import { splitMatchTokens } from "../../src/annotate/mentions/match-tokens.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../src/context.ts";
import { simhash64 } from "../../src/dedup/index.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import { documentTone } from "../../src/store/index.ts";
import type { RawDoc } from "../../src/types.ts";

const MB = 1024 * 1024;
const ctx = createContext({ maxInputBytes: 64 * MB });

/** Fragments that start what many patterns look for and do not finish it. */
const FRAGMENTS = [
  "ISLAMABAD (Reuters) - officials said",
  "Photo: REUTERS/",
  "(AP Photo/ ",
  "By Jane Doe and",
  "© 2021 Example Times. All rights",
  "on Jan. 5, 2024 at 10:30",
  "https://example.com/a/b?c=d&e=",
  "www.example.org/path.",
  "U.S.-led talks in Doha ((((",
  `"quoted words and 'more`,
  " ".repeat(2000),
  ".".repeat(1500),
  "-".repeat(1500),
  "Pakistan's army said it shelled positions near Kabul.",
];

function hostileLine(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const f = FRAGMENTS[i % FRAGMENTS.length]!;
    parts.push(f);
    length += f.length + 1;
  }
  return parts.join(" ");
}

const line = hostileLine(15 * MB);
/** Times the fragment list repeats in the line: each repeat ends at least one sentence. */
const cycles = Math.floor(line.length / (FRAGMENTS.join(" ").length + 1));

function raw(content: string, type: "text" | "html", id: string): RawDoc {
  return {
    kind: "raw",
    id,
    input: `${id}.${type === "html" ? "html" : "txt"}`,
    type,
    content: Buffer.from(content),
  };
}

describe("a 15 MB single line through every regex-heavy stage", () => {
  it("is one line of at least 15 MB", () => {
    expect(line.length).toBeGreaterThanOrEqual(15 * MB);
    expect(line.includes("\n")).toBe(false);
  });

  it("extracts as text and as HTML, keeping the text", { timeout: 300_000 }, () => {
    const extract = createExtractor(ctx);
    const text = extract(raw(line, "text", "line-text"));
    expect(text.text.length).toBeGreaterThan(0.5 * line.replace(/\s+/g, " ").length);
    const html = extract(
      raw(`<html><body><article><p>${line}</p></article></body></html>`, "html", "line-html"),
    );
    expect(html.text.length).toBeGreaterThan(0.5 * line.replace(/\s+/g, " ").length);
  });

  it("splits into sentences, tokens and match tokens with exact offsets", { timeout: 300_000 }, () => {
    const sentences = createTokenizer()(line);
    expect(sentences.length).toBeGreaterThan(cycles);
    const last = sentences.at(-1)!.tokens.at(-1)!;
    expect(line.slice(last.start, last.end)).toBe(last.text);
    expect(last.end).toBeGreaterThan(line.trimEnd().length - 100);
    const matchTokens = splitMatchTokens(line);
    expect(matchTokens.at(-1)!.end).toBeGreaterThan(line.trimEnd().length - 100);
  });

  it("gets a tone and a fingerprint", { timeout: 120_000 }, () => {
    // Each repeat has over 40 words.
    expect(documentTone(line).words).toBeGreaterThan(cycles * 40);
    expect(simhash64(line)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("codes the line cut to 2 MB, with events", { timeout: 300_000 }, () => {
    const result = createPipeline(ctx, "code")(raw(line.slice(0, 2 * MB), "text", "line-code"));
    if (result.kind === "failure") throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.events.length).toBeGreaterThan(0);
  });
});
