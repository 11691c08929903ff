// A verb whose own subject names no actor takes none from elsewhere: a singular "it" after a
// plural speaker (src/code/pronoun-number.ts), and a participle clause after a main clause whose
// subject is a thing (src/code/thing-subject.ts). Sentences written for this test, with controls.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();
const sources = (text: string) => triples(text).map((t) => t.split(">")[0]);

describe("number agreement of 'it' with the speaker", () => {
  it("does not read plural speakers as the antecedent of 'it'", () => {
    expect(sources("Kenyan newspapers said it killed three farmers.")).not.toContain("KENMED");
    expect(sources("Ugandan officials said it destroyed two villages.")).not.toContain("UGAGOV");
  });
  it("keeps a singular speaker as the antecedent of 'it'", () => {
    expect(triples("The Kenyan army said it killed three militants.")[0]).toMatch(
      /^KENMIL>.*:18|^KENMIL>.*:19|^KENMIL>.*:20/,
    );
    expect(sources("The Ugandan government said it expelled the Kenyan envoy.")).toContain("UGAGOV");
  });
});

describe("a participle after a main clause whose subject is a thing", () => {
  it("gives the participle's act no actor", () => {
    expect(sources("A fire destroyed the Nairobi offices of Kenya Airways, killing two guards.")).toEqual([]);
    expect(sources("A storm hit the Ugandan town, injuring four soldiers.")).toEqual([]);
  });
  it("keeps the actor of a main clause with an actor subject", () => {
    expect(sources("Ugandan troops shelled the town, killing four rebels.")).toContain("UGAMIL");
  });
});
