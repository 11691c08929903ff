// A word of aid right before "of" (whatever the tagger makes of it) names aid whose giver the
// of-phrase is: "enlisted the help of China" codes no aid to China (match-select.ts).
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { fixtureCoder } from "./fixture-annotate.ts";

const codeText = fixtureCoder();
const coded = (text: string) =>
  codeText(text)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`)
    .sort();

describe("aid nouns with an of-phrase", () => {
  it("codes no aid to the one whose help is enlisted", () => {
    expect(
      coded("Russia has enlisted the lobbying help of China.").filter((c) => c.endsWith(":070")),
    ).toEqual([]);
  });
  it("still codes help given to someone", () => {
    expect(coded("Russia helped China on Monday.").join()).toMatch(/RUS\w*>CHN\w*:07/);
  });
});
