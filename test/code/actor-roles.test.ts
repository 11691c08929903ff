// Who acts and who is acted on when a role is placed by a phrase after it ("rebels in Congo") and
// when the subject receives the act a noun names ("drew criticism from ..."). Sentences written
// for these tests; the actor codes are what the annotator gives such phrases.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { type FixtureActor, fixtureDoc } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")));
const ACTORS: FixtureActor[] = [
  { phrase: "Rebels", code: "CODREB", kind: "agent" },
  { phrase: "Militants", code: "PAKREB", kind: "agent" },
  { phrase: "embassy", code: "CHNGOV", kind: "agent" },
  { phrase: "Congo", code: "COD", kind: "state" },
  { phrase: "Pakistan", code: "PAK", kind: "state" },
  { phrase: "aid workers", code: "CODCVL", kind: "agent" },
  { phrase: "Indian soldiers", code: "INDMIL", kind: "agent" },
  { phrase: "Lakeland", code: "LKD", kind: "state" },
  { phrase: "Ostmark", code: "OST", kind: "state" },
  { phrase: "the minister", code: "LKDGOV", kind: "agent" },
  { phrase: "Lakeland's minister", code: "LKDGOV", kind: "agent" },
  { phrase: "The Ostmark ambassador", code: "OSTGOV", kind: "agent" },
  { phrase: "the United Nations", code: "IGOUNO", kind: "organization" },
  { phrase: "Lakeland's government", code: "LKDGOV", kind: "agent" },
  { phrase: "civilians", code: "CVL", kind: "agent" },
  { phrase: "the ministry", code: "GOV", kind: "agent", storyCountry: "KEN" },
  { phrase: "Kenya", code: "KEN", kind: "state" },
  { phrase: "Ostmark forces", code: "OSTMIL", kind: "agent" },
  { phrase: "Kenyan police", code: "KENCOP", kind: "agent" },
  { phrase: "Gulu", code: "", kind: "place", place: fixturePlace("Gulu", "UGA") },
  { phrase: "The Ugandan minister", code: "UGAGOV", kind: "agent" },
  { phrase: "Ugandan police", code: "UGACOP", kind: "agent" },
  { phrase: "Ostby", code: "", kind: "place", place: fixturePlace("Ostby", "OST") },
  { phrase: "Sudby", code: "", kind: "place", place: fixturePlace("Sudby", "SUD") },
];
function fixturePlace(name: string, country: string) {
  return {
    name,
    country,
    admin1: null,
    lat: 0,
    lon: 0,
    geonameid: null,
    featureClass: "P",
    population: null,
  };
}
const triples = (text: string) =>
  coder
    .code(fixtureDoc(text, ACTORS, { publishedAt: "2021-03-04T00:00:00Z" }))
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("actor roles", () => {
  it("gives a role left bare beside a party the story's country once its event's other side differs", () => {
    // (The annotator withheld KEN from "the ministry": a party of its sentence might be Kenya.)
    expect(triples("The ministry condemned Ostmark.")).toEqual(["KENGOV>OST:111"]);
    // Beside Kenya itself it stays bare: Kenya's ministry condemning Kenya is no event between two.
    expect(triples("The ministry condemned Kenya.")).toEqual(["GOV>KEN:111"]);
    // Beside another bare role neither side can say whose it is.
    expect(triples("The ministry condemned civilians.")).toEqual(["GOV>CVL:111"]);
  });
  it("takes the role before a place phrase as the subject, not the place", () => {
    expect(triples("Rebels in Congo abducted aid workers on Tuesday.")).toEqual(["CODREB>CODCVL:181"]);
    expect(triples("Militants based in Pakistan attacked Indian soldiers.")).toEqual(["PAKREB>INDMIL:190"]);
    // A state after the preposition is the place; an actor after it is not ("embassy of Hamas").
    expect(triples("The embassy in Pakistan condemned Ostmark.")).toEqual(["CHNGOV>OST:111"]);
  });
  it("takes a diplomat, not the state or IGO he is posted to, as the subject", () => {
    expect(triples("The Ostmark ambassador to Lakeland criticized Lakeland's government.")).toEqual([
      "OSTGOV>LKDGOV:111",
    ]);
    expect(triples("The Ostmark ambassador to the United Nations criticized Lakeland.")).toEqual([
      "OSTGOV>LKD:111",
    ]);
    // A state before "to" starts a route, no posting: the state the route ends in stays the subject.
    expect(triples("Fighters moving from Pakistan to Congo attacked Indian soldiers.")).not.toContain(
      "PAK>INDMIL:190",
    );
  });
  it("gives a received act to the actor it came from, and none when no one is named", () => {
    expect(triples("The minister drew criticism from Ostmark on Monday.")).toEqual(["OST>LKDGOV:111"]);
    expect(triples("The minister drew criticism on Monday.")).toEqual([]);
    // A receiving verb whose object is an actor is a verb of its own ("received the minister").
    expect(triples("Ostmark received Lakeland's minister.")).toEqual(["OST>LKDGOV:043"]);
    // The same noun after a verb of doing keeps its subject as the doer.
    expect(triples("Ostmark voiced criticism of Lakeland on Monday.")).toEqual(["OST>LKD:111"]);
  });
  it("places bare victims where the act happens, not in the attacker's country", () => {
    // The place names the victims' country; the attacker's nationality does not.
    // (The story names Uganda's actors elsewhere, so a place in Uganda is no gazetteer slip. Only
    // a real country counts as one the story's actors belong to: the fixture's Lakeland is none.)
    const story = (sentence: string) => triples(`${sentence} The Ugandan minister spoke on Monday.`);
    expect(story("An Ostmark airstrike hit a camp near Gulu, killing 12 civilians.")).toContain(
      "OST>UGACVL:190",
    );
    expect(story("In Gulu, Ostmark forces killed six civilians.")).toContain("OSTMIL>UGACVL:190");
    // A place in the source's own country keeps the source's country; so does no place at all.
    expect(triples("Ugandan police killed three civilians in Gulu.")).toContain("UGACOP>UGACVL:190");
    // (Only a code that opens with a real country lends it: the fixture's Lakeland, LKD, is no ISO
    // country, so the no-place case is checked with Kenya; see group-countries.test.ts.)
    expect(triples("Kenyan police killed three civilians on Monday.")).toContain("KENCOP>KENCVL:190");
    // A place in a country no actor of the story belongs to is no evidence (a gazetteer slip).
    expect(triples("Ostmark forces killed civilians in Sudby.")).not.toContain("OSTMIL>SUDCVL:190");
  });
});
