// Speaking by phone (041) and appreciating someone's efforts (051), issue 9 "recall". Sentences
// written for this test (whole pipeline); each names a kind of phrasing.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("speaking to someone over the phone", () => {
  it("codes a phone conversation both ways (041)", () => {
    expect(triples("The Kenyan president spoke to the Ugandan president over the phone on Tuesday.")).toEqual(
      expect.arrayContaining(["KENGOV>UGAGOV:041", "UGAGOV>KENGOV:041"]),
    );
  });
  it("does not read speaking to someone without a phone as a call", () => {
    expect(
      roots("The Kenyan president spoke to the Ugandan president about the phone market."),
    ).not.toContain("04");
  });
});

describe("appreciating someone's efforts", () => {
  it("codes it as praise (051)", () => {
    expect(triples("The Indian minister appreciated the efforts of the Nepali government.")).toContain(
      "INDGOV>NPLGOV:051",
    );
  });
  it("leaves a currency that appreciates alone", () => {
    expect(roots("The Kenyan shilling appreciated against the dollar.")).toEqual([]);
  });
});
