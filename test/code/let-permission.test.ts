// "let X do": permission with a bare infinitive (data/verbs/cues.tsv, hypothetical "let +"), read
// like "allow X to": the permitted act is not reported as done. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { roots } = pipelineTriples();

describe("permission with let", () => {
  it("does not code the act a refusal to let names", () => {
    expect(roots("Kenyan police detained the activist and would not let his family meet him.")).toEqual([
      "17",
    ]);
  });
  it("keeps an act outside the scope of let", () => {
    expect(roots("The Kenyan president met the Somali envoy and let reporters ask questions.")).toContain(
      "04",
    );
  });
});
