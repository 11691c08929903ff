// A role placed by the phrase after it ("rebels in Congo"), a body's name split by the
// dictionaries ("U.S. Treasury" + "Department"), central banks as state bodies, and organisations
// the text introduces by apposition. Sentences written for these tests (invented names).
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const codes = (text: string) =>
  annotatedMentions(text)
    .filter((m) => m.kind !== "date" && m.kind !== "place")
    .map((m) => `${m.text}=${m.code}`);

describe("a place phrase after a role gives the role its country", () => {
  it("places rebels, militants and refugees, whom nothing else places", () => {
    expect(codes("Rebels in Congo abducted twelve people.")).toContain("Rebels=CODREB");
    expect(codes("Militants based in Pakistan attacked a post.")).toContain("Militants=PAKREB");
    expect(codes("Protesters in Kenya marched on Monday.")).toContain("Protesters=KENOPP");
  });
  it("leaves a role bare when no place phrase follows it", () => {
    expect(codes("Rebels abducted twelve people.")).toContain("Rebels=REB");
  });
});

describe("a body's head noun joins the name before it", () => {
  it("reads 'U.S. Treasury Department' as one US body", () => {
    expect(codes("The U.S. Treasury Department imposed sanctions on Iran.")).toEqual([
      "U.S. Treasury Department=USAGOV",
      "Iran=IRN",
    ]);
  });
  it("does not join a head noun after a comma or a line break", () => {
    const joined = codes("The U.S. Treasury, Department officials said.").some((c) =>
      c.includes("Treasury,"),
    );
    expect(joined).toBe(false);
  });
  it("knows national central banks as their state's bodies", () => {
    expect(codes("The Fed raised rates, and the Bank of England held them.")).toEqual([
      "Fed=USAGOV",
      "Bank of England=GBRGOV",
    ]);
  });
});

describe("an apposition makes an unknown name an organisation", () => {
  it("takes the role from the head noun and the country from a demonym, for later uses too", () => {
    expect(
      codes("Velorix, a Swiss software company, sued Nordane on Monday. Velorix said it would appeal."),
    ).toEqual(["Velorix=CHEBUS", "Velorix=CHEBUS"]);
    expect(codes("Tarnwick Power, a maker of turbines, denied the claims.")).toEqual(["Tarnwick Power=BUS"]);
  });
  it("makes no organisation without a name before the comma or a head noun ending the phrase", () => {
    expect(codes("On Monday, a company spokesman said prices would rise.")).toEqual([]);
    // ("a company executive" is a person: the head noun must end the phrase.)
    const executive = annotatedMentions("Velorix, a software company executive, left.");
    expect(executive.filter((m) => m.kind === "organization")).toEqual([]);
  });
});

describe("an apposition headed by a kind of organisation WordNet knows", () => {
  it("takes the role of a WordNet kind of body, one word or two", () => {
    expect(codes("Morvik, a Swedish carmaker, sued the regulator.")).toContain("Morvik=SWEBUS");
    expect(codes("Varne, a news agency, reported the attack.")).toContain("Varne=MED");
  });
  it("gives a role to an organisation the name finder left without one", () => {
    expect(codes("Officials met. Velgar Trust, a think tank, criticized the plan.")).toContain(
      "Velgar Trust=NGO",
    );
  });
  it("reads 'the' apposition that closes at its head, and a country's possessive", () => {
    expect(codes("Lawmakers met. Orrin Power, the Kenyan utility, cut supplies.")).toContain(
      "Orrin Power=KENBUS",
    );
    const owned = annotatedMentions(
      "Lawmakers met. Orrin Power, the country's largest utility, cut supplies.",
    );
    expect(owned.find((m) => m.text === "Orrin Power")).toMatchObject({ kind: "organization" });
    expect(owned.find((m) => m.text === "Orrin Power")?.code).toMatch(/BUS$/);
  });
  it("makes no organisation of a speaker tag or of a person's role in a body", () => {
    expect(codes("Told by Velcrow, the company said it would appeal.")).not.toContain("Velcrow=BUS");
    const ceo = annotatedMentions("Ilse Varga, the company's chief executive, said it would appeal.");
    expect(ceo.find((m) => m.text === "Ilse Varga")?.kind).toBe("person");
  });
});
