// Person evidence for names of one word, on sentences written for these tests: an age before the
// name, a word of family after its possessive, and the full name that ends with such a name.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const kinds = (text: string, word: string) =>
  annotatedMentions(text, null)
    .filter((m) => m.text === word)
    .map((m) => m.kind);

describe("person cues for one-word names", () => {
  it("reads an age before a name as a person's", () => {
    expect(kinds("The plot was led by a 27-year-old Okwuosa, witnesses said.", "Okwuosa")).toEqual([
      "person",
    ]);
  });

  it("reads a word of family after a name's possessive as a person's", () => {
    expect(kinds("Guards loyal to Brenneis's sons fired at the crowd.", "Brenneis")).toEqual(["person"]);
  });

  it("gives the full name that ends with such a name the person's kind", () => {
    const text =
      "The rally marked the day that brought Tadesh Brenneis to power. Guards loyal to Brenneis's sons fired.";
    expect(kinds(text, "Tadesh Brenneis")).toEqual(["person"]);
  });

  it("takes no body's possessive for a person's", () => {
    expect(
      kinds("Talks with Zelvana Mining Corporation's lawyers stalled.", "Zelvana Mining Corporation"),
    ).not.toContain("person");
  });
});
