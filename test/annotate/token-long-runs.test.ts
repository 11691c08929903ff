import { describe, expect, it } from "vitest";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { LONG_RUN_LENGTH, maskLongRuns } from "../../src/annotate/token-long-runs.ts";

describe("long runs without spaces", () => {
  it("leaves ordinary text alone", () => {
    expect(maskLongRuns("Ordinary words, and https://example.org/a/b?c=1 too.")).toBeNull();
  });

  it("masks a long run with filler of the same length", () => {
    const run = "Q".repeat(LONG_RUN_LENGTH + 10);
    const text = `Before ${run}. After.`;
    const masked = maskLongRuns(text)!;
    expect(masked.text.length).toBe(text.length);
    expect(masked.runs).toEqual([[7, 7 + run.length]]);
    expect(masked.text.slice(0, 7)).toBe("Before ");
    expect(masked.text.slice(7 + run.length)).toBe(". After.");
    expect(masked.text.slice(7, 7 + run.length)).not.toContain("Q");
  });

  it("returns a long run as one token and keeps the sentence end after it", () => {
    const tokenize = createTokenizer();
    const blob = Array.from({ length: 5000 }, (_, i) => "Ab0+/xYz9"[(i * 7) % 9]).join("");
    const text = `The page embedded data:${blob}. Talks resumed on Monday.`;
    const sentences = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      `The page embedded data:${blob}.`,
      "Talks resumed on Monday.",
    ]);
    const long = sentences[0]!.tokens.find((t) => t.text.length > LONG_RUN_LENGTH)!;
    expect(long.text).toBe(`data:${blob}`);
    expect(long.pos).toBe("X");
  });

  it("stays fast on a long run of abbreviation-like text", () => {
    // wink alone needs tens of seconds for this; masked, it is a single token.
    const tokenize = createTokenizer();
    const text = "a.b.".repeat(50_000);
    const sentences = tokenize(text);
    expect(sentences).toHaveLength(1);
    // The run, then its final period, which stays visible as punctuation.
    expect(sentences[0]!.tokens.map((t) => [t.start, t.end, t.pos])).toEqual([
      [0, text.length - 1, "X"],
      [text.length - 1, text.length, "PUNCT"],
    ]);
  });
});
