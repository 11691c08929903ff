// Three kinds of false emission found in a fresh judging pass of news-precision's look half
// (bench/audit/news-precision-judged.jsonl, batch 962500e+): a naming participle read as a phone
// call (src/code/trigger-checks.ts), a habitual adverb the verb group misses because the tagger
// read the trigger as a noun (src/code/clause-modality.ts), and a results line with a score but too
// few words of sport to make its document a sports report (src/code/assertion-checks.ts). Every
// sentence was written for this test; each check has controls where the event is still coded.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { roots } = pipelineTriples();

describe("a naming participle after an indefinite noun names it; no one is called", () => {
  it("'a man called X', 'a gang called X' closing the clause are names", () => {
    expect(roots("The Chilean senator praised a comedian, a man called Volodymyr Zelensky.")).toEqual(["05"]);
    expect(roots("Peruvian police arrested members of a gang called Hamas.")).toEqual(["17"]);
  });
  it("a subject that calls someone still calls", () => {
    expect(roots("A Chilean minister called Bolivian president Evo Morales.")).toContain("04");
  });
});

describe("a habitual adverb before a trigger the tagger read as a noun", () => {
  it("'has long accused' is a custom, not one event", () => {
    expect(roots("The Peruvian opposition has long accused Chile of corruption.")).not.toContain("11");
  });
  it("without the adverb the accusation is coded", () => {
    expect(roots("The Peruvian opposition accused Chile of corruption.")).toContain("11");
  });
});

describe("a contest whose clause ends in a score is a game", () => {
  it("a results line with scores, in a document with no other words of sport", () => {
    expect(
      roots("Results on Friday: 1 - Jan Ruiz (Peru) beat Tomas Berg (Chile) 15-10 15-6 15-7"),
    ).not.toContain("18");
  });
  it("a seeded name in a results line ('beat 7 - Eva Berg') keeps its score in the clause", () => {
    expect(
      roots("Results: 2 - Ana Ruiz (Peru) beat 7 - Eva Berg (Chile) 15-8 15-13 13-15 15-9"),
    ).not.toContain("18");
  });
  it("a number range before what it counts is no score, and armed sides still fight", () => {
    expect(roots("Peruvian youths beat 10-15 Chilean migrants in Lima on Friday.")).toContain("18");
    expect(roots("Peruvian troops attacked Chilean positions 10-15 times.")).toContain("19");
  });
});
