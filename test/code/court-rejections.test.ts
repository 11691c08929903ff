// Court rulings that reject a party's claim or challenge (CAMEO 120, issue 9 "recall"): dismissing
// a petition, denying a motion, striking down a law. Sentences written for this test (whole
// pipeline); each names a kind of phrasing, not a sentence of any benchmark.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("a ruling against a party's claim is a rejection (120)", () => {
  it("codes throwing out a petition, with the party that filed it as target", () => {
    expect(
      triples("The Indian Supreme Court threw out the petition filed by the opposition party."),
    ).toContain("INDJUD>INDOPP:120");
  });
  it("codes denying a motion and striking down a law", () => {
    expect(roots("The Kenyan High Court denied the opposition's motion to delay the vote.")).toContain("12");
    expect(roots("The US Supreme Court struck down the Arizona immigration law.")).toContain("12");
  });
  it("leaves dismissing claims a denial and a case for something no ruling", () => {
    expect(roots("Iran dismissed claims that it had supplied weapons to the rebels.")).not.toContain("12");
    expect(roots("The Kenyan president struck down a tree with an axe.")).toEqual([]);
  });
});

describe("a party dismissing its own lawsuits", () => {
  it("is no court's rejection", () => {
    expect(roots("The two Korean firms ended their feud, dismissing all pending lawsuits.")).not.toContain(
      "12",
    );
  });
});
