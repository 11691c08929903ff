// Trigger senses read from the frame of the verb (src/code/predicative-sense.ts) and from where a
// journey goes (src/code/visit-destination.ts): naming ("a group called X"), regarding
// ("considers X biased") and a visit to a private place or person. Every sentence was written for
// this test, with controls in which the event sense holds and the event is still coded.
import { describe, expect, it } from "vitest";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples(3);

describe("the generated list of private destinations", () => {
  const places = loadCoderDictionaries("data").privateDestinations!;
  it("holds homes, shops, hospitals, schools and kin, not places of state", () => {
    for (const w of ["home", "house", "shop", "hospital", "school", "mother", "family", "cousin"])
      expect(places.has(w)).toBe(true);
    for (const w of ["embassy", "ministry", "palace", "capital", "border", "headquarters", "partner"])
      expect(places.has(w)).toBe(false);
  });
});

describe("a visit to a private place or person is no official visit", () => {
  it("drops visits to shops, relatives and hospitals", () => {
    expect(triples("Egypt's president visited a shop in Turkey.")).not.toContain("EGYGOV>TUR:042");
    expect(triples("The Egyptian president visited his family in Turkey.")).toEqual([]);
    expect(triples("Egypt's president visited Turkish relatives.")).toEqual([]);
  });
  it("keeps visits to states, leaders and their offices", () => {
    expect(triples("Egypt's president visited Turkey.")).toContain("EGYGOV>TUR:042");
    expect(triples("Egypt's president visited the Turkish capital.")).toContain("EGYGOV>TUR:042");
  });
});

describe("naming verbs", () => {
  it("a participle naming the noun before it is no call", () => {
    expect(triples("Egypt condemned a group called Hamas.").filter((t) => t.endsWith(":041"))).toEqual([]);
    expect(triples("Egypt condemned what Turkey called a hoax.").filter((t) => t.endsWith(":041"))).toEqual(
      [],
    );
  });
  it("a phone call and an appeal stay", () => {
    expect(triples("Egypt's president called Turkey's president on Monday.")).toContain("EGYGOV>TURGOV:041");
    expect(triples("Egypt called on Turkey to withdraw.")).toContain("EGY>TUR:020");
  });
});

describe("regarding verbs", () => {
  it("'consider X (to be) Y' is an opinion, not a policy option weighed (014)", () => {
    expect(triples("Egypt considers Turkey biased.")).not.toContain("EGY>TUR:014");
    expect(triples("Egypt considers the Turkish plan illegal.")).not.toContain("EGY>-:014");
    expect(triples("The Egyptian government is considered a mediator.")).not.toContain("EGYGOV>-:014");
  });
  it("weighing an act or a request stays 014", () => {
    expect(triples("Egypt is considering sanctions against Turkey.")).toContain("EGY>TUR:014");
    expect(triples("Egypt is considering Turkey's request.")).toContain("EGY>TUR:014");
    expect(triples("Egypt is considering new options for its policy.")).toContain("EGY>-:014");
  });
});
