// Senses ruled out by what the trigger is said of (src/code/object-sense.ts) and prospective or
// dispositional infinitives (modality-checks.ts): every sentence was written for this test, and
// each check has control sentences where the event sense holds and the event is still coded.
import { describe, expect, it } from "vitest";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import type { RawDoc } from "../../src/types.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { run, triples, roots } = pipelineTriples();

describe("the generated list of abstract nouns", () => {
  const abstract = loadCoderDictionaries("data").abstractNouns!;
  it("holds acts, agreements and qualities, not things, places or kinds of fighting", () => {
    for (const w of ["extradition", "deal", "effort", "authority", "decision"])
      expect(abstract.has(w)).toBe(true);
    for (const w of ["convoy", "hospital", "town", "position", "war", "battle", "attack", "raid", "fire"])
      expect(abstract.has(w)).toBe(false);
  });
});

describe("a force or obstruction verb with an abstract object is another sense", () => {
  it("fighting or striking an act, an agreement or a quality is no use of force", () => {
    expect(triples("The Kenyan opposition leader is battling extradition to France.")).toEqual([]);
    expect(roots("A Chilean mining firm struck a deal with the Peruvian government.")).not.toContain("19");
    expect(
      roots("Brazilian police blocked efforts by the Chilean embassy to reach the prisoners."),
    ).not.toContain("17");
  });
  it("force against people, places and things is still coded", () => {
    expect(roots("Chilean troops struck a rebel camp in Peru.")).toEqual(["19"]);
    expect(roots("Chilean jets struck targets in Bolivia.")).toEqual(["19"]);
    expect(roots("Peruvian forces attacked a Bolivian convoy.")).toEqual(["19"]);
    expect(roots("Chilean soldiers shelled rebel positions in Bolivia.")).toEqual(["19"]);
    expect(roots("The Bolivian army waged war against the rebels.")).toEqual(["19"]);
    expect(roots("Brazilian police blocked the road to the Chilean embassy.")).toEqual(["17"]);
  });
});

describe("an event noun that is the predicate of a copula names no event", () => {
  it("'X is a threat to Y' says what X is", () => {
    expect(triples("The Bolivian rebels are a serious threat to the Peruvian government.")).toEqual([]);
    expect(triples("Chinese warships became a constant threat to Taiwan.")).toEqual([]);
  });
  it("a threat made, and an attack that 'there was', are still coded", () => {
    expect(roots("The Bolivian rebels threatened the Peruvian government.")).toEqual(["13"]);
    expect(roots("There was an attack by Bolivian rebels on the Peruvian army.")).toEqual(["19"]);
  });
});

describe("infinitives that are about to happen or are only wished", () => {
  it("a passive 'about to be' is a step not taken yet", () => {
    expect(triples("A Chilean official about to be arrested by Peruvian police fled to Bolivia.")).toEqual(
      [],
    );
    expect(triples("The Chilean senator was about to be charged by the Peruvian court.")).toEqual([]);
    expect(roots("Peruvian police arrested a Chilean official.")).toEqual(["17"]);
  });
  it("a degree word makes a participle an adjective of disposition", () => {
    expect(triples("The rebels became even more determined to attack the Bolivian army.")).toEqual([]);
    expect(
      triples("The Chilean government looked ever more inclined to expel the Peruvian ambassador."),
    ).toEqual([]);
    expect(roots("The Bolivian rebels attacked the army.")).toEqual(["19"]);
  });
});

describe("acts named as the content of an accusation are alleged", () => {
  it("a count in a list of charges is no act the sentence asserts", () => {
    expect(
      roots(
        "The Chilean senator faces charges in Peru, including conspiring to attack a Peruvian army base.",
      ),
    ).not.toContain("19");
  });
  it("an act done after or because of an accusation is still coded", () => {
    expect(roots("Following accusations of fraud, Bolivian police arrested the Chilean senator.")).toEqual([
      "17",
    ]);
    expect(roots("The Bolivian rebels attacked a Peruvian army base.")).toEqual(["19"]);
  });
});

describe("an infinitive that completes a noun across its party", () => {
  it("what an agreement with someone is to do is its content, not an act", () => {
    expect(triples("Chile signed an agreement with Peru to share intelligence on smugglers.")).toEqual([
      "CHL>PER:057",
      "PER>CHL:057",
    ]);
  });
  it("a purpose after a deployment to a country is still the deployer's act", () => {
    expect(roots("Kenya deployed police to Haiti to fight gangs.")).toContain("19");
  });
  it("a quotation inside a nominal object does not hide the future verb above it", () => {
    const quoted =
      'The Chilean minister said the deal will allow for "full partnership between Chile and Peru".';
    const plain =
      "The Chilean minister said the deal will allow for full partnership between Chile and Peru.";
    const modalities = (text: string) => {
      const raw: RawDoc = { kind: "raw", id: "t", input: "t", type: "text", content: text, clean: true };
      const out = run(raw);
      return out.kind === "coded" ? out.events.map((e) => e.modality) : [];
    };
    expect(modalities(quoted)).toEqual(modalities(plain));
    expect(modalities(quoted).every((m) => m !== "asserted")).toBe(true);
  });
});

describe("a contact verb whose object is abstract meets no one", () => {
  it("meeting obligations or demands is no meeting", () => {
    expect(triples("Chile met its obligations to Peru under the treaty.")).toEqual([]);
    expect(roots("The Peruvian government met the demands of Bolivian truckers.")).not.toContain("04");
  });
  it("meetings, visits, welcomes and discussions with a topic are still coded", () => {
    expect(roots("The Chilean president met the Peruvian foreign minister in Lima.")).toEqual(["04", "04"]);
    expect(roots("Peru welcomed the Chilean president.")).toEqual(["04"]);
    expect(roots("Chile discussed the budget with Peru.")).toEqual(["04", "04"]);
    expect(roots("Peru hosted talks between Chile and Bolivia.")).toEqual(["04", "04"]);
  });
});
