// What police and courts do to people and things (issue 9 "recall"): interrogating someone and
// searching their premises (090), seizing things (confiscation, 1711, not occupying territory).
// Sentences written for this test (whole pipeline); each names a kind of phrasing.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("questioning and searching", () => {
  it("codes police interrogating or questioning someone as an investigation (090)", () => {
    expect(triples("Indian police questioned the Pakistani businessman for six hours.")).toContain(
      "INDCOP>PAKBUS:090",
    );
    expect(roots("Kenyan police interrogated the Ugandan businessman.")).toEqual(["09"]);
  });
  it("leaves questioning by others a challenge, not an interrogation", () => {
    expect(roots("Republican senators questioned the Pentagon's use of the rocket.")).not.toContain("09");
  });
  it("codes searching someone's home or office (090)", () => {
    expect(triples("Police searched the home of the Pakistani businessman.")).toContain("PAKCOP>PAKBUS:090");
  });
});

describe("booking someone", () => {
  it("codes police booking someone as a charge (173, book.v.3)", () => {
    expect(triples("Pakistani police booked the opposition leader under the anti-terror law.")).toContain(
      "PAKCOP>PAKOPP:173",
    );
  });
  it("leaves booking a thing alone", () => {
    expect(roots("The Kenyan opposition booked the stadium for a rally.")).toEqual([]);
  });
});

describe("seizing", () => {
  it("reads police seizing things as confiscation (1711), not occupying territory", () => {
    expect(triples("Kenyan police seized weapons from the suspects.").join(" ")).not.toMatch(/:192/);
    expect(triples("Russian troops occupied the airport in Crimea.").join(" ")).toMatch(/^RUSMIL>.*:192/);
  });
});
