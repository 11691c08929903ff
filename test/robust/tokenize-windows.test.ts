// Issue 11, item 1 (memory bounded): a document longer than one tokenizer window is read a window
// of paragraphs at a time. Each paragraph must come out as it does when read alone: same tokens,
// same offsets (shifted), same sentences; windows end at paragraph, line or word breaks.
import { describe, expect, it } from "vitest";
import { generateParagraphs } from "../../bench/annotate/corpus-generate.ts";
import { createTokenizer, TOKENIZE_WINDOW, windowEnd } from "../../src/annotate/sentences-tokens.ts";
import type { Sentence } from "../../src/types.ts";

const tokenize = createTokenizer();

/** Sentences as [text, tokens as "text/lemma/POS"], offsets checked against the text. */
function view(text: string, sentences: readonly Sentence[]) {
  return sentences.map((s) => {
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    return [text.slice(s.start, s.end), s.tokens.map((t) => `${t.text}/${t.lemma}/${t.pos}`).join(" ")];
  });
}

describe("tokenizing a document past one window", () => {
  it("ends windows at a paragraph break, else a line break, else a space, never past the size", () => {
    const paragraphs = `${"a".repeat(60)}\n\n${"b ".repeat(30)}\n${"c".repeat(70)}`;
    expect(windowEnd(paragraphs, 0, 100)).toBe(62);
    const lines = `${"a".repeat(60)}\n${"b".repeat(70)}`;
    expect(windowEnd(lines, 0, 100)).toBe(61);
    const words = `${"word ".repeat(40)}`;
    expect(windowEnd(words, 0, 100)).toBe(100);
    const run = "x".repeat(300);
    expect(windowEnd(run, 0, 100)).toBe(100);
    expect(windowEnd(run, 250, 100)).toBe(300);
  });

  it("gives every paragraph the tokens and sentences it has when tokenized alone", {
    timeout: 120_000,
  }, () => {
    const all = generateParagraphs(20_000, 31);
    const paragraphs: string[] = [];
    let length = 0;
    for (const p of all) {
      paragraphs.push(p);
      length += p.length + 2;
      if (length > TOKENIZE_WINDOW * 1.3) break;
    }
    expect(length).toBeGreaterThan(TOKENIZE_WINDOW);
    const text = paragraphs.join("\n\n");
    const sentences = tokenize(text);
    // The paragraphs on either side of the first window's end, each read alone and shifted.
    const cut = windowEnd(text, 0);
    expect(text.slice(cut - 2, cut)).toBe("\n\n");
    const before = text.lastIndexOf("\n\n", cut - 3) + 2;
    const after = text.indexOf("\n\n", cut);
    for (const [from, to] of [
      [before, cut - 2],
      [cut, after],
    ] as const) {
      const alone = view(text.slice(from, to), tokenize(text.slice(from, to)));
      const inDocument = view(
        text,
        sentences.filter((s) => s.start >= from && s.end <= to),
      );
      expect(inDocument).toEqual(alone);
    }
    // Nothing lost or doubled across the windows.
    const tokens = sentences.flatMap((s) => s.tokens);
    for (let i = 1; i < tokens.length; i++)
      expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    expect(tokens.at(-1)!.end).toBe(text.length);
  });
});
