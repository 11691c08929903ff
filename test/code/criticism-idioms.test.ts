// Criticism in the idioms of news English (111, issue 9 "recall"): a swipe taken at someone,
// coming down hard on someone, and flay/rap/target in the frame "VERB + actor + for|over".
// Sentences written for this test (whole pipeline); each names a kind of phrasing.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("criticism idioms", () => {
  it("codes a swipe taken at someone and coming down hard on someone (111)", () => {
    expect(triples("The Kenyan opposition leader took a swipe at the Ugandan president.")).toContain(
      "KENOPP>UGAGOV:111",
    );
    expect(roots("The Kenyan opposition came down heavily on the Ugandan government.")).toEqual(["11"]);
  });
  it("codes flaying, rapping or targeting someone for or over something as criticism", () => {
    expect(triples("The Pakistani foreign office rapped India for its remarks.")).toContain("PAKGOV>IND:111");
    expect(roots("The Kenyan opposition targeted the Ugandan government over its border policy.")).toEqual([
      "11",
    ]);
  });
  it("keeps targeting without a reason force, and police coming down on people no criticism", () => {
    expect(roots("Israeli jets targeted Hamas positions in Gaza.")).toEqual(["19"]);
    expect(roots("The Israeli army targeted Hamas over the weekend.")).toEqual(["19"]);
    expect(roots("Kenyan police came down on the protesters with batons.")).not.toContain("11");
  });
});
