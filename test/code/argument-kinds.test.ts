// Sense checks by what WordNet's frames let a code's seed senses take (src/code/argument-kinds.ts,
// data/senses/argument-kinds.tsv): a document or an idea does no act that only people do, a
// person-only act with an abstract object, and a passive of force whose subject is abstract, are
// other senses. Every sentence was written for this test; each check has controls still coded.
import { describe, expect, it } from "vitest";
import { argumentKindsOf, parseArgumentKinds } from "../../src/code/argument-kinds.ts";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { roots } = pipelineTriples();

describe("the generated argument kinds", () => {
  const kinds = loadCoderDictionaries("data").argumentKinds!;
  it("follow WordNet's frames of each code's seed senses, falling back to the code's prefix", () => {
    expect(argumentKindsOf(kinds, "173")).toEqual({ subject: "somebody", object: "somebody" });
    expect(argumentKindsOf(kinds, "0841")).toEqual({ subject: "any", object: "somebody" });
    expect(argumentKindsOf(kinds, "190")?.subject).toBe("somebody");
    // kill.v.1 has "Something ----s somebody": weapons and storms kill.
    expect(argumentKindsOf(kinds, "180")?.subject).toBe("any");
  });
  it("a malformed line is an error naming its place", () => {
    expect(() =>
      parseArgumentKinds([{ where: "senses/argument-kinds.tsv:9", text: "173\tsomeone\tany" }], new Map()),
    ).toThrow(/argument-kinds\.tsv:9/);
  });
});

describe("a thing doing an act that only people do is another sense", () => {
  it("a report that examines, a storm that hits", () => {
    expect(
      roots("Kenyan officials compiled a detailed report examining the French army's plans."),
    ).not.toContain("09");
    expect(roots("The storm hit the French embassy in Nairobi.")).not.toContain("19");
  });
  it("people, and an actor's own report, still act", () => {
    expect(roots("Kenyan police investigated the French ambassador.")).toContain("09");
    expect(roots("Kenyan troops hit the French embassy in Nairobi.")).toContain("19");
  });
});

describe("a passive of force whose subject is abstract is another sense", () => {
  it("efforts or sales that were hit were struck by no one", () => {
    expect(roots("Kenyan reform efforts were hit hard by the French decision.")).not.toContain("19");
  });
  it("a convoy that was hit is still coded", () => {
    expect(roots("A Kenyan convoy was hit by French jets.")).toContain("19");
  });
});
