// Coordinated verbs (src/code/clause-analyse.ts coordinatedPassiveBefore, src/code/coordinated-verbs.ts
// sharedObjectVerb): a participle coordinated with a passive shares its subject and by-agent, a verb
// the object of the verb coordinated after it. Sentences written for this test; the whole pipeline.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("coordinated verbs share their subject, agent or object", () => {
  it("gives a participle coordinated with a passive the first verb's subject and by-agent", () => {
    expect(
      triples(
        "LONDON - The Australian activist was hauled out of the embassy by British police and taken into custody.",
      ),
    ).toContain("GBRCOP>AUSOPP:173");
    // Before, the by-agent of the first verb was read as the second verb's subject.
    expect(
      triples(
        "LONDON - The Australian activist was hauled out of the embassy by British police and taken into custody.",
      ),
    ).not.toContain("GBRCOP>GBRCOP:173");
  });
  it("leaves an act only an institution does to that institution, not to the first verb's agent", () => {
    const out = triples(
      "The Chinese dissident was arrested by Kenyan police in Nairobi and sentenced to 50 weeks.",
    );
    expect(out).toContain("KENJUD>CHN:116");
    expect(out).not.toContain("KENCOP>CHN:116");
  });
  it("gives a verb the object of the verb coordinated after it", () => {
    expect(triples("NAIROBI - The gunmen threatened to assault and murder a Kenyan official.")).toContain(
      "KENCRM>KENGOV:1383",
    );
  });
  it("does not share an object across a new subject", () => {
    expect(triples("Kenya condemned and Uganda praised the deal.")).not.toContain("KEN>UGA:111");
  });
});
