// In a report most of whose sentences are about sport, countries and people without office are
// teams and athletes: whatever the code, their acts are a game (src/code/sport-sides.ts). A
// political story that mentions a match once, and public actors in a sports report, stay coded.
// Texts written for this test.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCoderDictionaries } from "../../src/code/index.ts";
import { isSportDense, isSportingSide, publicTypesOf } from "../../src/code/sport-sides.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();
const actor = (code: string) => ({ code, name: code, start: 0, end: 0 });
const WORDS = new Set(["match", "league", "cup"]);

const MATCH_REPORT = [
  "SOCCER - SPAIN AND CROATIA ADVANCE IN THE CUP.",
  "Spain beat Sweden 2-1 in the cup match on Monday.",
  "Croatia drew 1-1 with Portugal in the league.",
  "Spain will be back in action on Wednesday against defending champion Croatia.",
  "The coach said the squad played well in the league.",
].join("\n\n");

describe("sides of a game in a sports report", () => {
  it("takes a country, a person and a private role as sides, no public role", () => {
    // The public types come from the CAMEO actor codebook in data/ontology, as the coder loads them.
    const types = loadCoderDictionaries(join(import.meta.dirname, "..", "..", "data")).actorTypes!;
    const publicTypes = publicTypesOf(types);
    expect(publicTypes.has("GOV") && publicTypes.has("NGO") && !publicTypes.has("CVL")).toBe(true);
    for (const c of ["ESP", "HRVCVL", "USABUS"]) expect(isSportingSide(actor(c), publicTypes), c).toBe(true);
    for (const c of ["ESPGOV", "COP", "IGOUNO", "HRVMIL", "USAGOVLEG"])
      expect(isSportingSide(actor(c), publicTypes), c).toBe(false);
  });

  it("asks a quarter of the sentences to hold a sign of sport", () => {
    const sentences = (...words: string[][]) => words.map((w) => ({ tokens: w.map((text) => ({ text })) }));
    expect(isSportDense(sentences(["the", "Match"], ["won", "2-1"], ["said"], ["it"]), WORDS)).toBe(true);
    expect(isSportDense(sentences(["the", "match"], ["x"], ["y"], ["z"], ["w"]), WORDS)).toBe(false);
  });

  it("drops a defence of a title between countries in a match report", () => {
    expect(triples(MATCH_REPORT).filter((t) => t.startsWith("ESP>HRV"))).toEqual([]);
  });

  it("keeps a government's act in the same report, and a story that mentions a match once", () => {
    const withGovernment = `${MATCH_REPORT}\n\nThe Spanish government condemned Croatia for the riots.`;
    expect(triples(withGovernment)).toContain("ESPGOV>HRV:111");
    const politics = [
      "Spain condemned Croatia on Monday over the border dispute.",
      "Officials met in Madrid after the league cup match.",
      "The talks will resume next week.",
      "Diplomats said both sides were far apart.",
      "Croatia rejected the claim.",
    ].join("\n\n");
    expect(triples(politics)).toContain("ESP>HRV:111");
  });
});
