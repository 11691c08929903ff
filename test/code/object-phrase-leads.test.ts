// What may open an object noun phrase before the actor in it (src/code/clause-objects.ts,
// noun-targets.ts, pattern-match.ts): an approximate count ("over 200"), a participle used as an
// adjective ("40 suspected"), an actor after a late preposition that begins on its determiner ("from
// the European Union"), and a possessor whose possessed actor has a country of its own.
// Sentences written for this test; the whole pipeline.
import { describe, expect, it } from "vitest";
import { countStart, isAttributiveParticiple } from "../../src/code/clause-objects.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();
const withRoot = (text: string, r: string) => triples(text).filter((t) => t.split(":")[1]!.startsWith(r));
const targets = (text: string, r: string) => withRoot(text, r).map((t) => t.split(">")[1]!.split(":")[0]!);

describe("the lead-in of an object noun phrase", () => {
  it("steps over a count and a participle used as an adjective", () => {
    expect(targets("Kenyan police detained 40 suspected Somali militants on Monday.", "17")).toContain(
      "SOMREB",
    );
  });
  it("steps over an approximate count before the of-phrase", () => {
    expect(targets("Ethiopian troops detained over 200 members of the Somali army.", "17")).toContain(
      "SOMMIL",
    );
  });
  it("takes a late preposition's actor that begins on its own determiner", () => {
    expect(targets("Kenya requested peacekeepers from the European Union.", "02")).toContain("IGOEEC");
  });
  it("takes the possessed actor when it has a country of its own", () => {
    expect(targets("Ugandan police arrested 30 supporters of Putin's Russian army.", "17")).toContain(
      "RUSMIL",
    );
  });
});

describe("what is no lead-in", () => {
  // A tagged sentence built by hand: words, their tags, no actors.
  const view = (words: string[], pos: string[]) =>
    ({
      tokens: words.map((w, i) => ({ text: w, start: i * 20, end: i * 20 + w.length, pos: pos[i]! })),
      words: words.map((w) => w.toLowerCase()),
      lemmas: words.map((w) => w.toLowerCase()),
      groupAt: words.map(() => undefined),
    }) as never;
  it("reads a participle between a number and a noun as an adjective, not one after a noun", () => {
    const counted = view(["detained", "26", "suspected", "militants"], ["VERB", "NUM", "VERB", "NOUN"]);
    expect(isAttributiveParticiple(counted, 2)).toBe(true);
    // "the protests cooled protester fury": after a noun the verb is finite.
    const clause = view(
      ["the", "protests", "cooled", "protester", "fury"],
      ["DET", "NOUN", "VERB", "NOUN", "NOUN"],
    );
    expect(isAttributiveParticiple(clause, 2)).toBe(false);
  });
  it("starts an approximate count at its number, and leaves a preposition with none after it", () => {
    const count = view(["over", "260", "members"], ["ADP", "NUM", "NOUN"]);
    expect(countStart(count, 0)).toBe(1);
    const time = view(["over", "the", "weekend"], ["ADP", "DET", "NOUN"]);
    expect(countStart(time, 0)).toBe(0);
  });
});
