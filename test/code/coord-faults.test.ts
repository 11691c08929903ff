// Three general coder faults (issue 9): verbs in a list share the first verb's subject
// (coordinated-verbs.ts), force verbs used of criticism by unarmed speakers are 111
// (verbal-attack.ts), and seizing a person is an arrest or an abduction (person-seizure.ts).
// Every sentence was written for this test; each check has negative cases it must not fire on.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("verb phrases in a list share their subject", () => {
  it("the verb after a comma takes the first verb's subject, not its object", () => {
    const t = triples(
      "The Chilean foreign minister criticized Peru, praised Bolivia for its help and said the talks would go on.",
    );
    expect(t).toContain("CHLGOV>BOL:051");
    expect(t.some((x) => x.startsWith("PER>"))).toBe(false);
  });
  it("a verb after 'and' that follows an object actor still takes the first subject", () => {
    const t = triples("Russia attacked Ukraine and killed dozens of civilians.");
    expect(t.every((x) => x.startsWith("RUS>"))).toBe(true);
  });
  it("a reduced passive after a comma is about the noun before it, not the first subject", () => {
    const t = triples("Chilean police arrested the man, accused of spying for Peru, and charged him.");
    expect(t).toContain("CHLCOP>PERCVL:173");
    expect(t.some((x) => x.startsWith("CHLCOP>") && x.endsWith(":1125"))).toBe(false);
  });
  it("a new clause with its own subject keeps it", () => {
    const t = triples("Bolivia accused Peru of spying, and Chile said the claim was false.");
    expect(t.some((x) => x.startsWith("PER>"))).toBe(false);
    expect(t).toContain("BOL>PER:1125");
  });
});

describe("an attack in words is criticism", () => {
  it("a speaker's attack with a reason or a speech complement is 111", () => {
    expect(triples("President Obama attacked Mitt Romney over his opposition to the auto bailout.")).toEqual([
      "USAGOV>-:111",
    ]);
    expect(
      triples(
        "The Peruvian opposition leader attacked the Bolivian president, saying he had betrayed the nation.",
      ),
    ).toEqual(["PEROPP>BOLGOV:111"]);
  });
  it("a political speaker attacking an office-holder or a policy is 111", () => {
    expect(triples("The French president attacked the Italian prime minister.")).toEqual([
      "FRAGOV>ITAGOV:111",
    ]);
    expect(triples("The German chancellor attacked the Russian government's energy policy.")).toEqual([
      "DEUGOV>RUSGOV:111",
    ]);
  });
  it("armed attackers, time phrases, places and a government's attack on a country stay force", () => {
    expect(triples("Chilean troops attacked rebel camps in Peru for the second time.")[0]).toMatch(/:19/);
    expect(triples("Turkish troops attacked Kurdish militants in Syria for three days.")[0]).toMatch(/:19/);
    expect(triples("Israeli jets attacked Hamas targets in Gaza over the weekend.")[0]).toMatch(/:19/);
    expect(triples("Russia attacked Ukraine on Thursday.")).toEqual(["RUS>UKR:190"]);
    expect(triples("Protesters attacked the mayor's office in Lagos.")[0]).not.toMatch(/:111/);
    expect(triples("The Nigerian government attacked Boko Haram over the weekend.")[0]).toMatch(/:19/);
    // (Misuse of an abstract thing is no criticism: "abuse" codes 18 and takes no policy reading.)
    expect(triples("The Peruvian president abused the power given to her by the voters.")).toEqual([]);
  });
});

describe("seizing a person is an arrest or an abduction", () => {
  it("by a state organ it is an arrest (173)", () => {
    expect(triples("Peruvian police seized the opposition leader in Lima.")).toEqual(["PERCOP>PEROPP:173"]);
    expect(triples("Kenyan police captured the opposition leader on Friday.")).toEqual(["KENCOP>KENOPP:173"]);
    expect(triples("Iran seized two British sailors in the Gulf.")).toEqual(["IRN>GBRMIL:173"]);
  });
  it("by anyone else it is an abduction (181)", () => {
    expect(triples("Bolivian rebels seized two Chilean soldiers near the border.")).toEqual([
      "BOLREB>CHLMIL:181",
    ]);
  });
  it("places, towns and things stay seizures of ground or goods", () => {
    expect(triples("Chilean troops seized the town of Arica.")[0]).toMatch(/:192/);
    expect(triples("The Taliban captured Kabul in August.")[0]).toMatch(/:192/);
    expect(triples("Bolivian police seized a Chilean fishing boat.")[0]).toMatch(/:171/);
  });
});
