// An acronym the document spells out as another body than our dictionary's (acronym-definitions.ts)
// stands for the text's body; one spelled out as the dictionary's own body, in any spelling, keeps
// its code. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const coded = (text: string) =>
  annotatedMentions(text, null)
    .filter((m) => m.kind !== "date" && m.kind !== "place")
    .map((m) => `${m.text}=${m.code}`);

describe("acronyms the document defines", () => {
  it("drops our list's body when the text spells the acronym out as another", () => {
    const found = coded(
      "LAGOS - The Nigerian Ports Authority (NPA) said the NPA would sue the shipping firm.",
    );
    expect(found.filter((f) => f.startsWith("NPA="))).toHaveLength(2);
    expect(found.join(" ")).not.toContain("PHLINS");
  });

  it("keeps our list's body when the text spells out that same body", () => {
    const found = coded(
      "MANILA - The New People's Army (NPA) attacked a post. The NPA said it was retaliation.",
    );
    expect(found.filter((f) => f.startsWith("NPA="))).toEqual(["NPA=PHLINS", "NPA=PHLINS"]);
    expect(coded("The Palestine Liberation Organisation (PLO) met Israeli officials.")).toContain("PLO=PLO");
  });
});
