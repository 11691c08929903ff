// Event nouns and the words around them (sentences written for this test, fixture actors): an
// actor that modifies the event noun as its agent, a by-agent past a counted patient, possessors
// with "with"/"to" phrases, a pact kept when the verb before it is read in another sense, offers
// and promises as CAMEO intent codes, and worry voiced about no actor as a pessimistic comment.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { fixtureDoc, parseFixtureActors } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const actors = parseFixtureActors(readFileSync(join(ROOT, "test/golden/coding/actors.tsv"), "utf8"));
const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")));
/** The fixture's demonyms, marked as the mention engine marks them (form "demonym"). */
const DEMONYMS = new Set(["Russian", "Israeli", "Turkish", "Egyptian"]);
function doc(text: string) {
  const d = fixtureDoc(text, actors, { publishedAt: "2024-05-01T00:00:00Z" });
  const mentions = d.mentions.map((m) => (DEMONYMS.has(m.text) ? { ...m, form: "demonym" as const } : m));
  return { ...d, mentions };
}
const coded = (text: string) =>
  coder.code(doc(text)).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("an actor modifying an event noun", () => {
  it("is the agent when the noun names whom the act is done to", () => {
    expect(coded("The Russian invasion of Ukraine continued.").join()).toMatch(/^RUS>UKR:19\d$/);
    expect(coded("Israeli raids on Egypt continued overnight.").join()).toMatch(/^ISR>EGY:1[89]\d$/);
    // past a compound noun: "Turkish [air] strikes"
    expect(coded("Turkish air strikes on Iran resumed.").join()).toMatch(/TUR>IRN:19\d/);
  });
  it("names no event without a patient, nor when a name (not a demonym) modifies the noun", () => {
    expect(coded("The Russian invasion continued.")).toEqual([]);
    expect(coded("The Israeli raids continued overnight.")).toEqual([]);
    // "the Ukraine invasion": a name before the noun mostly names the patient or the topic
    expect(coded("The Israel raids on Egypt continued overnight.")).toEqual([]);
  });
  it("leaves a noun phrase that another event's verb takes to that verb", () => {
    expect(coded("Egypt condemned the Israeli raids on Turkey.")).not.toContain("ISR>TUR:180");
  });
});

describe("event nouns with their agent and patient", () => {
  it("steps over a counted patient to the by-agent", () => {
    expect(coded("The killing of three Egyptian soldiers by Israel angered Cairo.").join()).toMatch(
      /ISR>EGY\w*:1[89]\d/,
    );
  });
  it("reads a with- or to-phrase after a possessed event noun as the other party", () => {
    expect(coded("Russia's meeting with China ended on Friday.").join()).toMatch(/RUS>CHN:04\d/);
    expect(coded("Russia's invasion continued.")).toEqual([]);
  });
});

describe("light verbs read in another sense", () => {
  it("keeps the pact a verb's abstract object names", () => {
    expect(coded("Egypt struck a deal with Israel.").join()).toMatch(/EGY>ISR:05\d/);
    expect(coded("Egypt struck a deal with Israel.").join()).not.toMatch(/:19\d/);
  });
});

describe("offers and promises as intent", () => {
  it("codes an act offered with its noun as CAMEO's intent code", () => {
    expect(coded("Egypt offered assistance to Ukraine.")).toContain("EGY>UKR:033");
    expect(coded("Egypt provided assistance to Ukraine.").join()).toMatch(/EGY>UKR:07\d/);
  });
});

describe("worry voiced", () => {
  it("is a pessimistic comment about a state of affairs, a disapproval aimed at an actor", () => {
    expect(coded("Egypt expressed concern about the situation.")).toEqual(["EGY>-:012"]);
    expect(coded("Egypt expressed concern over Israel.")).toEqual(["EGY>ISR:110"]);
  });
});

describe("events called off or proposed", () => {
  it("does not assert a nominal event that is called off or put off", () => {
    expect(coded("Russia cancelled talks with Ukraine.")).toEqual([]);
    expect(coded("Egypt called off the planned visit to Israel.")).toEqual([]);
    expect(coded("Russia's meeting with China was postponed.")).toEqual([]);
    expect(coded("Russia's meeting with China was held on Friday.").join()).toMatch(/RUS>CHN:04\d/);
  });
  it("does not assert a standing act that is revoked as a new act", () => {
    // "lift", "repeal", "overturn": WordNet revoke.v.1; the ban itself is no event of the clause.
    expect(coded("Russia rescinded the ban on Ukraine.").join()).not.toMatch(/:17\d/);
    expect(coded("The talks followed action by Russia to lift the ban on Egypt.").join()).not.toMatch(
      /:17\d/,
    );
    expect(coded("Russia overturned the blockade of Ukraine.").join()).not.toMatch(/:19\d/);
    expect(coded("Russia imposed a ban on Ukraine.").join()).toMatch(/RUS>UKR:17\d/);
  });
  it("codes an act proposed by the verb or its noun as intent", () => {
    expect(coded("Iran proposed to hold talks with Egypt.").join()).toMatch(/IRN>EGY:036/);
    expect(coded("Iran made a proposal to hold talks with Egypt.").join()).toMatch(/IRN>EGY:036/);
    expect(coded("Iran held talks with Egypt.").join()).toMatch(/IRN>EGY:04\d/);
  });
});

describe("planned events", () => {
  it("codes a nominal event a planning participle modifies as intent", () => {
    expect(coded("The proposed meeting between Iran and Egypt was welcomed.").join()).toMatch(/IRN>EGY:036/);
    expect(coded("The meeting between Iran and Egypt was welcomed.").join()).toMatch(/IRN>EGY:04\d/);
  });
});

describe("a from-phrase after the noun of a said act", () => {
  it("names who said it (an appeal, a demand, a threat comes from its speaker)", () => {
    expect(coded("The Ukrainian government answered a plea from Russia to Egypt.").join()).toMatch(
      /RUS>EGY:02\d/,
    );
    expect(coded("Threats from Russia against Ukraine grew last week.").join()).toMatch(/RUS>UKR:13\d/);
  });
  it("names a place, not an agent, after the noun of another act", () => {
    expect(coded("The extradition from Russia of Ukrainian activists was delayed.").join()).not.toMatch(
      /^RUS>/,
    );
  });
});
