// Roots 09, 14, 15, 17, 18 (issue 9, session 12): the legal chain (arraignment, a court handing
// down a sentence), raising security and troops on standby, force an irregular
// armed group turns on unarmed people, and rallies against something. Sentences written for this
// test (whole pipeline); each names a kind of phrasing, not a sentence of any benchmark.
import { describe, expect, it } from "vitest";
import { forceBySource } from "../../src/code/unconventional-force.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("the legal chain", () => {
  it("codes an arraignment as the court's charge (173), not an accusation in words", () => {
    const coded = triples(
      "NAIROBI - The Kenyan opposition leader was arraigned on Tuesday on charges of fraud.",
    );
    expect(coded).toContain("KENJUD>KENOPP:173");
    expect(coded.some((t) => t.endsWith(":112"))).toBe(false);
  });
  it("codes a court handing down a sentence to someone (116)", () => {
    expect(triples("A Yemeni court handed down death sentences to two al-Qaeda members.")).toContain(
      "YEMJUD>ALQ:116",
    );
    expect(roots("The Kenyan president handed down the farm to his sons.")).toEqual([]);
  });
});

describe("force posture", () => {
  it("codes stepping up security and troops put on standby", () => {
    expect(roots("Kenyan police stepped up security around the parliament.")).toEqual(["15"]);
    expect(triples("Pakistan put its troops on standby along the border.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PAK.*:152$/)]),
    );
  });
  it("wants security to be the thing raised, not a modifier", () => {
    expect(roots("Kenyan police increased security spending this year.")).not.toContain("15");
  });
});

describe("force by who uses it and on whom", () => {
  it("codes an irregular armed group's force on unarmed people as unconventional violence (18)", () => {
    expect(forceBySource("190", "REB", "NGACVL")).toBe("180");
    expect(forceBySource("193", "NGAINS", "NGACVL")).toBe("180");
    expect(roots("Gunmen killed three villagers in northern Nigeria.")).toEqual(["18"]);
  });
  it("keeps force between armed sides, and a state's force on anyone, conventional (19)", () => {
    expect(forceBySource("190", "REB", "NGAMIL")).toBe("190");
    expect(forceBySource("190", "NGAMIL", "NGACVL")).toBe("190");
    expect(forceBySource("190", "REB")).toBe("190");
    expect(roots("Rebels killed two Nigerian soldiers near the border.")).toEqual(["19"]);
  });
});

describe("rallies", () => {
  it("codes rallying against something as a demonstration", () => {
    expect(roots("Kenyan residents rallied against the construction of the dam.")).toEqual(["14"]);
  });
  it("reads rallying support as no demonstration", () => {
    expect(roots("Kenyan protesters rallied support for the candidate.")).not.toContain("14");
  });
});

describe("looking into", () => {
  it("codes looking into an actor as an investigation", () => {
    expect(triples("Kenyan police are looking into the opposition leader.")).toContain("KENCOP>KENOPP:090");
  });
  it("wants an actor looked into", () => {
    expect(roots("The Kenyan minister looked into the camera.")).toEqual([]);
  });
});
