// A subject pronoun is not the person its own sentence names after it (pronoun-binding.ts):
// "he ... called Okafor a liar" is someone else. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const pronoun = (text: string, word: string) => annotatedMentions(text).find((m) => m.text === word);

describe("a subject pronoun and a name after it in its sentence", () => {
  it("is not that person", () => {
    const text =
      "Senator Samuel Okafor spoke on Monday. During the call, he asked about the budget, called Okafor a liar and hung up.";
    expect(pronoun(text, "he")).toBeUndefined();
  });
  it("still stands for a person not named again", () => {
    const text =
      "Senator Samuel Okafor spoke on Monday. During the call, he asked about the budget and hung up.";
    expect(pronoun(text, "he")).toMatchObject({ name: "Samuel Okafor" });
  });
  it("may point ahead from a subordinate clause that opens the sentence", () => {
    const text = "Senator Samuel Okafor spoke on Monday. When he arrived, Okafor thanked the staff.";
    expect(pronoun(text, "he")).toMatchObject({ name: "Samuel Okafor" });
  });
  it("an object pronoun is not concerned", () => {
    const text = "Senator Samuel Okafor spoke on Monday. The governor met him and praised Okafor.";
    expect(pronoun(text, "him")).toMatchObject({ name: "Samuel Okafor" });
  });
});
