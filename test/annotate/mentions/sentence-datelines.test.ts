// Datelines inside the text (src/annotate/mentions/sentence-datelines.ts): on a page that lists
// several stories, each lead's own dateline gives the bare roles of its story their country, even
// beside another party of that country. Text written for this test; the whole pipeline.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "../../code/fixture-triples.ts";

const { triples } = pipelineTriples();

const DIGEST = [
  "Sri Lanka leader accepts invitation from Pakistan COLOMBO: Sri Lanka accepted the invitation of Pakistan on Wednesday.",
  "Russia warns Ukraine MOSCOW: Russia warned Ukraine on Tuesday.",
  "Congress demands probe NEW DELHI: The Congress on Wednesday demanded the intervention of Prime Minister Narendra Modi and urged the government to disclose all details.",
].join("\n");

describe("a dateline that opens a later story of the page", () => {
  it("places the bare roles of its story", () => {
    const out = triples(DIGEST);
    expect(out).toContain("INDLEG>INDGOV:020");
    expect(out).not.toContain("LEG>GOV:020");
  });
  it("holds only on its own line: a story without one stays as before", () => {
    const out = triples(
      "Congress demands probe NEW DELHI: The Congress demanded a probe on Wednesday.\nThe government of Ukraine and the parliament of Russia met. The legislature criticised the government.",
    );
    expect(out.some((t) => t.startsWith("INDLEG>") && t.includes("GOV:11"))).toBe(false);
  });
  it("is no dateline when the capitals do not close with a colon or dash", () => {
    const out = triples(
      "Russia warns Ukraine. Ukraine answers Russia.\nThe NEW DELHI office said the legislature criticised the government.",
    );
    expect(out.some((t) => t.startsWith("INDLEG"))).toBe(false);
  });
});
