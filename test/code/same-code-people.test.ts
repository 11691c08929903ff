// Two people the text names apart are two sides even when their codes are the same: a senator
// criticising the president is USAGOV/USALEG by role, and two officials of one government
// (USAGOV, USAGOV) still act on each other. A body acting on itself stays no event.
// Sentences written for this test (whole pipeline); the people are made up.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("same-code pairs of two named people", () => {
  it("codes an official criticising another official of the same government", () => {
    expect(
      triples("Kenyan Foreign Minister Tamsin Orrell criticized Kenyan President Bram Velde."),
    ).toContain("KENGOV>KENGOV:111");
  });
  it("keeps a pronoun that stands for the first person a side of its own", () => {
    expect(
      triples(
        "Kenyan Foreign Minister Tamsin Orrell met farmers. She criticized Kenyan President Bram Velde.",
      ),
    ).toContain("KENGOV>KENGOV:111");
  });
  it("still makes no event of a body acting on its own kind (must not fire)", () => {
    expect(triples("The Kenyan government criticized the Kenyan government.")).not.toContain(
      "KENGOV>KENGOV:111",
    );
  });
});
