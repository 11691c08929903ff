// Frames that show a trigger is used in another sense than its event's (issue 9 kinds 4 and 5):
// recognition of no actor (054 @dyad), an object an actor only possesses ("attacked Kenya's
// decision"), defence by arms (052), what a passive "signed" or "signed into law" says was signed,
// and a country named by its people on a journey. Every sentence was written for this test; each
// check has a control where the event is still coded.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("recognition of no actor", () => {
  it("drops 'recognize' whose object is no actor", () => {
    expect(roots("The Kenyan government recognized the need for new roads.")).toEqual([]);
  });
  it("keeps the recognition of a state", () => {
    expect(triples("The Kenyan government recognized Kosovo as a state.")[0]).toMatch(/^KENGOV>.*:054$/);
  });
});

describe("an object the target only possesses", () => {
  it("reads a verb of attack on a country's decision as criticism, even by a government", () => {
    expect(triples("The Kenyan government attacked Uganda's decision to close the border.")).toContain(
      "KENGOV>UGA:111",
    );
  });
  it("drops force on an abstract object an actor possesses", () => {
    expect(roots("Kenyan troops blocked Uganda's proposal on the border.")).not.toContain("14");
  });
  it("keeps force on a country and on its things", () => {
    expect(roots("Kenyan troops attacked Uganda's border posts.")).toEqual(["19"]);
  });
});

describe("defence by arms", () => {
  it("drops a verbal defence by armed forces of a place", () => {
    expect(roots("Kenyan troops were defending the city.")).toEqual([]);
  });
  it("keeps a defence of a stance by armed forces, and a government's defence of a place", () => {
    expect(roots("The Kenyan army defended its decision.")).toEqual(["05"]);
    expect(roots("The Kenyan government defended its decision to close the city.")).toEqual(["05"]);
  });
});

describe("what was signed", () => {
  it("drops a signed order and a bill signed into law", () => {
    expect(roots("The council was formed by an executive order signed by the Kenyan president.")).toEqual([]);
    expect(roots("The Kenyan president signed the tax bill into law.")).toEqual([]);
  });
  it("keeps a signed agreement, active or passive", () => {
    expect(roots("The agreement was signed by Kenya and Somalia.")).toEqual(["05", "05"]);
    expect(roots("Kenya signed a border pact with Somalia.")).toEqual(["05", "05"]);
  });
});

describe("a country named by its people", () => {
  it("drops the journey of a country's people", () => {
    expect(roots("Thousands of Venezuelans have arrived in Brazil this year.")).toEqual([]);
  });
  it("keeps the visit of the country's government", () => {
    expect(roots("The Venezuelan foreign minister arrived in Brazil on Monday.")).toEqual(["04"]);
  });
});

describe("nouns of possibility and right with a to-infinitive", () => {
  it("does not code what someone has the power, right or an opening to do", () => {
    expect(roots("The new law gives Kenyan police the power to arrest journalists.")).toEqual([]);
    expect(roots("Kenya has the right to recognize Kosovo.")).toEqual([]);
    expect(
      roots("His remarks create an opening for the Kenyan opposition to attack the government."),
    ).toEqual([]);
  });
  it("codes the act itself", () => {
    expect(roots("Kenyan police arrested two journalists on Monday.")).toEqual(["17"]);
  });
});

describe("an -ing word an article opens past its modifiers", () => {
  it("reads 'the October killing of' as a noun, not a verb whose subject killed", () => {
    expect(roots("Kenyan prosecutors charged two men in the October killing of a teacher.")).toEqual(["17"]);
  });
  it("keeps the verb", () => {
    expect(roots("Kenyan troops were killing civilians in the village.")).toEqual(["19"]);
  });
});
