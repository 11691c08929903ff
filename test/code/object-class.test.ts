// The object-class sense check (src/code/object-class.ts, data/senses/object-classes.tsv from
// WordNet): a code whose seed senses are physical acts or acts done to people needs a direct object
// (or a passive subject) of the kind those senses land on; an abstract one means another sense of
// the verb. Every sentence was written for this test; each check has controls still coded.
import { describe, expect, it } from "vitest";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import { objectClassesOf, parseAbstractNouns, parseObjectClasses } from "../../src/code/object-class.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { roots } = pipelineTriples();

describe("the generated object classes", () => {
  const dict = loadCoderDictionaries("data");
  const rows = dict.objectClasses!;
  it("come from the lexicographer files and frames of each code's seed senses", () => {
    // arrest.v.1 is verb.contact: people, places, things; expel.v.1 only takes "somebody".
    expect(objectClassesOf(rows, "173")?.has("noun.artifact")).toBe(true);
    expect(objectClassesOf(rows, "166")?.has("noun.person")).toBe(true);
    expect(objectClassesOf(rows, "166")?.has("noun.artifact")).toBe(false);
    // A seizure takes holdings; no code takes an act or a state.
    expect(objectClassesOf(rows, "1711")?.has("noun.possession")).toBe(true);
    for (const code of ["0841", "171", "173", "174"])
      expect(objectClassesOf(rows, code)?.has("noun.state")).toBe(false);
    // Saying codes take any object; roots have no row.
    expect(objectClassesOf(rows, "111")).toBeUndefined();
    expect(objectClassesOf(rows, "17")).toBeUndefined();
  });
  it("abstract nouns carry the lexicographer file of their usual sense", () => {
    expect(dict.abstractNounClasses!.get("opportunity")).toBe("noun.state");
    expect(dict.abstractNounClasses!.get("statement")).toBe("noun.communication");
  });
  it("malformed lines are errors naming their place", () => {
    expect(() =>
      parseObjectClasses([{ where: "senses/object-classes.tsv:7", text: "173\tperson" }], new Map()),
    ).toThrow(/object-classes\.tsv:7/);
    expect(() =>
      parseAbstractNouns([{ where: "senses/abstract-nouns.txt:9", text: "deal\tact" }], new Set(), new Map()),
    ).toThrow(/abstract-nouns\.txt:9/);
  });
});

describe("an abstract object of a physical act or an act done to people is another sense", () => {
  it("arresting a decline, seizing an opportunity, releasing a statement, pleading anonymity", () => {
    expect(roots("The Chilean central bank arrested the decline in exports.")).not.toContain("17");
    expect(roots("The Chilean government seized the opportunity to reform pensions.")).not.toContain("17");
    expect(roots("The Peruvian army released a statement on Monday.")).not.toContain("08");
    expect(roots("A Bolivian official who pleaded anonymity said the camp was full.")).not.toContain("02");
  });
  it("a passive whose subject is abstract", () => {
    expect(roots("The decline was arrested by the Chilean central bank.")).not.toContain("17");
  });
  it("people, places, things and holdings are still acted on", () => {
    expect(roots("Chilean police arrested three Peruvian smugglers.")).toContain("17");
    expect(roots("Chilean police seized weapons from Peruvian smugglers.")).toContain("17");
    expect(roots("Chilean customs seized the assets of a Peruvian company.")).toContain("17");
    expect(roots("Chilean police seized a haul of cocaine from Peruvian smugglers.")).toContain("17");
    expect(roots("The Peruvian army released two Chilean hostages.")).toContain("08");
  });
});
