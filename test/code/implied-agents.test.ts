// Agentless legal and police acts (src/code/implied-agents.ts): the institution the act implies,
// of the clause's place or the document's country, is the source; the undergoer is the target.
// Sentences written for this test; the whole pipeline with the annotator's own actors.

import { describe, expect, it } from "vitest";
import { impliedRule, parseImpliedAgents } from "../../src/code/implied-agents.ts";
import { SitrepError } from "../../src/errors.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("implied institutional agents of agentless passives", () => {
  it("gives an arrest to the police of the place the clause names", () => {
    expect(triples("Four opposition activists were arrested in Kampala on Friday.")).toContain(
      "UGACOP>UGAOPP:173",
    );
    expect(triples("Two Kenyan journalists were detained in Ethiopia last week.")).toContain(
      "ETHCOP>KENMED:173",
    );
  });
  it("gives a sentence or a charge to the courts, of the dateline's country when no place is named", () => {
    const sentenced = triples("MADRID - A Moroccan activist was sentenced to nine years for sedition.");
    expect(sentenced.some((t) => t.startsWith("ESPJUD>") && t.endsWith(":116"))).toBe(true);
    const charged = triples(
      "NAIROBI - A senior Ugandan opposition politician was charged with treason on Monday.",
    );
    expect(charged.some((t) => t.startsWith("KENJUD>UGA") && t.endsWith(":173"))).toBe(true);
  });
  it("never takes the place someone is sent to as the jurisdiction", () => {
    const out = triples("BERLIN - Dozens of Afghan migrants were deported to Afghanistan on Tuesday.");
    expect(out.some((t) => t.startsWith("AFG"))).toBe(false);
  });
  it("codes nothing when neither the clause nor the document says whose institution acted", () => {
    expect(triples("The Chinese dissident was sentenced. The Indian activist was arrested.")).toEqual([]);
  });
  it("leaves named agents and acts no institution owns alone", () => {
    expect(triples("The Turkish journalist was arrested by Syrian rebels in Idlib.")).not.toContain(
      "SYRCOP>TURMED:173",
    );
    // Investigations and accusations are done by anyone: no agent is implied.
    expect(triples("The Brazilian minister was investigated in Brasilia last year.")).toEqual([]);
  });
});

describe("@undergone: the subject undergoes an institution's act", () => {
  it("reads serving a prison sentence or term as the court's sentence", () => {
    const out = triples(
      "The Egyptian journalist is serving a five-year prison sentence in Egypt for insulting officials.",
    );
    expect(out).toContain("EGYJUD>EGYMED:116");
    expect(triples("The Russian opposition leader served two prison terms in Russia.")).toContain(
      "RUSJUD>RUSOPP:116",
    );
  });
  it("does not read serving terms in office or serving as an official", () => {
    expect(triples("The Brazilian president served two terms in Brazil.")).toEqual([]);
    expect(triples("The Kenyan minister serves as chairman of the party in Kenya.")).toEqual([]);
  });
  it("reads facing charges in a country as that country's charge", () => {
    expect(triples("The Australian activist faces charges in Sweden over the protest.")).toContain(
      "SWEJUD>AUSOPP:173",
    );
  });
});

describe("agentless nouns of the acts", () => {
  it("gives 'the arrest of X' and 'the deportation of X' to the implied body", () => {
    expect(
      triples("LAGOS - The arrest of the Ghanaian opposition leader in Lagos angered his party."),
    ).toContain("NGACOP>GHAOPP:173");
    const deported = triples("ROME - The deportation of the Tunisian migrants began on Monday.");
    expect(deported.some((t) => t.startsWith("ITAGOV>TUN") && t.endsWith(":174"))).toBe(true);
  });
  it("implies no doer for an acquittal, an absent charge or one asked about", () => {
    expect(triples("ACCRA - The Ghanaian activist was found not guilty of fraud.")).toEqual([]);
    expect(triples("ACCRA - There is no specific charge against the Ghanaian minister.")).toEqual([]);
    expect(triples("ACCRA - Where is the charge against the Ghanaian minister?")).toEqual([]);
  });
  it("takes no country from bare roles when finding the document's country", () => {
    const out = triples(
      "A judge said the man was remanded in custody. Police said the man was charged. The court agreed.",
    );
    // (No "JUDJUD", "CVLCOP": a role read as the country of an implied role.)
    expect(out.filter((t) => /^(JUD|COP|CVL)(JUD|COP|GOV)>/.test(t))).toEqual([]);
  });
  it("does not code an arrest that is only demanded, called for or feared", () => {
    const calls = triples("LAGOS - Nigerian students called for the arrest of the Ghanaian traders.");
    expect(calls.filter((t) => t.endsWith(":173"))).toEqual([]);
    expect(triples("LAGOS - The Ghanaian opposition leader fears arrest.")).toEqual([]);
    expect(triples("LAGOS - The Ghanaian traders fled to avoid arrest.")).toEqual([]);
  });
});

describe("the accused of an allegation's clause (accused-clause.ts)", () => {
  it("makes the subject of the that-clause the target", () => {
    expect(
      triples("The Nigerian government alleges that the Ghanaian company falsified its accounts."),
    ).toContain("NGAGOV>GHABUS:112");
    expect(triples("Nigeria alleged Ghanaian troops secretly crossed the border.")).toContain(
      "NGA>GHAMIL:112",
    );
  });
  it("takes no target from a clause whose subject is no actor, nor from an object", () => {
    expect(triples("The Nigerian minister alleged that the report was false.")).toEqual(["NGAGOV>-:112"]);
    const objectOnly = triples("The Nigerian government alleged corruption in Ghana.");
    expect(objectOnly.filter((t) => t.includes(">GHA"))).toEqual([]);
  });
});

describe("implied-agents.tsv rows", () => {
  const rows = parseImpliedAgents([
    { where: "t:1", text: "code\trole\tlemmas\twhy" },
    { where: "t:2", text: "173\tJUD\tcharge|indict\tcharges" },
    { where: "t:3", text: "173\tCOP\t*\tarrests" },
  ]);
  it("takes the first row whose prefix and lemmas fit", () => {
    expect(impliedRule(rows, "173", "charge")?.role).toBe("JUD");
    expect(impliedRule(rows, "1731", "arrest")?.role).toBe("COP");
    expect(impliedRule(rows, "174", "deport")).toBeNull();
  });
  it("rejects a malformed row with a coded dictionary error", () => {
    expect(() =>
      parseImpliedAgents([
        { where: "t:1", text: "code\trole\tlemmas\twhy" },
        { where: "t:2", text: "173\tpolice\t*\tarrests" },
      ]),
    ).toThrow(SitrepError);
  });
});
