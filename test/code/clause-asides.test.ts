// The subject search steps over appositives, parentheses and inserted attributions, stops at a
// fronted adverbial and at a pronoun subject; a participle with its by-agent after a noun reads as
// a passive; "we" in a quotation is its speaker; a relative clause after a place phrase takes the
// actor before it. Sentences are our own general cases (fixture actors), not audit sentences.

import { describe, expect, it } from "vitest";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples(2);

describe("subject search over asides", () => {
  it("takes the actor before an appositive, not the one inside it", () => {
    expect(triples("Egypt, a close ally of France, condemned Turkey.")).toEqual(["EGY>TUR:11"]);
    expect(triples("Egypt condemned Turkey.")).toEqual(["EGY>TUR:11"]);
  });
  it("takes the actor before a parenthesis, not the one inside it", () => {
    expect(triples("Egypt (which France backs) condemned Turkey.")).toEqual(["EGY>TUR:11"]);
  });
  it("steps over an attribution set off by commas", () => {
    expect(triples("Egypt, Indian officials said, condemned Turkey.")).toEqual(["EGY>TUR:11"]);
  });
  it("jumps over an adverbial between subject and verb", () => {
    expect(triples("Egypt, with the help of France, condemned Turkey.")).toEqual(["EGY>TUR:11"]);
  });
  it("does not take an actor of a fronted adverbial as the subject", () => {
    expect(triples("According to Egypt, the men attacked the embassy.")).toEqual([]);
    expect(triples("After talks with France, the delegation condemned Turkey.")).toEqual([]);
    // ... while an actor after the adverbial is the subject as before.
    expect(triples("According to Egypt, Turkish troops attacked the embassy.")).toContain("TURMIL>-:19");
  });
});

describe("reduced passive after a noun", () => {
  it("reads 'ACTOR accused by X' as X accusing that actor, not the actor accusing X", () => {
    expect(triples("Turkish troops accused by Egypt of abuses withdrew.")).toEqual(["EGY>TURMIL:11"]);
  });
  it("reads an actor followed by 'attacked by X' as X's target", () => {
    expect(triples("The talks included Syrian rebels attacked by Turkish troops last week.")).toEqual([
      "TURMIL>SYRREB:19",
    ]);
  });
  it("reads a participle with its by-agent after a comma as passive", () => {
    expect(triples("Police arrested Syrian rebels, supported by Turkey.")).toContain("TUR>SYRREB:05");
    expect(triples("Police arrested Syrian rebels, supported by Turkey.")).not.toContain("SYRREB>TUR:05");
  });
  it("leaves an active verb followed by 'by' and no actor active", () => {
    expect(triples("Egypt responded by condemning Turkey.")).toEqual(["EGY>TUR:11"]);
  });
});

describe("first person in a quotation", () => {
  it("reads 'we' in a quotation as the speaker named after it", () => {
    expect(triples('"We condemn Turkey," Egypt said.')).toEqual(["EGY>TUR:11"]);
    expect(triples('"We condemn Turkey," said the Egyptian government.')).toEqual(["EGYGOV>TUR:11"]);
    expect(triples('"We urge Turkey to withdraw its troops," Egypt said.')).toContain("EGY>TUR:02");
  });
  it("leaves 'we' outside a quotation, or without a speaker, without a source", () => {
    expect(triples("We condemn Turkey, Egypt said.")).toEqual([]);
    expect(triples('"We condemn Turkey."')).toEqual([]);
  });
});

describe("relative clause after a place phrase", () => {
  it("takes the actor the place phrase follows as the antecedent", () => {
    expect(triples("Turkish rebels in Syria who attacked Egypt were arrested.")).toContain("TURREB>EGY:19");
    expect(triples("Turkish rebels in Syria, who attacked Egypt, were arrested.")).toContain("TURREB>EGY:19");
  });
});

describe("pronoun subjects", () => {
  it("reads a pronoun subject as the subject of the clause that embeds it, not the nearest actor", () => {
    expect(triples("He told Egypt he supported Turkey.")).not.toContain("EGY>TUR:05");
    expect(triples("Egypt said it condemned Turkey.")).toContain("EGY>TUR:11");
    expect(triples("Egypt said that it condemned Turkey.")).toContain("EGY>TUR:11");
  });
  it("leaves a pronoun in an adverbial clause without an actor", () => {
    expect(triples("Police arrested a man after he attacked the Egyptian embassy.")).not.toContain(
      "COP>EGY:19",
    );
  });
});

describe("naming complements", () => {
  it("reads 'called X his Y' as naming X, no contact with X", () => {
    expect(triples("Egypt called Turkey its closest partner.").filter((t) => t.endsWith(":04"))).toEqual([]);
  });
});
