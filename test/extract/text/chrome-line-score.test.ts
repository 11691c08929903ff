import { describe, expect, it } from "vitest";
import { countChromeLines, f1, isLineKept } from "./chrome-line-score.ts";

describe("chrome line scoring", () => {
  it("counts a short line as kept only when it is a whole paragraph", () => {
    expect(isLineKept("Russia", ["Russia's foreign ministry called the move a hostile act."])).toBe(false);
    expect(isLineKept("Aid agencies cautious", ["Aid agencies cautious"])).toBe(true);
  });

  it("counts wrapped lines and text after a photo credit as kept", () => {
    const paragraph =
      "Serbia and Kosovo reached an agreement on Saturday to end a dispute over identity documents.";
    expect(isLineKept("Serbia and Kosovo reached an agreement on Saturday", [paragraph])).toBe(true);
    expect(isLineKept(`(Photo : Reuters. ) ${paragraph}`, [paragraph])).toBe(true);
  });

  it("scores a cleaner that keeps a chrome line as a false negative", () => {
    const input = "Like Us on Facebook\n\nThe ministers met in Geneva on Monday to discuss the ceasefire.\n";
    const body = ["The ministers met in Geneva on Monday to discuss the ceasefire."];
    const counts = countChromeLines(input, body, ["Like Us on Facebook", ...body], {
      truePositive: 0,
      falsePositive: 0,
      falseNegative: 0,
      lines: 0,
    });
    expect(counts).toEqual({ truePositive: 0, falsePositive: 0, falseNegative: 1, lines: 2 });
    expect(f1(counts).f1).toBe(0);
  });
});
