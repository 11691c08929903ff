// A time adverbial between a verb and its object or topic ("arrested on Monday two opposition
// leaders", "complained on Thursday about Somali incursions") is stepped over when the coder looks
// for the other party (src/code/time-phrase.ts). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("a time adverbial after the verb", () => {
  it("does not hide the object or the topic's actor", () => {
    expect(triples("Police arrested on Monday two opposition leaders in Kenya.")).toContain(
      "KENCOP>KENOPP:173",
    );
    expect(triples("Kenya complained on Thursday about Somali incursions.")).toContain("KEN>SOM:114");
  });

  it("is only a date: another phrase still ends the search", () => {
    expect(triples("Kenya complained in a letter about Somali incursions.")).not.toContain("KEN>SOM:114");
  });
});
