// An agentless release of captives is the act of whoever the sentence says held them ("were
// released after being held by the Taliban"), and an -ing noun that heads a gerund clause after
// "by"/"after" is read as its verb ("retaliated by bombing Hamas positions"). Sentences written
// for this test; the whole pipeline.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("a release of captives without an agent", () => {
  it("is the act of the captors named as the agent of holding them", () => {
    expect(
      triples("The French journalist was freed on Monday after being held by the Taliban for a year."),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^TAL>.*:0841$/)]));
    expect(
      triples(
        "Two nurses — a Kenyan and a Ugandan — who had been abducted by al-Shabaab were released on Friday.",
      ),
    ).toEqual(expect.arrayContaining(["SOMINS>KEN:0841", "SOMINS>UGA:0841"]));
  });

  it("stays uncoded when no captor is named", () => {
    expect(
      triples("The French journalist was freed on Monday, his family said.").filter((t) =>
        t.endsWith(":0841"),
      ),
    ).toEqual([]);
  });
});

describe("an -ing word heading a gerund clause", () => {
  it("is the clause's verb, done by the main clause's subject", () => {
    expect(triples("Israel retaliated on Sunday by bombing Hamas positions in Gaza.")).toContain(
      "ISR>HMS:195",
    );
  });

  it("stays a noun after an article", () => {
    expect(triples("Israel condemned the bombing of its embassy.").filter((t) => t.endsWith(":195"))).toEqual(
      [],
    );
  });
});
