// People across a document: "the 48-year-old Kenyan" stands for the person named just before and
// gives them a country; a person keeps one code through the document, so mentions and pronouns
// read before the text coded them take the code too. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

function mentionsOf(text: string) {
  return annotatedMentions(text);
}

describe("people across the document", () => {
  it("reads 'the 48-year-old Kenyan' as the person named before, and gives them that country", () => {
    const ms = mentionsOf(
      "Marta Kowalczyk was detained at the airport. She denies the charges. The 48-year-old Kenyan was released on bail.",
    );
    const kenyan = ms.find((m) => m.text === "Kenyan");
    expect(kenyan).toMatchObject({ kind: "person", name: "Marta Kowalczyk", code: "KEN" });
    // ... and so do her name and the pronoun read before.
    expect(ms.find((m) => m.text === "Marta Kowalczyk")?.code).toBe("KEN");
    expect(ms.find((m) => m.text === "She")?.code).toBe("KEN");
  });

  it("leaves a demonym that modifies a noun alone", () => {
    const ms = mentionsOf("Marta Kowalczyk arrived on Monday. The Kenyan embassy said nothing.");
    expect(ms.find((m) => m.text === "Marta Kowalczyk")?.code ?? null).toBeNull();
  });

  it("gives earlier mentions of a person the role an apposition gives them later", () => {
    const ms = mentionsOf("Tiberiu Vasko spoke first. Later Vasko, a senator, called a strike.");
    const first = ms.find((m) => m.text === "Tiberiu Vasko");
    const later = ms.find((m) => m.text === "Vasko");
    expect(later?.code).toBeTruthy();
    expect(first?.code).toBe(later?.code);
  });
});

describe("pronouns and bodies at home", () => {
  it("reads an object pronoun as the person named last in its sentence", () => {
    const ms = mentionsOf(
      "Marta Kowalczyk said Tiberiu Vasko, a senator, had lied, and a court later fined him.",
    );
    expect(ms.find((m) => m.text === "him")?.name).toBe("Tiberiu Vasko");
  });
});

describe("civilians and the place of their sentence", () => {
  it("gives counted people the country of the place they are in, and leaves anyone bare", () => {
    const counted = mentionsOf("Six people were killed in Nairobi on Monday.");
    expect(counted.find((m) => m.text === "people")?.code).toBe("KENCVL");
    const anyone = mentionsOf("The show got people to dance in Nairobi.");
    expect(anyone.find((m) => m.text === "people")?.code).toBe("CVL");
  });
});
