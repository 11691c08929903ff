// Acts done to a person named by a possessive noun (src/code/noun-undergoers.ts): the possessor
// underwent the act, a by-phrase names the agent, and "in"/"at" a place is where it happened.
// Sentences written for this test; the whole pipeline with the annotator's own actors.

import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();
const sources = (text: string) => triples(text).map((t) => t.split(">")[0]);

describe("possessive nouns of acts done to people", () => {
  it("makes the possessor the target and the by-agent the source", () => {
    expect(triples("The Somali journalist's abduction by militants angered reporters.")).toEqual([
      "REB>SOMMED:181",
    ]);
    expect(triples("The Nigerian activist's brutal killing by soldiers was filmed.")).toContain(
      "MIL>NGAOPP:190",
    );
  });
  it("never reads the possessor as the agent, nor the place after 'in' as the target", () => {
    expect(triples("A Turkish lawyer's arrest in Ankara drew wide criticism.")).toEqual([]);
    expect(triples("The Iranian dissident's murder in Istanbul shocked exiles.")).toEqual([]);
    expect(sources("The Kenyan opposition leader's detention in Uganda was brief.")).not.toContain("KENOPP");
  });
  it("keeps the possessor as agent where an of-phrase names the one acted on, and for attacks", () => {
    expect(triples("Israel's killing of the Hamas commander angered Lebanon.")).toEqual(["ISR>HMS:190"]);
    expect(triples("Russia's invasion of Ukraine began in February.")).toEqual(["RUS>UKR:190"]);
    expect(triples("The Egyptian army's attack in Sinai killed militants.")).toContain("EGYMIL>EGYREB:190");
  });
});
