// A non-state actor's own code is no country (issue 9): civilians, police or journalists in a
// sentence with an armed group, a movement or an IGO take a country the text gives them, or stay
// a bare role, never the group's code ("HMSCVL", "TALCOP"). Sentences written for this test
// (whole pipeline, no dateline).
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

/** The codes of every event's two sides. */
const sides = (text: string) => triples(text).flatMap((t) => t.split(":")[0]!.split(">"));

describe("country borrowed only from countries", () => {
  it("leaves people a group harms without the group's code", () => {
    const codes = sides("Hezbollah gunmen killed three civilians near the border on Sunday.");
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => c.length > 3 && c.startsWith("HEZ"))).toEqual([]);
    const seized = sides("Al-Qaeda militants kidnapped two teachers and a journalist on Friday.");
    expect(seized.length).toBeGreaterThan(0);
    expect(seized.filter((c) => c.length > 3 && c.startsWith("ALQ"))).toEqual([]);
  });
  it("gives police acting on a group's members no group as country", () => {
    const codes = sides("Police detained four Hamas members after the raid.");
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => c.startsWith("HMS") && c !== "HMS")).toEqual([]);
  });
  it("still lends a country a state actor names", () => {
    expect(triples("Russian troops killed five civilians in the village.")).toContain("RUSMIL>RUSCVL:190");
  });
});
