// "he" after a sentence that names one person stands for them even when a name we cannot code
// follows a possessive there ("his Quillbank work": owned by the person, no other person); a name
// standing on its own may still be the one meant. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const pronouns = (text: string) =>
  annotatedMentions(text, "STOCKHOLM")
    .filter((m) => m.kind === "person" && m.form === "pronoun")
    .map((m) => `${m.text}=${m.code}`);

describe("a name owned by the person named before", () => {
  it("lets 'He' stand for the person", () => {
    expect(
      pronouns(
        "STOCKHOLM - Swedish activist Tom Harrow is fighting extradition over his Quillbank work. He had been facing a charge since 2010.",
      ),
    ).toEqual(["his=SWEOPP", "He=SWEOPP"]);
  });
  it("leaves 'He' open after a name that stands on its own", () => {
    expect(
      pronouns(
        "STOCKHOLM - Swedish activist Tom Harrow is fighting Quillbank over the work. He had been facing a charge since 2010.",
      ),
    ).not.toContain("He=SWEOPP");
  });
});
