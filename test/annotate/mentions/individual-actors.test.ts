// People named by sex, age or part ("a man", "two children", "the suspect") are actors, and a
// hyphenated modifier before an actor noun ("a 51-year-old man") stays in its mention, so the
// coder reads it as the object of the verb before it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string) =>
  annotatedMentions(text)
    .filter((m) => m.kind !== "date" && m.kind !== "place" && m.kind !== "state")
    .map((m) => `${m.text}=${m.code}`);

describe("people named by sex, age or part", () => {
  it("makes civilians of men, women and children, and criminals of suspects", () => {
    expect(actors("Gunmen shot a woman and two children.")).toEqual(
      expect.arrayContaining(["woman=CVL", "children=CVL"]),
    );
    expect(actors("The suspect fled.")).toContain("suspect=CRM");
  });
  it("leaves the verb 'suspect' alone", () => {
    expect(actors("I suspect the rain will stop.")).toEqual([]);
  });
});

describe("a hyphenated modifier joins the actor noun after it", () => {
  it("takes an age into the mention", () => {
    expect(actors("Officers detained a 51-year-old man.")).toContain("51-year-old man=CVL");
    expect(actors("Guards beat two pro-democracy protesters.")).toContain("pro-democracy protesters=OPP");
  });
  it("keeps a capitalised compound apart: it names an actor of its own", () => {
    expect(actors("Hamas-run police arrested him.").some((a) => a.startsWith("Hamas-run police"))).toBe(
      false,
    );
  });
  it("joins nothing across a comma", () => {
    expect(actors("It was well-known, people said.")).toContain("people=CVL");
  });
});

describe("people named without a role take the document's country", () => {
  const people = (text: string, dateline: string | null) =>
    annotatedMentions(text, dateline)
      .filter((m) => m.kind === "person")
      .map((m) => `${m.text}=${m.code}`);
  it("takes the dateline's country beside a political actor, for every mention of the name", () => {
    const text = "NAIROBI, Kenya - The police questioned Amara Odhiambo. Later Odhiambo left the city.";
    expect(people(text, "NAIROBI, Kenya")).toEqual(["Amara Odhiambo=KEN", "Odhiambo=KEN"]);
  });
  it("takes the country most of the story names when there is no dateline", () => {
    const text =
      "Kenya held talks. The ministry criticised Amara Odhiambo. Kenya and Kenya's neighbours met in Kenya.";
    expect(people(text, null)).toEqual(["Amara Odhiambo=KEN"]);
  });
  it("leaves a private person uncoded: no political actor shares a sentence with them", () => {
    const text = "NAIROBI, Kenya - Amara Odhiambo won the race. Odhiambo thanked her coach.";
    expect(people(text, "NAIROBI, Kenya")).toEqual(["Amara Odhiambo=null", "Odhiambo=null", "her=null"]);
  });
  it("leaves the person uncoded when the document names no dateline and no main country", () => {
    expect(people("The police questioned Amara Odhiambo.", null)).toEqual(["Amara Odhiambo=null"]);
  });
  it("keeps a coded person's own code", () => {
    expect(people("Kenya held talks. Kenyan Foreign Minister Amara Odhiambo left Kenya.", null)).toEqual([
      "Kenyan Foreign Minister Amara Odhiambo=KENGOV",
    ]);
  });
});

describe("local people take their sentence's place or the story's country beside another party", () => {
  it("places a man by the town he is from, though a senator is named too", () => {
    const found = annotatedMentions("A Denver man threatened Sen. Jane Roe of Ohio.");
    expect(found.filter((m) => m.text.endsWith("man")).map((m) => m.code)).toEqual(["USACVL"]);
  });
  it("gives the man arrested by Kenyan police the dateline's country", () => {
    const found = annotatedMentions("NAIROBI, Kenya - Kenyan police arrested a man.", "NAIROBI, Kenya");
    expect(found.filter((m) => m.text === "man").map((m) => m.code)).toEqual(["KENCVL"]);
  });
});

describe("a name after a locative preposition takes no apposition", () => {
  it("reads 'in Oakland, the president said' as a place and a clause", () => {
    const found = annotatedMentions("Speaking in Oakland, the president criticised the plan.");
    expect(found.some((m) => m.kind === "person" && m.text === "Oakland")).toBe(false);
  });
});
