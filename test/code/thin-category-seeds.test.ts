// WordNet seeds of thin CAMEO categories (issue 9, session 14; sentences written for this test,
// whole pipeline), from the category names: 1711 nationalizing and expropriating, 175 tear-gassing,
// 150 military manoeuvres, 190 fighting off an attacker. Each fires on its sense and stays silent
// on another sense or without an actor.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("WordNet seeds of thin categories", () => {
  it("codes nationalizing or expropriating an actor's property as confiscation (1711)", () => {
    // (the oil company is a kind of company, USABUS: organisation-kinds.ts)
    expect(triples("Venezuela nationalized the American oil company.")).toContain("VEN>USABUS:1711");
    expect(roots("Bolivia expropriated the Spanish power company.")).toEqual(["17"]);
  });
  it("needs the owner named: nationalizing an industry names no one it is done to", () => {
    expect(roots("The new government nationalized the railways.")).toEqual([]);
  });
  it("codes tear-gassing people as violent repression (175)", () => {
    expect(triples("Kenyan police teargassed protesters in Nairobi.")).toContain("KENCOP>KENOPP:175");
    expect(roots("The crowd was teargassed.")).toEqual([]);
  });
  it("codes military manoeuvres as a show of force (150)", () => {
    expect(roots("Russia held naval manoeuvres in the Baltic Sea.")).toEqual(["15"]);
    expect(roots("The driver made a risky manoeuvre on the motorway.")).toEqual([]);
  });
  it("codes fighting off an armed side as force (190), and rebuffing as rejection", () => {
    expect(triples("The Indian army fought off militants in Kashmir.")).toContain("INDMIL>INDREB:190");
    expect(roots("Greece rebuffed Turkey.")).not.toContain("19");
  });
});
