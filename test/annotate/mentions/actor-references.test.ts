// Who a role, a pronoun or an unknown person stands for, from the words around them: a name that
// owns a bare role ("the Obama administration"), "they" for the one plural body named before, a
// person's apposition naming the body they act for. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "../../code/fixture-triples.ts";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const codeOf = (text: string, word: string) =>
  annotatedMentions(text).find((m) => m.text === word)?.code ?? null;

describe("a name before a bare role owns it", () => {
  it("gives a leader's government the leader's country", () => {
    const text = "Barack Obama took office in 2009. The Obama administration defended the drone programme.";
    expect(codeOf(text, "administration")).toBe("USAGOV");
    expect(codeOf("Erdogan's government expelled the envoy.", "government")).toBe("TURGOV");
  });

  it("takes a city's country for its police, but not a place after a preposition", () => {
    expect(codeOf("Lagos police arrested four men.", "police")).toBe("NGACOP");
    const ms = annotatedMentions(
      "Talks in Nairobi police officials called useless, a Ugandan diplomat said.",
    );
    expect(ms.find((m) => m.text === "police officials")?.code ?? "COP").not.toBe("KENCOP");
  });

  it("reads '-led' as the owner's and '-backed' as someone else's", () => {
    expect(codeOf("US-led forces attacked Taliban positions.", "forces")).toBe("USAMIL");
    const backed = codeOf("Russian-backed rebels attacked Ukrainian troops near Donetsk, Ukraine.", "rebels");
    expect(backed ?? "REB").not.toMatch(/^RUS/);
  });

  it("leaves a role alone when a verb or comma stands between it and the name", () => {
    expect(codeOf("Erdogan, police said, had left the country.", "police")).toBe("COP");
  });
});

describe("'they' stands for the one plural body named before", () => {
  it("reads a sentence-initial 'They' as the rebels of the sentence before", () => {
    // ("said they" inside one sentence is the clause reader's: it passes the subject on.)
    const ms = annotatedMentions(
      "The rebels said they would never surrender. They attacked a Syrian army post.",
    );
    expect(ms.find((m) => m.text === "They")?.name).toBe("rebels");
  });

  it("stays unresolved when a noun phrase of its own sentence comes first", () => {
    const ms = annotatedMentions(
      "Hundreds of protesters gathered in Nairobi. If you lock a crowd of strangers in a room, they will fight.",
    );
    expect(ms.find((m) => m.text === "they")).toBeUndefined();
  });

  it("stays unresolved when two plural bodies could be meant", () => {
    const ms = annotatedMentions("Police arrested two men on Friday. They were taken to Nairobi.");
    expect(ms.find((m) => m.text === "They")).toBeUndefined();
  });

  it("does not read 'they' as what 'their' owns", () => {
    const ms = annotatedMentions("Soldiers destroyed their houses; they fled across the border.");
    expect(ms.find((m) => m.text === "they")?.name ?? null).not.toBe("houses");
    const fam = annotatedMentions("The strike killed their families, and they swore revenge.");
    expect(fam.find((m) => m.text === "they")).toBeUndefined();
  });

  it("codes the event the pronoun is the subject of", () => {
    const { triples } = pipelineTriples();
    const out = triples(
      "Hundreds of protesters gathered in Nairobi. They demanded the resignation of the Kenyan president.",
    );
    expect(out.some((t) => /^KEN(?:OPP|CVL)?>KENGOV:10/.test(t))).toBe(true);
  });
});

describe("an apposition says whom a person acts for", () => {
  it("codes 'X, a spokesman for the Egyptian foreign ministry' as that ministry", () => {
    const text = "Ahmed Farouk, a spokesman for the Egyptian foreign ministry, spoke on Monday.";
    expect(codeOf(text, "Ahmed Farouk")).toBe("EGYGOV");
  });

  it("codes a researcher at an international organisation as that organisation", () => {
    const text = "Maria Delgado, a researcher at the World Health Organization, warned Brazil.";
    expect(codeOf(text, "Maria Delgado")).toBe("IGOUNOWHO");
  });

  it("reads the body's office in a possessive apposition, either way round", () => {
    expect(codeOf("Tom Rourke, the trade union's president, called a strike.", "Tom Rourke")).toMatch(/LAB$/);
    expect(codeOf("The trade union's president, Tom Rourke, called a strike.", "Tom Rourke")).toMatch(/LAB$/);
  });

  it("reads the body a relative clause says the person heads or works for", () => {
    expect(codeOf("Tom Rourke, who heads the trade union, called a strike.", "Tom Rourke")).toMatch(/LAB$/);
    expect(
      codeOf("Jane Okoro, who is a spokeswoman for the Kenyan government, denied it.", "Jane Okoro"),
    ).toBe("KENGOV");
    expect(codeOf("Jane Okoro, who criticised the Kenyan government, was arrested.", "Jane Okoro")).not.toBe(
      "KENGOV",
    );
  });

  it("does not make a critic or a friend of a body its voice", () => {
    expect(codeOf("Jane Okoro, a critic of the Kenyan government, was arrested.", "Jane Okoro")).not.toBe(
      "KENGOV",
    );
    expect(codeOf("Jane Okoro, a friend of the Kenyan president, was arrested.", "Jane Okoro")).not.toBe(
      "KENGOV",
    );
  });
});

describe("a definite description stands for the body named before", () => {
  it("reads 'the group' as the non-governmental organisation named before", () => {
    const ms = annotatedMentions(
      "Amnesty International issued a report. The group accused Iranian police of abuses.",
    );
    expect(ms.find((m) => m.text === "The group")?.code).toBe("NGOAMN");
  });

  it("reads 'the company' as the named company of that role, with its own country", () => {
    const ms = annotatedMentions(
      "Huawei denied the allegations. The company accused the United States of bullying.",
    );
    expect(ms.find((m) => m.text === "company")?.code).toBe("CHNBUS");
  });

  it("leaves 'the company' alone when the body named before is no company", () => {
    const ms = annotatedMentions("Amnesty International issued a report. The company rejected it.");
    expect(ms.find((m) => m.text === "company")?.code ?? "BUS").not.toBe("NGOAMN");
  });
});

describe("'the body' stands for the international organisation just named", () => {
  it("reads 'the body' as the organisation of the sentence before", () => {
    const text =
      "The Arab League called it an adverse development. The Palestinians called for an emergency meeting of the body.";
    expect(codeOf(text, "the body")).toBe("IGOARL");
  });

  it("leaves a corpse alone, and any organisation that is not international", () => {
    expect(
      codeOf(
        "The UN said aid had reached the town. Police said the body was found near a river.",
        "the body",
      ),
    ).toBe(null);
    expect(
      codeOf("Reuters reported the fire. Firefighters carried the body out of the house.", "the body"),
    ).toBe(null);
  });
});
