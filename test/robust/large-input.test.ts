// Issue 11, item 1: every stage near-linear in input size. Large inputs are generated here, sized
// to stay within CI's time; no timing threshold decides a test except one generous growth ratio
// (quadratic work grows 16× from 1× to 4× size, linear work 4×; the bound sits between).
import { describe, expect, it } from "vitest";
import { generateParagraphs } from "../../bench/annotate/corpus-generate.ts";
import { generateDocument } from "../../bench/scale/document-generate.ts";
import { MAX_SENTENCE_TOKENS } from "../../src/annotate/sentence-boundaries.ts";
import { SpanOverlapIndex } from "../../src/annotate/span-overlap.ts";
import { createContext } from "../../src/context.ts";
import { readPhotoCredit } from "../../src/extract/text/photo-credit.ts";
import { readSiteName } from "../../src/extract/text/site-name.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { CodedDoc, DocFailure, RawDoc } from "../../src/types.ts";

const MB = 1024 * 1024;
const ctx = createContext({ maxInputBytes: 64 * MB });
const code = createPipeline(ctx, "code");

function rawText(text: string, id = "large"): RawDoc {
  return { kind: "raw", id, input: `${id}.txt`, type: "text", content: Buffer.from(text, "utf8") };
}

function coded(result: CodedDoc | DocFailure): CodedDoc {
  if (result.kind === "failure") throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

function cpuSeconds(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

describe("large inputs", () => {
  it("codes a 2 MB newswire document, with events and mentions throughout", { timeout: 300_000 }, () => {
    const text = generateDocument(2 * MB);
    const doc = coded(code(rawText(text)));
    expect(doc.text.length).toBeGreaterThan(1.9 * MB);
    expect(doc.events.length).toBeGreaterThan(10_000);
    // Mentions reach the end of the text: nothing gave up half way.
    expect(doc.mentions.at(-1)!.start).toBeGreaterThan(doc.text.length * 0.99);
  });

  it("codes a 2 MB single line without sentence punctuation, in sentences of bounded length", {
    timeout: 300_000,
  }, () => {
    const text = generateDocument(2 * MB).replace(/[\n.!?"]+/g, " ");
    const doc = coded(code(rawText(text, "one-line")));
    expect(doc.sentences.length).toBeGreaterThan(1000);
    expect(Math.max(...doc.sentences.map((s) => s.tokens.length))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(doc.events.length).toBeGreaterThan(0);
  });

  it("does work that grows linearly: 4× the text costs far less than 16× the CPU time", {
    timeout: 300_000,
  }, () => {
    const small = generateDocument(0.25 * MB, 21);
    const large = generateDocument(1 * MB, 21);
    code(rawText(generateDocument(20_000, 5), "warm-up"));
    const smallCost = Math.min(
      cpuSeconds(() => code(rawText(small, "small"))),
      cpuSeconds(() => code(rawText(small, "small-again"))),
    );
    const largeCost = cpuSeconds(() => code(rawText(large, "large")));
    expect(largeCost / smallCost).toBeLessThan(9);
  });

  it("codes an HTML page of 5,000 nested divs, each with a paragraph", { timeout: 300_000 }, () => {
    const paragraphs = generateParagraphs(5000, 9);
    const html = `<html><head><title>Deep</title></head><body>${paragraphs.map((p) => `<div class="c"><p>${p}</p>`).join("")}${"</div>".repeat(paragraphs.length)}</body></html>`;
    const doc = coded(
      code({ kind: "raw", id: "deep", input: "deep.html", type: "html", content: Buffer.from(html) }),
    );
    expect(doc.text.length).toBeGreaterThan(1 * MB);
    expect(doc.events.length).toBeGreaterThan(1000);
  });
});

describe("regular expressions on long single lines", () => {
  // Each would backtrack over the whole line (quadratic, or a stack overflow) with an unbounded
  // pattern such as /^(.+?)\s+(REUTERS\/[\p{L} ]+?)\s*$/u.
  const body = "word and more ".repeat(300_000);
  const lines = {
    "agency credit near the start": `Troops REUTERS/${body}`,
    "label then a long text": `Photo: ${body}`,
    "caption then a label": `Caption. Photo: ${body}`,
    "a long run of spaces before a slash": `a${" ".repeat(4 * MB)}b/`,
    "many parentheses": "(Reuters) text ".repeat(250_000),
  };
  for (const [name, line] of Object.entries(lines)) {
    it(`reads photo credits in a ${Math.round(line.length / MB)} MB line: ${name}`, {
      timeout: 60_000,
    }, () => {
      expect(() => readPhotoCredit(line)).not.toThrow();
    });
  }

  it("reads site names in long lines and long blank runs", { timeout: 60_000 }, () => {
    expect(readSiteName(`© Abc ${body}`)).toBeNull();
    expect(readSiteName(`© Abc${" ".repeat(200_000)}x`)).toBeNull();
    expect(readSiteName("© 2021 Example  Times. All rights reserved.")).toBe("Example Times");
  });

  it("extracts a 5 MB single-line scrape with credits, datelines and parentheses", {
    timeout: 300_000,
  }, () => {
    const line = `(Photo: Reuters) ${generateDocument(5 * MB, 4).replace(/\n+/g, " ")} REUTERS/Jane Doe`;
    const extract = createPipeline(ctx, "extract");
    const article = extract(rawText(line, "single-line"));
    expect(article.kind).toBe("article");
  });
});

describe("span overlap index", () => {
  it("answers like a scan over every span", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const spans = Array.from({ length: 300 }, () => {
      const start = Math.floor(next() * 5000);
      return { start, end: start + 1 + Math.floor(next() * 40) };
    });
    const index = new SpanOverlapIndex(spans);
    for (let q = 0; q < 2000; q++) {
      const start = Math.floor(next() * 5100);
      const end = start + Math.floor(next() * 30);
      const scan = spans.some((s) => start < s.end && s.start < end);
      expect(index.overlaps(start, end)).toBe(scan);
    }
    expect(new SpanOverlapIndex([]).overlaps(0, 10)).toBe(false);
  });
});
