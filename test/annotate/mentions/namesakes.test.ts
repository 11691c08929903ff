// A name in the office-holder list that the text describes as someone else ("Michael Johnson,
// 34, of Denver"; "Michael Johnson, a professor at the university") is that someone else, all
// through the document. Sentences written for these tests (the list's Speaker of the House,
// Mike Johnson, alias Michael Johnson, serves from 2023).
import { describe, expect, it } from "vitest";
import { createAnnotator } from "../../../src/annotate/index.ts";
import { createContext } from "../../../src/context.ts";
import { textArticle } from "../../helpers/annotate-text.ts";

const annotate = createAnnotator(createContext());
const people = (text: string) =>
  annotate({ ...textArticle(text, "WASHINGTON"), publishedAt: "2024-03-04T12:00:00Z" })
    .mentions.filter((m) => m.kind === "person")
    .map((m) => `${m.text}=${m.code}`);

describe("the text's own description wins over a namesake in our list", () => {
  it("makes a private person of a listed name given an age and a home town", () => {
    const found = people(
      "WASHINGTON - Police arrested Michael Johnson, 34, of Denver on Monday. Johnson was released.",
    );
    expect(found).toContain("Michael Johnson=USA");
    expect(found.some((p) => p.endsWith("USALEG"))).toBe(false);
  });
  it("codes a listed name described with another occupation by that occupation", () => {
    const found = people(
      "WASHINGTON - Michael Johnson, a professor at the university, criticized the senator on Monday.",
    );
    expect(found).toContain("Michael Johnson=USAEDU");
  });
  it("keeps the listed person when a title names them or the apposition names their office (must not fire)", () => {
    expect(people("WASHINGTON - Speaker Mike Johnson criticized the plan on Monday.")).toContain(
      "Speaker Mike Johnson=USALEG",
    );
    expect(people("WASHINGTON - Mike Johnson, a Republican lawmaker, criticized the plan.")).toContain(
      "Mike Johnson=USALEG",
    );
    expect(people("WASHINGTON - Mike Johnson, a former lawyer, criticized the plan.")).toContain(
      "Mike Johnson=USALEG",
    );
  });
});
