// Two people the text names apart are two sides even when their codes are the same: a senator
// criticising the president is USAGOV/USALEG by role, and two officials of one government
// (USAGOV, USAGOV) still act on each other. So do two firms of one country named apart (USABUS,
// USABUS), but not two organs of one state, nor two firms no country places. A body acting on
// itself stays no event.
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

describe("same-code pairs of two named organisations", () => {
  it("codes two firms of one country named apart as two sides", () => {
    expect(triples("Orrell Holdings sued Velde Corp. in a Texas court.")).toContain("USABUS>USABUS:115");
  });
  it("keeps one firm under a longer form of its name one side (must not fire)", () => {
    expect(triples("Orrell Holdings and Orrell Holdings Ltd. signed a deal in Texas.")).toEqual([]);
  });
  it("keeps two firms no country places, and two agencies of one state, one side (must not fire)", () => {
    expect(triples("Orrell Holdings and Velde Corp. have partnered on a series of projects.")).toEqual([]);
    expect(
      triples("The Kenyan Wildlife Service met with the Kenyan Forest Service.").some((t) =>
        t.endsWith(":040"),
      ),
    ).toBe(false);
  });
});
