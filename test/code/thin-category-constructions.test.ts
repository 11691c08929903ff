// Hand-written constructions of thin CAMEO categories (issue 9, session 14; sentences written for
// this test, whole pipeline): 150 military exercises held alone, 164 cutting off talks, 111 speaking
// out against someone, 060 teaming up with someone. Each fires on its construction and stays silent
// on another sense.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("hand-written constructions of thin categories", () => {
  it("codes a military exercise held alone as 150 and a joint one as cooperation (062)", () => {
    expect(triples("North Korea conducted a military exercise near South Korea.")).toContain("PRK>-:150");
    expect(roots("China held joint military exercises with Russia.")).toContain("06");
    expect(roots("The school held a fire drill on Monday.")).toEqual([]);
  });
  it("codes cutting off negotiations as halting them (164)", () => {
    expect(roots("Colombia cut off negotiations with the rebels.")).toEqual(["16"]);
    expect(roots("Colombia cut off the power supply to the town.")).not.toContain("16");
  });
  it("codes speaking out against an actor as criticism (111), not speaking out alone", () => {
    expect(triples("The Kenyan opposition spoke out against the government.")).toContain("KENOPP>KENGOV:111");
    expect(roots("She spoke out at the meeting.")).toEqual([]);
  });
  it("codes teaming up with another side as cooperation (060)", () => {
    expect(triples("Russia teamed up with Turkey on the pipeline.")).toContain("RUS>TUR:060");
    expect(roots("The two players teamed up in the doubles.")).toEqual([]);
  });
});
