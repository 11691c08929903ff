// Linking actors across the structures of long news sentences: a participle phrase between commas
// describes the actor before it (its own actors are not the subject), and a floating quantifier
// stays inside a passive verb group. Sentences are our own general cases (fixture actors), not
// audit sentences.

import { describe, expect, it } from "vitest";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples(2);

describe("participle phrases between commas", () => {
  it("takes the actor before a participle phrase with its preposition as the subject", () => {
    const got = triples("Syrian rebels, backed by Turkey, attacked Egypt.");
    expect(got).toContain("SYRREB>EGY:19");
    expect(got).not.toContain("TUR>EGY:19");
  });
  it("steps over an -ing phrase between commas", () => {
    const got = triples("Egypt, citing attacks by Turkey, condemned France.");
    expect(got).toContain("EGY>FRA:11");
    expect(got).not.toContain("TUR>FRA:11");
  });
});

describe("floating quantifiers", () => {
  it("keeps a floating quantifier inside a passive verb group", () => {
    expect(triples("Turkish troops who were both attacked in Egypt withdrew.")).not.toContain(
      "TURMIL>EGY:19",
    );
  });
});
