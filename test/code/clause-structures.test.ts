// Linking actors across the structures of long news sentences: an aside set off by dashes, a
// relative clause after a widened place phrase, a subject relative clause before the main verb,
// a participle phrase between commas, and a gerund clause opened by "after", "before", "by" or
// "while" that shares the main clause's subject. Sentences are our own general cases (fixture
// actors), not audit sentences.

import { describe, expect, it } from "vitest";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples(2);

describe("asides between dashes", () => {
  it("steps over a relative clause between dashes to the actor before it", () => {
    const got = triples("Egypt - which has criticised France - condemned Turkey.");
    expect(got).toContain("EGY>TUR:11");
    expect(got).toContain("EGY>FRA:11");
    expect(got).not.toContain("FRA>TUR:11");
  });
  it("takes a noun phrase between dashes as naming the subject, not as an aside", () => {
    expect(triples("The two neighbours of Israel - Egypt and Jordan - condemned Turkey.")).not.toContain(
      "ISR>TUR:11",
    );
  });
  it("leaves a hyphen inside a word alone", () => {
    expect(triples("Egypt condemned the pro-Turkey militias.")).not.toContain("TUR>-:11");
  });
});

describe("relative clauses", () => {
  it("gives a relative clause after a widened place phrase the actor before it", () => {
    expect(triples("Turkish troops in Syria and beyond who attacked Egypt withdrew.")).toContain("TURMIL>EGY:19");
  });
  it("gives the verb after a subject relative clause the relative's antecedent", () => {
    expect(triples("Turkish troops who withdrew on Monday attacked Egypt.")).toContain("TURMIL>EGY:19");
  });
  it("gives no subject to a verb after a complement clause's 'that'", () => {
    expect(triples("Egypt warned Turkey that the attack killed five.")).not.toContain("TUR>-:18");
  });
  it("keeps a floating quantifier inside a passive verb group", () => {
    expect(triples("Turkish troops who were both attacked in Egypt withdrew.")).not.toContain("TURMIL>EGY:19");
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
