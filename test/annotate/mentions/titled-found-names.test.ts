// A person no dictionary holds, found after an office title inside one run of capitals, takes the
// title's role ("Press Secretary Jane Roe" is GOV), and a place that stands for an institution
// keeps its code when the name finder also knows it as an organisation's name ("White House").
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => m.kind === "person" || m.kind === "organization" || m.kind === "state")
    .map((m) => `${m.text}=${m.code}`);

describe("a found person's title gives the role", () => {
  it("codes the press secretary of the White House as government, and her surname later", () => {
    const found = actors(
      "WASHINGTON - White House Press Secretary Tamsin Orrell spoke on Monday. Orrell later accused the senator of lying.",
      "WASHINGTON",
    );
    expect(found).toEqual(
      expect.arrayContaining(["White House Press Secretary Tamsin Orrell=USAGOV", "Orrell=USAGOV"]),
    );
  });
  it("gives no role where no title stands in the name's run", () => {
    const found = actors("WASHINGTON - Tamsin Orrell spoke to the senator on Monday.", "WASHINGTON");
    expect(found.find((a) => a.startsWith("Tamsin Orrell"))).not.toMatch(/GOV$/);
  });
});

describe("a metonym the name finder also knows as an organisation", () => {
  it("keeps the White House's code before a title and a name, never an uncoded organisation", () => {
    const found = actors("WASHINGTON - White House Press Secretary Tamsin Orrell spoke.", "WASHINGTON");
    expect(found.some((a) => a.endsWith("=null"))).toBe(false);
  });
  it("still lets a found organisation hold a country's name ('Bank of Ghana' is no state)", () => {
    const found = actors("The Central Bank of Ghana raised rates in Accra.", "ACCRA");
    expect(found).not.toContain("Ghana=GHA");
  });
});
