// Pattern words with a hyphen inside ("sit-in", "sit-down strike", "cease-fire"): the tokenizer cuts
// some such words at the hyphen, so a pattern word matches its parts with the hyphen between them
// when that hyphen is inside a word, not a dash between phrases. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("hyphenated pattern words", () => {
  it("matches a hyphenated word the tokenizer cut at its hyphen", () => {
    expect(roots("Hundreds of Kenyan students staged a sit-in outside the ministry.")).toEqual(["14"]);
    expect(triples("Kenyan nurses staged a sit-down strike on Monday.")).toContain("KENHLH>KENGOV:143");
  });
  it("does not match the parts across a dash between phrases", () => {
    expect(roots("Hundreds of Kenyan students staged a sit - in the end they left.")).not.toContain("14");
  });
});
