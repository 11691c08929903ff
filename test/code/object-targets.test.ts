// Targets an object noun phrase names beyond its head (src/code/clause-objects.ts): the one a
// charge or case inside the object is set against (adversaryInObject), the one a request about
// someone is asked from (addresseeFrom), and the subject a participle coordinated with a distant
// passive shares (clause-analyse.ts coordinatedPassiveBefore). Sentences written for this test;
// the whole pipeline.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();
const root = (t: string) => t.split(":")[1]!.slice(0, 2);
const rooted = (text: string, r: string) => triples(text).filter((t) => root(t) === r);

describe("the target an object noun phrase sets itself against", () => {
  it("finds the one a dropped inquiry into an allegation is against", () => {
    const out = rooted(
      "Prosecutors in Norway have dropped an inquiry into a fraud allegation made against Kenyan opposition leader Raila Odinga.",
      "08",
    );
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((t) => t.split(">")[1]!.startsWith("KEN"))).toBe(true);
  });
  it("steps over an apposed title after against", () => {
    const out = rooted(
      "Norway has dropped its investigation into a 2015 bribery claim against veteran co-founder Vladimir Putin.",
      "08",
    );
    expect(out.some((t) => t.split(">")[1]!.startsWith("RUS"))).toBe(true);
  });
  it("takes no target when the phrase breaks before against", () => {
    const out = rooted(
      "Norway has dropped its investigation, which critics said was a campaign against Kenya.",
      "08",
    );
    expect(out.some((t) => t.split(">")[1]!.startsWith("KEN"))).toBe(false);
  });
});

describe("a request about someone is addressed to the one it is asked from", () => {
  it("codes a demand about someone to the one it is asked from, not to that someone", () => {
    const out = rooted("Kenya demanded the release of Norway's ambassador from Sweden.", "10");
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((t) => t.split(">")[1]!.startsWith("SWE"))).toBe(true);
  });
  it("keeps the one the request is about when no one is asked", () => {
    const out = rooted("Kenya demanded the release of the Norwegian ambassador.", "10");
    expect(out.some((t) => t.split(">")[1]!.startsWith("NOR"))).toBe(true);
  });
  it("keeps a direct object as the addressee", () => {
    const out = rooted("Kenya asked Norway for the extradition of Odinga from Sweden.", "02");
    expect(out.some((t) => t.split(">")[1]!.startsWith("SWE"))).toBe(false);
  });
});

describe("a participle coordinated with a distant passive shares its subject", () => {
  it("reaches the passive over a long phrase and an adverb", () => {
    expect(
      triples(
        "LONDON - The Australian activist was hauled out of the old embassy building in central London by British police and promptly taken into custody.",
      ),
    ).toContain("GBRCOP>AUSOPP:173");
  });
});
