// Readings of a trigger that its actors or its clause rule out (src/code/role-sense-checks.ts,
// modality-checks.ts, actor-roles.ts): each sentence here was written for this test, and each
// check has a control sentence where the event sense holds and the event is still coded.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("trigger senses the actors rule out", () => {
  it("a state organ that blocks coerces; it does not protest", () => {
    expect(roots("Riot police blocked the marchers outside the parliament in Nairobi.")).toEqual(["17"]);
    expect(roots("Hundreds of students demonstrated against the government in Santiago.")).toEqual(["14"]);
  });
  it("a warning to do something is an appeal, not a threat", () => {
    expect(triples("The Brazilian government warned farmers to burn infected crops.")).toEqual([
      "BRAGOV>BRAAGR:020",
    ]);
    expect(roots("Germany threatened Russia with new sanctions.")).toEqual(["13"]);
  });
  it("private people's journeys are no official visits", () => {
    expect(triples("Japanese tourists travelled to France.")).toEqual([]);
    expect(triples("The Indian prime minister visited France.")).toEqual(["INDGOV>FRA:042"]);
  });
  it("a visit to a hospital is a health matter, not an official visit", () => {
    expect(roots("The Indian prime minister made a trip to a hospital in Delhi.")).toEqual([]);
    expect(roots("The Indian prime minister made a trip to France.")).toEqual(["04"]);
  });
});

describe("a trigger word that with the next word is no event", () => {
  it("reads 'thanks to' as 'because of' and 'complained of' as an ailment", () => {
    expect(roots("The ceasefire held thanks to the Kenyan president.")).toEqual([]);
    expect(roots("The Kenyan president thanked Uganda.")).toEqual(["05"]);
    expect(roots("The Kenyan minister complained of chest pains.")).toEqual([]);
  });
});

describe("a bare role as target takes a country, never an NGO's or IGO's prefix", () => {
  it("leaves the army an NGO criticises without the country 'NGO'", () => {
    const coded = triples("Human Rights Watch criticised the army.");
    expect(coded.some((t) => t.includes(">NGOMIL"))).toBe(false);
    expect(triples("Kenyan police arrested the protesters.")).toEqual(["KENCOP>KENOPP:173"]);
  });
});

describe("a bare home body as source takes its target's country", () => {
  it("places police and courts by whom they act on, not troops", () => {
    expect(triples("Police arrested two Nigerian journalists.")).toEqual(["NGACOP>NGAMED:173"]);
    expect(triples("Troops killed three Afghan civilians.")).toEqual(["MIL>AFGCVL:190"]);
  });
});

describe("a verb with a particle of motion is another verb", () => {
  it("does not read 'blasted off' as criticism", () => {
    expect(triples("The Kenyan president blasted off in a rocket.")).toEqual([]);
    expect(roots("The Kenyan president blasted the opposition.")).toEqual(["11"]);
  });
});

describe("acts a clause does not assert", () => {
  it("an infinitive that completes a noun names a plan or a program, not an act", () => {
    expect(triples("The Peruvian government cut programs to finance Bolivian farmers.")).toEqual([]);
  });
  it("a nominal event that is the subject of a modal verb is only possible", () => {
    expect(triples("An agreement between Peru and Chile may end the dispute.")).toEqual([]);
  });
  it("an infinitive after a passive of expecting is expected, but compelled acts happened", () => {
    expect(triples("The Chilean government is widely expected to arrest the rebels.")).toEqual([]);
    expect(roots("Chilean police were forced to release the protesters.")).toEqual(["08"]);
  });
  it("a habitual act is a custom, not one event", () => {
    expect(triples("The Chilean government has often criticised Peru.")).toEqual([]);
    expect(triples("The Chilean government criticised Peru.")).toEqual(["CHLGOV>PER:111"]);
  });
});
