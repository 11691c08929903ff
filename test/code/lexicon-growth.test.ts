// The lexicon mechanisms of issue 9 item 1 (sentences written for this test, whole pipeline):
// aspect verbs joined to every event noun ("resumed its criticism of X", "renewed sanctions on X"),
// force coded by who uses it (CAMEO 19 for armed and state actors, 18 for criminals and civilians),
// and killing by gunfire as force, not assassination.
import { describe, expect, it } from "vitest";
import { parseParticleVerbs } from "../../src/code/particle-sense.ts";
import { dataLines } from "../../src/code/tsv-lines.ts";
import { forceBySource } from "../../src/code/unconventional-force.ts";
import { parseExclusions, parseLightVerbs, parseSeedLines } from "../../src/code/wordnet-seeds.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("aspect verbs with event nouns", () => {
  it("codes the noun's event when it goes on or starts again", () => {
    expect(triples("The European Union renewed sanctions on Russia.")).toContain("IGOEEC>RUS:163");
    expect(triples("Germany resumed its criticism of Russia.")).toContain("DEU>RUS:111");
    expect(triples("Russian forces stepped up attacks on Ukrainian troops.")).toContain("RUSMIL>UKRMIL:190");
    expect(triples("Japan continued its military aid to Ukraine.")).toContain("JPN>UKR:070");
  });
  it("leaves a gerund to its verb and an event with no target where the noun needs one", () => {
    expect(triples("Fans continued talking about the final for days.")).toEqual([]);
    expect(roots("Germany renewed its criticism on Sunday.")).not.toContain("11");
  });
  it("reads the aspect row of light-verbs.tsv", () => {
    const light = parseLightVerbs(dataLines("verbs\tstage\naspect\tresume|step_up\n", "t"));
    expect(light.aspect).toEqual(["resume", "step_up"]);
    expect(() => parseLightVerbs(dataLines("aspects\tresume\n", "t"))).toThrow(/expected/);
  });
});

describe("force by who uses it", () => {
  it("moves conventional force by an unarmed, non-state source to unconventional violence", () => {
    expect(forceBySource("190", "USACRM")).toBe("180");
    expect(forceBySource("193", "CVL")).toBe("180");
    expect(forceBySource("190", "USA")).toBe("190");
    expect(forceBySource("193", "ISRMIL")).toBe("193");
    expect(forceBySource("190", "REB")).toBe("190");
    expect(forceBySource("194", "CVL")).toBe("194");
    expect(forceBySource("173", "USACRM")).toBe("173");
  });
  it("codes a killing by a suspect as 18 and one by troops as 19", () => {
    expect(roots("The suspect killed a woman in Ohio.")).toEqual(["18"]);
    expect(roots("Turkish troops killed three Kurdish militants.")).toEqual(["19"]);
  });
  it("codes shooting dead as force, not assassination", () => {
    const coded = triples("Israeli soldiers shot dead a Palestinian man.");
    expect(coded.map((t) => t.split(":")[1])).toEqual(["193"]);
    expect(roots("Police shot dead a suspect in Texas.")).toEqual(["19"]);
  });
});

describe("rare senses with an actor object (seed flag object)", () => {
  it("fires a sense WordNet frames with a person object only on an actor", () => {
    expect(triples("Singapore hanged a Thai farmer on Friday.")).toContain("SGP>THAAGR:180");
    expect(triples("The museum hanged a portrait of the king.")).toEqual([]);
    expect(roots("Egyptian police confined the journalist to his home.")).toEqual(["17"]);
    expect(roots("The new rules confined the debate to two days.")).toEqual([]);
  });
  it("takes a phrasal verb of the sense too, with its actor object", () => {
    // (arrest.v.1's "pick up" was left out for being two words; "picked up the parcel" stays out.)
    expect(roots("Indian police picked up three suspects in Delhi.")).toEqual(["17"]);
    expect(roots("Indian police picked up the parcel in Delhi.")).toEqual([]);
  });
  it("gives a word that is noise alone its actor-object reading", () => {
    expect(triples("Saudi Arabia executed three Yemeni men.")).toContain("SAU>YEMCVL:180");
    expect(triples("Saudi Arabia executed its plan to diversify the economy.")).toEqual([]);
  });
  it("reads the object flag and the object exclusions", () => {
    const [seed] = parseSeedLines(dataLines("180\texecute.v.1\t\t\tdyad object\n", "t"));
    expect(seed!.object).toBe(true);
    expect(parseExclusions(dataLines("object\tkeep\n", "t")).has("object\tkeep")).toBe(true);
    expect(() => parseSeedLines(dataLines("180\texecute.v.1\t\t\tobjects\n", "t"))).toThrow(/unknown flag/);
  });
});

describe("vows of revenge", () => {
  it("codes a vow of revenge against a named actor as a threat, not a pledge", () => {
    expect(triples("Iran vowed revenge against Israel.")).toEqual(["IRN>ISR:130"]);
    expect(triples("The militants swore to retaliate against Kenya.").map((t) => t.split(":")[1])).toContain(
      "130",
    );
  });
  it("wants whom the revenge is aimed at", () => {
    expect(roots("Iran vowed revenge after the strike.")).not.toContain("03");
  });
});

describe("phrasal verbs in another sense (verbs/wordnet/particle-verbs.tsv)", () => {
  it("drops a trigger whose particle makes another WordNet verb", () => {
    expect(triples("Americans are shelling out millions to Chinese firms.")).toEqual([]);
    expect(roots("Food prices shot up after Russia closed the ports.")).not.toContain("19");
  });
  it("keeps the trigger without the particle, and a phrase a pattern writes", () => {
    expect(roots("Russian forces shelled Ukrainian positions near Kharkiv.")).toEqual(["19"]);
    expect(roots("Syrian rebels blew up a bridge used by the Syrian army.")).toContain("18");
  });
  it("reads VERB<TAB>PARTICLE lines", () => {
    const set = parseParticleVerbs(dataLines("shell\tout\t# pay\n", "t"));
    expect([...set]).toEqual(["shell out"]);
  });
});

describe("acts only policy makers do", () => {
  it("reads considering as a policy option only for those who make policy", () => {
    expect(roots("Iran is considering the Russian proposal.")).toContain("01");
    expect(roots("Many people in Kenya consider the new tax unfair.")).not.toContain("01");
    expect(roots("The company is pondering a merger with a Japanese carmaker.")).not.toContain("01");
  });
});

describe("coercion only authorities do", () => {
  it("codes arrests and bans by police and governments, not by private people or firms", () => {
    expect(roots("Kenyan police arrested the opposition leader.")).toEqual(["17"]);
    expect(roots("Local residents banned Chinese traders from the market.")).not.toContain("17");
    expect(roots("Egyptian police banned Chinese traders from the market.")).toContain("17");
  });
});

describe("a pattern that goes on past the particle", () => {
  it("keeps its own reading of the phrase", () => {
    expect(roots("Colombian rebels laid down their arms in June.")).toEqual(["08"]);
  });
});
