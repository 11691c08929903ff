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

describe("a speaker pronoun after a quotation", () => {
  const quote = (said: string) =>
    `Maria Lopez, the defendant's lawyer, spoke to reporters in Denver. ${said}`;
  it("is not the person named inside the quotation", () => {
    const text = quote(
      "“Senator Jane Okafor is passionate about her beliefs and her right to express them,” she said.",
    );
    expect(pronoun(text, "she")).toBeUndefined();
  });
  it("still stands for a person named outside the quotation", () => {
    const text =
      "“We are passionate about our beliefs and our rights,” Senator Samuel Okafor said, and he left.";
    expect(pronoun(text, "he")).toMatchObject({ name: "Samuel Okafor" });
  });
  it("a short quoted name is a nickname, not a quotation", () => {
    const text = "Senator Samuel Okafor, the “Iron Man” of the senate, spoke on Monday, and he left.";
    expect(pronoun(text, "he")).toMatchObject({ name: "Samuel Okafor" });
  });
});

describe("names no one a pronoun may stand for", () => {
  it("a name after 'the' is a place or body, not another person", () => {
    const text =
      "Senator Samuel Okafor on Monday accused Chile of using pressure in the South China Sea. He urged Bolivia to push back.";
    expect(pronoun(text, "He")).toMatchObject({ name: "Samuel Okafor" });
  });
  it("a people's name before a noun modifies it", () => {
    const text =
      "Senator Samuel Okafor on Monday accused Chile of using pressure against smaller Asian nations. He urged Bolivia to push back.";
    expect(pronoun(text, "He")).toMatchObject({ name: "Samuel Okafor" });
  });
  it("a name standing on its own may still be the one meant", () => {
    const text =
      "Senator Samuel Okafor on Monday met Dalvinder Hussainzadeh in Lima. He urged Bolivia to push back.";
    expect(pronoun(text, "He")).toBeUndefined();
  });
});
