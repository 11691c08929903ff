// The protest target convention (issue 9; src/code/implied-targets.ts, data/verbs/implied-targets.tsv):
// a protest whose sentence names no object is aimed at the protesters' own government; a named object
// stays the target; a state organ's or a bare state's "protest" gets none. Sentences written for this
// test (whole pipeline with the annotator's own actors).
import { describe, expect, it } from "vitest";
import { parseImpliedTargets } from "../../src/code/implied-targets.ts";
import { SitrepError } from "../../src/errors.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("the target a protest implies", () => {
  it("aims a protest with no object at the protesters' own government", () => {
    expect(triples("Kenyan protesters staged a rally in Nairobi.")).toContain("KENOPP>KENGOV:141");
    expect(triples("Hundreds of Chilean students went on strike on Monday.")).toContain("CHLEDU>CHLGOV:143");
  });
  it("takes the country from the protest's place when the protesters have none", () => {
    expect(
      triples("The opposition boycotted the election in Venezuela.").some((t) => t.endsWith(">VENGOV:143")),
    ).toBe(true);
  });
  it("keeps a named object as the target", () => {
    const out = triples("Kenyan protesters rallied outside the Ugandan embassy.");
    expect(out.some((t) => t.startsWith("KENOPP>UGA"))).toBe(true);
    expect(out).not.toContain("KENOPP>KENGOV:141");
  });
  it("implies no target for a state's or a state organ's act, or with no country known", () => {
    expect(triples("Kenya protested the decision.")).not.toContain("KEN>KENGOV:140");
    expect(triples("Kenyan police blocked the road.").some((t) => t.includes(">KENGOV"))).toBe(false);
    expect(triples("Protesters marched on Monday.").every((t) => t.includes(">-:"))).toBe(true);
  });
});

describe("implied-targets.tsv", () => {
  it("rejects a row without a three-capital role", () => {
    const lines = [
      { text: "prefix\trole\twhy", where: "t:1" },
      { text: "14\tgov\twhy", where: "t:2" },
    ];
    expect(() => parseImpliedTargets(lines)).toThrow(SitrepError);
  });
});
