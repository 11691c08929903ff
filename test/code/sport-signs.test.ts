// Signs of a sports report beyond its words of sport (isSportReport in src/code/assertion-checks.ts):
// scores count as one sign, and a word of sport inside a hyphened token (a wire slug run into the
// headline) counts. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { isSportReport } from "../../src/code/assertion-checks.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { roots } = pipelineTriples();
const WORDS = new Set(["tennis", "championships", "boxing", "title", "match"]);

describe("signs of sport", () => {
  it("counts scores as one sign, however many", () => {
    expect(isSportReport(["tennis", "6-4", "6-2"], WORDS)).toBe(false);
    expect(isSportReport(["tennis", "championships", "6-4"], WORDS)).toBe(true);
  });
  it("reads a word of sport inside a hyphened slug", () => {
    expect(isSportReport(["boxing-smith", "title", "match"], WORDS)).toBe(true);
    expect(isSportReport(["cease-fire", "title", "match"], WORDS)).toBe(false);
  });
  it("does not take a date or a year range for a score", () => {
    expect(isSportReport(["tennis", "championships", "2024-05-01", "1996-97"], WORDS)).toBe(false);
  });
  it("drops a results line of a tennis report and keeps force in a war report with one score", () => {
    const results =
      "TENNIS - RESULTS FROM THE OPEN.\n\nResults from the Open Tennis Championships on Sunday:\n\n" +
      "Maria Lopez (Spain) beat Anna Berg (Sweden) 6-4 6-2.";
    expect(roots(results)).not.toContain("18");
    expect(roots("Russian troops attacked Ukrainian positions after a 3-2 vote in the council.")).toContain(
      "19",
    );
  });
});
