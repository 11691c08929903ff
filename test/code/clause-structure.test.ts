// Clause shapes of news reports that left an event uncoded or took the wrong side (issue 9):
// an event noun as the subject of a verb of onset ("Clashes broke out between ..."), a
// sentence-opening event noun the tagger calls a proper noun, a capitalised modifier inside an
// "A and B" pair, the subject of a purpose clause after a progressive, and an appositive with a
// relative clause before the main verb. Sentences written for this test; the whole pipeline.

import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("clause structure", () => {
  it("codes both sides of an event noun whose onset verb stands before 'between'", () => {
    expect(
      triples("Clashes broke out between Nigerian soldiers and Boko Haram fighters near Maiduguri."),
    ).toEqual(["NGAMIL>NGAREB:190", "NGAREB>NGAMIL:190"]);
    expect(triples("Talks resumed between Armenia and Azerbaijan in Brussels.")).toEqual([
      "ARM>AZE:040",
      "AZE>ARM:040",
    ]);
    // No sides named: nothing.
    expect(triples("Fighting continued in the north.")).toEqual([]);
  });
  it("keeps 'A and B' one pair across a capitalised modifier that is no actor", () => {
    expect(triples("Fighting erupted between Indian police and Maoist rebels in Bihar.")).toEqual([
      "INDCOP>INDREB:190",
      "INDREB>INDCOP:190",
    ]);
  });
  it("reads a sentence-opening event noun tagged as a proper noun as the noun it is", () => {
    expect(triples("Arrests by Egyptian police angered rights groups.")).toEqual(["EGYCOP>-:173"]);
    expect(triples("Protests by Kenyan teachers closed schools.")).toEqual(["KENEDU>KENGOV:140"]);
  });
  it("gives a purpose clause the subject of the progressive it attaches to, not the speaker's", () => {
    expect(
      triples(
        "Israeli ministers said Israeli troops were advancing in southern Lebanon to attack Hezbollah positions.",
      ),
    ).toEqual(["ISRMIL>HEZ:190"]);
    expect(
      triples("The official said Kenyan police were working with Ugandan police to arrest the smugglers."),
    ).toEqual(["KENCOP>UGACRM:173"]);
  });
  it("takes people after a possessive as the target, but not the source's own forces", () => {
    expect(triples("Syrian troops killed their families.")).toEqual(["SYRMIL>SYRCVL:190"]);
    // (Gunmen whose side is not said are criminals, CRM: the codebook's REB is armed opposition.)
    expect(triples("Gunmen abducted their children.")).toEqual(["CRM>CVL:181"]);
    expect(triples("Israel said its soldiers had killed three militants.")).toEqual(["ISRMIL>ISRREB:190"]);
  });
  it("lends no subject from a relative clause after a noun that is no actor", () => {
    // "Yeltsin" acts inside the relative clause only; the deal's maker is not an actor here.
    expect(
      triples(
        "Lebed, whom Yeltsin ordered to restore peace in Chechnya, struck a military deal with separatist rebels.",
      ),
    ).toEqual([]);
    // An actor antecedent is still the subject.
    expect(triples("Russia, which has sent instructors to Mali, welcomed the Malian junta.")).toEqual([
      "RUS>MLIMIL:043",
    ]);
  });
  it("codes a mutual act of a compound subject with no target both ways", () => {
    expect(triples("Kenya and Somalia signed a package of documents.")).toEqual([
      "KEN>SOM:057",
      "SOM>KEN:057",
    ]);
    // Not an act done alone by each: pledges keep no target.
    expect(triples("The US and the EU pledged aid.")).toEqual(["USA>-:033", "IGOEEC>-:033"]);
  });
  it("steps over an appositive with a relative clause to the subject before it", () => {
    const events = triples("Kenya, a country whose troops were attacked by al Shabaab, condemned the raid.");
    expect(events).toContain("KEN>-:111");
    expect(events.filter((e) => e.endsWith(":111") && !e.startsWith("KEN>"))).toEqual([]);
  });
});
