// Recall mechanisms of the "verbs" helper (issue 9, miss kind 1; sentences written for this test,
// whole pipeline): events a subject receives from the actor after from/by ("faced scrutiny from
// X"), deals and settlements struck, cases dropped, regret as disapproval, and "welcome" read by
// what is welcomed (a visitor is hosted, a proposal is endorsed).
import { describe, expect, it } from "vitest";
import { dataLines } from "../../src/code/tsv-lines.ts";
import { parseLightVerbs } from "../../src/code/wordnet-seeds.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("received events (light-verbs.tsv `received`)", () => {
  it("codes the event from the actor after from/by to the subject", () => {
    expect(triples("Germany received a visit from French President Emmanuel Macron.")).toContain(
      "FRAGOV>DEU:042",
    );
    expect(triples("The Indian minister faced criticism from Pakistan on Tuesday.")).toContain(
      "PAK>INDGOV:111",
    );
    expect(triples("Egypt got a loan from the International Monetary Fund.")).toContain("IGOIMF>EGY:071");
    expect(triples("Kenya is under investigation by the African Union.")).toContain("IGOOAU>KEN:090");
  });
  it("takes an actor whose own mention opens with 'the' after from/by", () => {
    expect(triples("Britain faced criticism from the European Union.")).toContain("IGOEEC>GBR:111");
    expect(triples("Britain faced calls from the European Union to pay.")).toContain("IGOEEC>GBR:020");
  });
  it("codes rejecting another actor's call for talks as rejecting a meeting, aimed at the caller", () => {
    expect(triples("Russia rejected Japan's call for talks.")).toEqual(["RUS>JPN:125"]);
  });
  it("needs the doer after from/by, and is not written for reciprocal events", () => {
    expect(roots("Germany received a visit on Monday.")).toEqual([]);
    expect(roots("Iran faced criticism over its nuclear programme.")).not.toContain("11");
    expect(triples("Greece received talks from Turkey.")).not.toContain("TUR>GRC:040");
  });
  it("keeps the light exclusions: drawing fire from critics is no shooting", () => {
    expect(roots("The Brazilian president drew fire from Argentina.")).not.toContain("19");
  });
  it("reads the received row of light-verbs.tsv", () => {
    const light = parseLightVerbs(dataLines("verbs\tstage\nreceived\tface|come_under\n", "t"));
    expect(light.received).toEqual(["face", "come_under"]);
    expect(() => parseLightVerbs(dataLines("receive\tface\n", "t"))).toThrow(/expected/);
  });
});

describe("deals, settlements and dropped cases", () => {
  it("codes a deal or a settlement struck as an agreement, both ways", () => {
    expect(triples("Iran struck a deal with Iraq on Monday.")).toEqual(
      expect.arrayContaining(["IRN>IRQ:057", "IRQ>IRN:057"]),
    );
    expect(triples("Chile reached a settlement with Peru over the border.")).toContain("CHL>PER:057");
  });
  it("does not read the verb 'deal' or settling somewhere as an agreement", () => {
    expect(roots("He settled in Germany after the war.")).toEqual([]);
    expect(roots("Japan struck a deal.")).toEqual([]);
  });
  it("codes dropping an investigation or charges against an actor as a yield", () => {
    expect(roots("Swedish prosecutors dropped their investigation into the Russian diplomat.")).toEqual([
      "08",
    ]);
    expect(roots("Kenyan prosecutors dropped the charges against the opposition leader.")).toEqual(["08"]);
    expect(roots("Kenyan prosecutors dropped the subject.")).toEqual([]);
  });
});

describe("regret and welcome by what they are said of", () => {
  it("codes regretting another actor's act as disapproval, with a target only", () => {
    expect(triples("The French foreign ministry regretted the decision by Israel.")).toContain(
      "FRAGOV>ISR:110",
    );
    expect(roots("The French minister said he regretted nothing.")).toEqual([]);
  });
  it("codes welcoming a proposal as endorsement, welcoming a visitor as hosting", () => {
    expect(triples("Japan welcomed the proposal by Russia.")).toEqual(["JPN>RUS:051"]);
    expect(triples("Japan welcomed the Russian proposal.")).not.toContain("JPN>RUS:043");
    expect(triples("Japan welcomed Russia's offer.")).not.toContain("JPN>RUS:043");
    expect(roots("Small investors in Hong Kong welcomed the deal.")).toEqual([]);
    expect(triples("Japan welcomed the Russian president.")).toEqual(["JPN>RUSGOV:043"]);
    expect(triples("Japan welcomed the Chinese delegation on Monday.")).toContain("JPN>CHNGOV:043");
  });
});
