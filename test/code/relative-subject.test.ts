// The subject of a verb that a restrictive relative clause separates from it: "Officials who met
// Chinese diplomats criticized Japan". The subject is the noun the clause modifies, never an actor
// inside the clause. Sentences written for this test; the whole pipeline.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();
const roots = (text: string) => triples(text).map((t) => t.replace(/:(\d\d)\d*$/, ":$1"));

describe("a verb after a restrictive relative clause", () => {
  it("takes the noun the clause modifies, not the clause's object", () => {
    const got = roots("Officials who met Chinese diplomats in Beijing criticized Japan.");
    expect(got).not.toContain("CHNGOV>JPN:11");
    expect(got.some((t) => t.endsWith(">JPN:11") && t.startsWith("GOV"))).toBe(true);
  });

  it("finds the subject across the clause where none was found", () => {
    expect(roots("Russian officials who visited the site accused Ukraine of shelling it.")).toContain(
      "RUSGOV>UKR:11",
    );
    expect(roots("The company that runs the plant in Ohio denied the report.")).toContain("USABUS>-:01");
  });

  it("leaves a clause whose verb takes a clause to the old reading", () => {
    // "said" opens a complement: "the attack" is the subject of "killed", not the officials.
    const got = triples("Officials who said the attack killed five people criticized Japan.");
    expect(got.filter((t) => t.endsWith(":190") || t.startsWith("GOV>CVL"))).toEqual([]);
  });
});
