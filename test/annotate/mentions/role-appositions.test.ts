// A person named in apposition after the office that introduces them takes the office's code:
// "The U.S. ambassador to the United Nations, Jane Roe, arrived". Lists and other people between
// are no apposition. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const people = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => m.kind === "person" && m.form === "name")
    .map((m) => `${m.text}=${m.code}`);

describe("the office before a name in apposition", () => {
  it("codes the person by the office, through the body it is to, and her surname later", () => {
    const found = people(
      "SANTIAGO - The U.S. ambassador to the United Nations, Tamsin Orrell, arrived on Friday. Orrell will meet officials.",
      "SANTIAGO",
    );
    expect(found).toEqual(["Tamsin Orrell=USAGOV", "Orrell=USAGOV"]);
  });
  it("codes the person after a possessive office", () => {
    expect(people("NAIROBI - Kenya's foreign minister, Amara Welde, criticised Uganda.", "NAIROBI")).toEqual([
      "Amara Welde=KENGOV",
    ]);
  });
  it("reads no apposition in a list of people", () => {
    const found = people("NAIROBI - The president, Tom Harrow and Amara Welde met on Monday.", "NAIROBI");
    expect(found.every((p) => !p.endsWith("GOV"))).toBe(true);
  });
  it("reads no apposition in a plural role or a name inside a saying clause", () => {
    const found = people("NAIROBI - Kenyan police officers, Tom Harrow said, arrested the man.", "NAIROBI");
    expect(found.every((p) => !p.endsWith("COP"))).toBe(true);
  });
});

describe("a bare office before a name", () => {
  it("leaves the person the story's country, never a bare role", () => {
    const found = people(
      "Slovenia votes. Slovenia and Slovenia. The opposition leader, Tamsin Orrell, met the ministers of Croatia and Austria.",
    );
    expect(found.find((p) => p.startsWith("Tamsin Orrell"))).toMatch(/^Tamsin Orrell=SVN/);
  });
});
