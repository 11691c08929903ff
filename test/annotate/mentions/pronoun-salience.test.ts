// A sentence-opening "He"/"She" after a sentence naming several people stands for that sentence's
// main-clause subject (centering), and only then. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const pronoun = (text: string, word: string) =>
  annotatedMentions(text).find((m) => m.form === "pronoun" && m.text === word)?.name ?? null;

describe("a sentence-opening pronoun after several people", () => {
  it("stands for the subject of the sentence before", () => {
    expect(
      pronoun(
        "President Barack Obama met Russian President Vladimir Putin on Monday. He said the talks were useful.",
        "He",
      ),
    ).toBe("Barack Obama");
    expect(pronoun("Senator John McCain criticised Barack Obama's plan. He said it would fail.", "He")).toBe(
      "John McCain",
    );
  });

  it("stands for the speaker of a quotation in the sentence before", () => {
    const text =
      '"No plane will be used," union spokesman Francois Cabrera said after meeting Christian Blanc. He said civilians would protest.';
    expect(pronoun(text, "He")).toBe("Francois Cabrera");
    const inverted =
      '"We will appeal," said Foreign Minister Sergei Lavrov, who met John Kerry in Geneva. He called the sanctions illegal.';
    expect(pronoun(inverted, "He")).toBe("Sergey Lavrov");
  });

  it("stays unresolved when the people sit inside phrases or clauses, not as the subject", () => {
    expect(
      pronoun(
        "It was a contract for work Mark Zuckerberg did for Paul Ceglia's company. He was arrested last week.",
        "He",
      ),
    ).toBeNull();
    expect(
      pronoun(
        "The friendship of Barack Obama with Vladimir Putin is under scrutiny. He is vulnerable.",
        "He",
      ),
    ).toBeNull();
  });

  it("does not pick the subject inside the pronoun's own sentence", () => {
    const text =
      "Coach Bruce Boudreau praised winger Zach Parise on Monday, saying he always finds a way to score.";
    expect(pronoun(text, "he")).toBeNull();
  });
});
