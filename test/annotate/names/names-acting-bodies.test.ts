// Organisations no word of their name gives away, told by how the document writes and uses the
// name (src/annotate/names/acting-bodies.ts): an inner capital ("Zentrivo" has none, "ZenTrivo"
// has one), or a name that acts and that a later sentence calls "the company". Names invented.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

function mentionsOf(text: string) {
  return annotatedMentions(text).map((m) => ({ text: m.text, kind: m.kind, code: m.code, reason: m.reason }));
}
const kindsOf = (text: string, name: string) =>
  mentionsOf(text)
    .filter((m) => m.text === name)
    .map((m) => m.kind);

describe("a one-word name with an inner capital", () => {
  it("is an organisation, in the running text and again later", () => {
    const text =
      "Officials met on Friday after KorvaLeaks published the cables. KorvaLeaks has denied wrongdoing.";
    expect(kindsOf(text, "KorvaLeaks")).toEqual(["organization", "organization"]);
  });

  it("is an organisation when capitals open it ('GOProud' shape)", () => {
    expect(kindsOf("Members said VELproud met the mayor on Friday.", "VELproud")).toEqual(["organization"]);
  });

  it("is no organisation after a family prefix (McArdle, DeVrenk) or in all capitals", () => {
    const text = "Officials said McArdle and DeVrenk met on Friday; VELMONT was not there.";
    const ms = mentionsOf(text);
    for (const name of ["McArdle", "DeVrenk", "VELMONT"])
      expect(ms.filter((m) => m.text === name && m.kind === "organization")).toEqual([]);
  });
});

describe("a name that acts and that a later sentence calls 'the company'", () => {
  it("is an organisation, and the role noun gives it a role", () => {
    const text =
      "Shares rose on Monday. Officials said Velmont sued the regulator in March. The company said the rules were unfair.";
    const velmont = mentionsOf(text).find((m) => m.text === "Velmont");
    expect(velmont?.kind).toBe("organization");
    expect(velmont?.code).toBe("BUS");
  });

  it("is not read so from a sentence's first word the document writes nowhere else", () => {
    const text = "Shares rose on Monday. Deliveries are due by June, the company said.";
    expect(kindsOf(text, "Deliveries")).not.toContain("organization");
  });

  it("is an organisation wherever the document names it", () => {
    const text =
      "Trade resumed on Monday. Velmont sued the regulator in March. The company said the rules were unfair. Officials fined Velmont.";
    expect(kindsOf(text, "Velmont")).toEqual(["organization", "organization"]);
  });

  it("is not read so when another name acts in between: the company may be theirs", () => {
    const text =
      "Trade resumed on Monday. Officials said Velmont sued the regulator in March, and Orrakin filed a claim. The company said the rules were unfair.";
    expect(kindsOf(text, "Velmont")).not.toContain("organization");
  });

  it("is not read so when the name does not act, or when the description does not", () => {
    expect(
      kindsOf(
        "Trade resumed on Monday. Officials met Velmont in March. The company said it would grow.",
        "Velmont",
      ),
    ).not.toContain("organization");
    expect(
      kindsOf(
        "Trade resumed on Monday. Officials said Velmont sued in March. Shares of the company fell.",
        "Velmont",
      ),
    ).not.toContain("organization");
  });

  it("keeps a person named in full a person, though 'the company' acts after", () => {
    const text =
      "Trade resumed on Monday. Ilse Pretorius joined the board. Pretorius criticized the plan in March. The company said it would appeal.";
    expect(kindsOf(text, "Pretorius")).toEqual(["person"]);
  });
});

describe("the kinds of body 'the company' stands for (WordNet heads and body nouns)", () => {
  it("reads a WordNet kind of organisation as a description ('the carmaker')", () => {
    const text =
      "Trade resumed on Monday. Officials said Velmont recalled 40,000 cars. The carmaker said the fault was minor.";
    expect(kindsOf(text, "Velmont")).toEqual(["organization"]);
  });

  it("does not read the state's forces as a description ('the police', 'the army')", () => {
    const police =
      "Trade resumed on Monday. Officials said Okonkwo fled the town. The police said the search went on.";
    expect(kindsOf(police, "Okonkwo")).not.toContain("organization");
    const army =
      "Trade resumed on Monday. Officials said Barvik attacked the convoy. The army said six soldiers died.";
    expect(kindsOf(army, "Barvik")).not.toContain("organization");
  });

  it("does not read a body that speaks of 'he' or 'she' as the name that acted", () => {
    const text =
      "Trade resumed on Monday. Officials said Delgaro resigned. The company said she would stay on the board.";
    expect(kindsOf(text, "Delgaro")).not.toContain("organization");
  });
});

describe("a name that acts and says 'its' of itself", () => {
  it("is an organisation", () => {
    const text = "Trade resumed on Monday. Officials said Velmont had raised its prices in March.";
    expect(kindsOf(text, "Velmont")).toEqual(["organization"]);
  });

  it("is not read so when a noun stands between (the 'its' is the noun's) or the pronoun is a person's", () => {
    expect(
      kindsOf(
        "Trade resumed. Officials said Pretorius criticized the bank and its chief in March.",
        "Pretorius",
      ),
    ).not.toContain("organization");
    expect(
      kindsOf(
        "Trade resumed. Officials said Pretorius said on Monday that his plan would work.",
        "Pretorius",
      ),
    ).not.toContain("organization");
  });
});
