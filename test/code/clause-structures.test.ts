// Linking actors across the structures of long news sentences: a relative clause set off by a
// dash, a floating quantifier inside a passive, a participle phrase between commas, and a gerund
// clause opened by "after", "before", "by" or "while" that shares the main clause's subject.
// Sentences are our own general cases (fixture actors), not audit sentences.

import { describe, expect, it } from "vitest";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples(2);

describe("relative clauses set off by a dash", () => {
  it("gives a relative pronoun after a dash its antecedent before the dash", () => {
    expect(triples("Egypt - which has criticised France - met Turkey.")).toContain("EGY>FRA:11");
  });
  it("leaves a hyphen inside a word alone", () => {
    expect(triples("Egypt condemned the pro-Turkey militias.")).not.toContain("TUR>-:11");
  });
});

describe("floating quantifiers", () => {
  it("keeps a floating quantifier inside a passive verb group", () => {
    expect(triples("Turkish troops who were both attacked in Egypt withdrew.")).not.toContain(
      "TURMIL>EGY:19",
    );
  });
});

describe("participle phrases between commas", () => {
  it("takes the actor before a participle phrase with its preposition as the subject", () => {
    const got = triples("Syrian rebels, backed by Turkey, attacked Egypt.");
    expect(got).toContain("SYRREB>EGY:19");
    expect(got).not.toContain("TUR>EGY:19");
  });
  it("steps over an -ing phrase between commas", () => {
    expect(triples("Egypt, citing attacks by Turkey, condemned France.")).toContain("EGY>FRA:11");
  });
});

describe("gerund clauses share the main clause's subject", () => {
  it("gives a gerund after 'after' or 'before' the main subject, not the main verb's object", () => {
    const got = triples("Egypt expelled French diplomats after accusing Turkey of spying.");
    expect(got).toContain("EGY>TUR:11");
    expect(got).not.toContain("FRAGOV>TUR:11");
  });
  it("gives a gerund after 'by' the main subject", () => {
    expect(triples("Egypt retaliated against France by attacking Turkey.")).toContain("EGY>TUR:19");
  });
  it("gives a gerund clause that opens the sentence the subject after its comma", () => {
    expect(triples("Before attacking Turkey, Egypt condemned France.")).toContain("EGY>TUR:19");
  });
});
