import { describe, expect, it } from "vitest";
import { giveBareAgentsCountry } from "../../../src/annotate/mentions/agent-country.ts";
import type { Mention } from "../../../src/types.ts";

const COUNTRIES = new Set(["KEN", "EGY", "ISR", "PSE", "MLI"]);
const isCountry = (code: string) => COUNTRIES.has(code);

let offset = 0;
function mention(kind: Mention["kind"], code: string | null, sentenceIndex: number): Mention {
  offset += 10;
  return { start: offset, end: offset + 5, text: "x", kind, form: "name", name: "x", code, sentenceIndex };
}

describe("bare state bodies take a country from their context", () => {
  it("takes the paragraph's one country when the sentence names no other actor", () => {
    const ms = [mention("agent", "KENGOV", 0), mention("agent", "COP", 1), mention("agent", "OPP", 1)];
    const out = giveBareAgentsCountry(ms, [0, 0, 0], isCountry);
    expect(out.map((m) => m.code)).toEqual(["KENGOV", "KENCOP", "OPP"]);
  });

  it("never borrows the other party of its own sentence", () => {
    const ms = [mention("state", "EGY", 0), mention("agent", "GOV", 0)];
    expect(giveBareAgentsCountry(ms, [0, 0], isCountry)[1]!.code).toBe("GOV");
  });

  it("places police and courts where their sentence happens, beside a party of another country", () => {
    // "a judge [JUD] rejected the Israeli's [ISR] appeal at a court in Nairobi [KEN]"
    const ms = [mention("agent", "JUD", 0), mention("person", "ISR", 0), mention("place", "KEN", 0)];
    expect(giveBareAgentsCountry(ms, [0, 0, 0], isCountry)[0]!.code).toBe("KENJUD");
    // Troops act abroad: the place does not say whose they are.
    const troops = [mention("agent", "MIL", 0), mention("person", "ISR", 0), mention("place", "KEN", 0)];
    expect(giveBareAgentsCountry(troops, [0, 0, 0], isCountry)[0]!.code).toBe("MIL");
  });

  it("leaves the code bare when the context holds two countries", () => {
    const ms = [mention("state", "ISR", 0), mention("place", "PSE", 0), mention("agent", "MIL", 1)];
    expect(giveBareAgentsCountry(ms, [0, 0, 0], isCountry)[2]!.code).toBe("MIL");
  });

  it("does not reach into another paragraph, except for a one-country document", () => {
    const other = [mention("state", "MLI", 0), mention("agent", "MIL", 1)];
    expect(giveBareAgentsCountry(other, [0, 1], isCountry)[1]!.code).toBe("MIL");
    const main = [
      mention("state", "MLI", 0),
      mention("agent", "MLIGOV", 1),
      mention("state", "MLI", 2),
      mention("agent", "MIL", 3),
    ];
    expect(giveBareAgentsCountry(main, [0, 0, 1, 2], isCountry)[3]!.code).toBe("MLIMIL");
  });

  it("keeps rebels and protesters bare: they often come from across a border", () => {
    const ms = [mention("state", "ISR", 0), mention("agent", "REB", 1)];
    expect(giveBareAgentsCountry(ms, [0, 0], isCountry)[1]!.code).toBe("REB");
  });

  it("gives local people the country of the place their own sentence happens in", () => {
    const place = { ...mention("place", null, 1), place: { country: "KEN" } } as unknown as Mention;
    const ms = [mention("state", "EGY", 0), mention("agent", "CVL", 1), place];
    expect(giveBareAgentsCountry(ms, [0, 0, 0], isCountry)[1]!.code).toBe("KENCVL");
  });

  it("gives a named person or body the story's main country when nothing nearer says", () => {
    const ms = [
      mention("state", "MLI", 0),
      mention("state", "MLI", 1),
      mention("state", "MLI", 2),
      mention("organization", "EDU", 5),
      mention("agent", "CVL", 6),
    ];
    // "people" with no number or determiner and no place in their sentence may be anyone: they
    // stay bare; "twelve people" are particular people, of the story's country.
    const anyone = "Vaccines help people live longer.";
    const some = "Twelve people were hurt.";
    const at = (text: string) => ({
      ...ms[4]!,
      start: text.indexOf("people"),
      end: text.indexOf("people") + 6,
    });
    const out = giveBareAgentsCountry([...ms.slice(0, 4), at(anyone)], [0, 1, 2, 3, 4], isCountry, {
      text: anyone,
    });
    expect(out[3]!.code).toBe("MLIEDU");
    expect(out[4]!.code).toBe("CVL");
    const particular = giveBareAgentsCountry([...ms.slice(0, 4), at(some)], [0, 1, 2, 3, 4], isCountry, {
      text: some,
    });
    expect(particular[4]!.code).toBe("MLICVL");
    // ... placed by the story alone, which the coder weighs as naming no party of its own.
    expect(particular[4]!.countryFromStory).toBe(true);
  });

  it("gives a person left bare where first read the country the text gives them later", () => {
    const person = (sentenceIndex: number): Mention => ({
      ...mention("person", "JUD", sentenceIndex),
      name: "Jane Roe",
    });
    // "... Roe, a judge in Nairobi": the place of her own sentence says it.
    const place = { ...mention("place", null, 3), place: { country: "KEN" } } as unknown as Mention;
    const ms = [person(0), mention("state", "ISR", 1), mention("state", "PSE", 1), person(3), place];
    const out = giveBareAgentsCountry(ms, [0, 1, 1, 2, 2], isCountry);
    expect(out[3]!.code).toBe("KENJUD");
    expect(out[0]!.code).toBe("KENJUD");
    expect(out[0]!.reason).toMatch(/later in the text/);
  });

  it("lets a body beside another party take the document's main country, not the party's", () => {
    const ms = [
      mention("state", "MLI", 0),
      mention("state", "MLI", 1),
      mention("state", "MLI", 2),
      mention("state", "EGY", 3),
      mention("agent", "COP", 3),
    ];
    const out = giveBareAgentsCountry(ms, [0, 1, 2, 3, 3], isCountry);
    expect(out[4]!.code).toBe("MLICOP");
    expect(out[4]!.reason).toMatch(/country mentions/);
  });

  it("says why a code stays bare", () => {
    const ms = [mention("state", "EGY", 0), mention("agent", "GOV", 0)];
    expect(giveBareAgentsCountry(ms, [0, 0], isCountry)[1]!.reason).toMatch(/other side/);
  });

  it("gives a former office holder the country named with them", () => {
    const ms = [mention("state", "KEN", 0), mention("person", "ELI", 1)];
    expect(giveBareAgentsCountry(ms, [0, 0], isCountry)[1]!.code).toBe("KENELI");
  });

  it("keeps the document's country from a body beside a party of that country, except at home", () => {
    const story = [mention("state", "MLI", 0), mention("state", "MLI", 1), mention("state", "MLI", 2)];
    // "Mali expelled the envoy": the envoy is likely someone else's.
    const envoy = [
      ...story,
      mention("state", "MLI", 3),
      { ...mention("agent", "GOV", 3), text: "the envoy" },
    ];
    expect(giveBareAgentsCountry(envoy, [0, 1, 2, 3, 3], isCountry)[4]!.code).toBe("GOV");
    // ... but it carries the story's country, for the coder to give when its event's other side
    // is of another country ("the envoy condemned Kenya").
    expect(giveBareAgentsCountry(envoy, [0, 1, 2, 3, 3], isCountry)[4]!.storyCountry).toBe("MLI");
    // "the prosecutors charged Malian editors": courts and police act at home.
    const court = [...story, mention("state", "MLI", 3), mention("agent", "JUD", 3)];
    expect(giveBareAgentsCountry(court, [0, 1, 2, 3, 3], isCountry)[4]!.code).toBe("MLIJUD");
  });

  it("a role left bare beside an actor of the document's country says so", () => {
    // "Mali ... Kenya ... Mali's president said officials ...": bare, and --explain says which country it refused.
    const mixed = [
      mention("state", "MLI", 0),
      mention("state", "KEN", 1),
      mention("state", "KEN", 2),
      mention("state", "MLI", 2),
      mention("state", "MLI", 3),
      { ...mention("agent", "GOV", 3), text: "officials" },
    ];
    const left = giveBareAgentsCountry(mixed, [0, 1, 2, 2, 3, 3], isCountry)[5]!;
    expect(left.code).toBe("GOV");
    expect(left.reason).toContain("another actor in its sentence is of MLI");
  });
});
