// Places the gazetteer lacks that the text calls a settlement ("the villages of X and Y", "a town
// called X", "X, a suburb east of Y", "the X neighborhood"), placed at the town or county the text
// ties them to. Our own sentences with made-up village names; each with a case it must leave alone.
import { describe, expect, it } from "vitest";
import { foundPlace, placeFinder } from "../../helpers/place-finder.ts";

const places = placeFinder();
const found = foundPlace;
const texts = (ms: ReturnType<typeof places>) => ms.map((m) => m.text);

describe("a settlement noun introduces a name the gazetteer lacks", () => {
  it("takes every village of a list after 'the villages of', placed at the town beside them", () => {
    const ms = places("Cases were found in the villages of Zorvani and Kelmetu near Tulcea, officials said.");
    expect(found(ms, "Zorvani")?.code).toBe("ROU");
    expect(found(ms, "Kelmetu")?.code).toBe("ROU");
    expect(found(ms, "Kelmetu")?.place?.lat).toBeCloseTo(found(ms, "Tulcea")!.place!.lat, 1);
  });

  it("takes a name after 'a town called' and a suburb in an appositive", () => {
    const ms = places(
      "She grew up in a town called Brevanik outside Harare. A resident of Mukondo, a poor suburb east of Harare, spoke.",
    );
    expect(found(ms, "Brevanik")?.code).toBe("ZWE");
    expect(found(ms, "Mukondo")?.code).toBe("ZWE");
  });

  it("takes a neighbourhood or an area named before its noun, after 'the' or a preposition", () => {
    const ms = places("Shots were fired in the Oakvale Heights neighborhood of Peoria, Illinois on Friday.");
    expect(found(ms, "Oakvale Heights")?.place?.admin1).toBe("Illinois");
  });

  it("reports nothing where only a country or a state places the village", () => {
    const ms = places("Cases were found in the villages of Zorvani and Kelmetu in Romania.");
    expect(texts(ms)).not.toContain("Zorvani");
  });
});

describe("a person's name before a settlement noun stays a person", () => {
  it("leaves a surname the story writes after a given name", () => {
    const ms = places("Donald Grell spoke in Peoria, Illinois. Crowds gathered in the Grell area on Friday.");
    expect(texts(ms)).not.toContain("Grell");
  });

  it("leaves a name whose appositive is a role named by a settlement noun, and a full name after one", () => {
    const ms = places(
      "In Peoria, Illinois, Marisol, a community organizer, and Grell, a village elder, spoke to the community of John Smith fans.",
    );
    expect(texts(ms)).not.toContain("Marisol");
    expect(texts(ms)).not.toContain("Grell");
    expect(texts(ms)).not.toContain("John Smith");
  });

  it("leaves an acronym before 'area'", () => {
    const ms = places("Reporters waited in the VIP area of the stadium in Peoria, Illinois.");
    expect(texts(ms)).not.toContain("VIP");
  });
});
