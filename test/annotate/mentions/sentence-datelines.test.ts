// Datelines inside the text (src/annotate/mentions/sentence-datelines.ts): on a page that lists
// several stories, each lead's own dateline gives the bare roles of its story their country, even
// beside another party of that country. Text written for this test; the whole pipeline.
import { describe, expect, it } from "vitest";
import {
  datelineHolding,
  datelinesByLine,
  type InlineDateline,
} from "../../../src/annotate/mentions/sentence-datelines.ts";
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

describe("the dateline that holds, looked up by line", () => {
  // The whole-document scan it replaced: the last dateline on the line at or before the sentence.
  const scanAll = (datelines: readonly InlineDateline[], sentenceIndex: number, line: number) => {
    let found: InlineDateline | null = null;
    for (const d of datelines) if (d.line === line && d.sentenceIndex <= sentenceIndex) found = d;
    return found;
  };
  it("finds what a scan of every dateline finds, for datelines on many lines", () => {
    const datelines: InlineDateline[] = [];
    // Deterministic spread: some lines with none, some with several stories.
    for (let k = 0; k < 400; k++) {
      const line = Math.floor(k / 3) * 2 + (k % 5 === 0 ? 1 : 0);
      datelines.push({ country: `C${k % 7}`, place: `P${k}`, sentenceIndex: k * 2, line });
    }
    const byLine = datelinesByLine(datelines);
    for (let line = 0; line < 300; line += 3)
      for (let s = 0; s < 820; s += 7)
        expect(datelineHolding(byLine, s, line)).toBe(scanAll(datelines, s, line));
  });
  it("holds nothing on a line without one, nor before the first on its line", () => {
    const d: InlineDateline = { country: "IND", place: "NEW DELHI", sentenceIndex: 4, line: 2 };
    const byLine = datelinesByLine([d]);
    expect(datelineHolding(byLine, 9, 1)).toBeNull();
    expect(datelineHolding(byLine, 3, 2)).toBeNull();
    expect(datelineHolding(byLine, 4, 2)).toBe(d);
  });
});
