// Trigger words used as modifiers (src/code/modifier-sense.ts): an -ing word before a title and a
// name, an adjective with its own preposition. Every sentence was written for this test; each
// check has control sentences in which the verb is the event's verb and the event is still coded.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("an -ing word before a title and a name describes the person", () => {
  it("'defending champion X' defends no one", () => {
    expect(triples("Chile will be back in action on Wednesday against defending champion Peru.")).toEqual([]);
  });
  it("a verb whose object is a person with a determiner, a plural or a name is still coded", () => {
    expect(roots("The Chilean government defended the Peruvian minister.")).toEqual(["05"]);
    expect(roots("The Chilean government was defending Peru against the charges.")).toEqual(["05"]);
    expect(roots("Bolivian rebels were attacking soldiers near the Peruvian border.")).toEqual(["19"]);
  });
});

describe("an adjective with its preposition is not the verb of the same spelling", () => {
  it("'close to the border' closes nothing", () => {
    expect(triples("Chilean fans were close to the Peruvian border.")).toEqual([]);
    const clash = triples("The Peruvian army clashed with rebels close to the Bolivian border.");
    expect(clash.filter((t) => t.endsWith(":191"))).toEqual([]);
    expect(clash.filter((t) => t.endsWith(":190")).length).toBeGreaterThan(0);
  });
  it("a border closed is still coded", () => {
    expect(roots("Peru closed its border with Bolivia on Friday.")).toEqual(["19"]);
    expect(roots("Peruvian police closed the border to Bolivian traders.")).toEqual(["19"]);
  });
});

describe("a gerund after 'on' is what another word is about (match-select.ts)", () => {
  it("'comment on fighting', 'a ban on attacking' report no fighting or attack", () => {
    expect(triples("NATO declined comment on fighting in Iraq.")).toEqual(["IGONAT>-:011"]);
    expect(roots("The Chilean senate voted a ban on attacking Peruvian ships.")).not.toContain("19");
  });
  it("a gerund after another preposition, and the verb itself, are still coded", () => {
    expect(roots("Iraqi troops were fighting Kurdish rebels on Friday.")).toContain("19");
    expect(roots("Syrian rebels fled after attacking the municipality building in Aleppo.")).toEqual(["19"]);
  });
});
