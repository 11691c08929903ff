// An office that only a company has ("chief executive officer", "managing director") says
// that the unknown name before it is a company: its holder is business (BUS). Offices that states,
// parties and boards also have ("president", "spokesman", "chairman") leave the role open.
// Sentences written for these tests; the companies are invented.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const codeOf = (text: string, name: string) =>
  annotatedMentions(text, null).find((m) => m.kind === "person" && m.text.includes(name))?.code;

describe("a company office after an unknown name", () => {
  it("codes the chief executive of an unknown firm as business", () => {
    expect(codeOf("Talvex chief executive officer Jane Roe criticized the new tariffs.", "Jane Roe")).toBe(
      "BUS",
    );
    expect(codeOf("Brondell managing director Marek Vasko denied the report.", "Marek Vasko")).toBe("BUS");
  });
  it("codes a list of offices by its company office ('president and chief operating officer')", () => {
    expect(
      codeOf("Talvex president and chief operating officer Jane Roe criticized the tariffs.", "Jane Roe"),
    ).toBe("BUS");
  });
  it("leaves an office that states and parties also have open", () => {
    expect(codeOf("Talvex spokesman Marek Vasko denied the report on Tuesday.", "Marek Vasko")).toBeNull();
    expect(codeOf("Brondell chairman Marek Vasko denied the report on Tuesday.", "Marek Vasko")).toBeNull();
  });
});
