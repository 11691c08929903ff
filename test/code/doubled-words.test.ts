// A word typed twice ("agreed to enhance enhance their ties", a slip scraped news keeps) is read
// once by the coder, so the cue and the pattern around it still meet; repeats English makes on
// purpose ("had had") stay. Sentences written for this test, fixture actors.
import { describe, expect, it } from "vitest";
import { withoutStutters } from "../../src/code/sentence-view.ts";
import type { Token } from "../../src/types.ts";
import { fixtureCoder } from "./fixture-annotate.ts";

const codeText = fixtureCoder();
const coded = (text: string) =>
  codeText(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

const tokensOf = (words: string[]): Token[] => {
  let at = 0;
  return words.map((text) => {
    const t = { text, start: at, end: at + text.length, pos: "X", lemma: text } as unknown as Token;
    at += text.length + 1;
    return t;
  });
};

describe("doubled words", () => {
  it("drops the second copy of a doubled word and keeps every other token with its offsets", () => {
    const tokens = tokensOf(["agreed", "to", "enhance", "Enhance", "their", "ties"]);
    const kept = withoutStutters(tokens);
    expect(kept.map((t) => t.text)).toEqual(["agreed", "to", "enhance", "their", "ties"]);
    expect(kept[3]!.start).toBe(tokens[4]!.start);
    // Must not drop: repeats English makes on purpose, numbers and punctuation.
    const meant = tokensOf(["he", "had", "had", "that", "that", "1", "1", "-", "-", "a", "a"]);
    expect(withoutStutters(meant)).toBe(meant);
  });

  it("codes an intent whose verb was typed twice as the intent, not as the act", () => {
    expect(coded("Egypt and Sudan have agreed to enhance enhance their military ties.")).toEqual(
      coded("Egypt and Sudan have agreed to enhance their military ties."),
    );
    expect(coded("Egypt and Sudan have agreed to enhance their military ties.")).toContain("EGY>SDN:0312");
  });
});
