// The verb-side constructions of issue 9 (sentences written for this test, fixture actors):
// general light verbs with the act nouns of event verbs, the head check that keeps a noun used as
// a modifier ("a murder suspect") from naming the event, light verbs yielding to a noun's own
// longer pattern, kinds of an event noun (WordNet hyponyms), and past tenses the tagger misreads
// (a wrong lemma cut, a participle tagged as a noun or adjective, a literal past form), and
// criticism in plainly negative words about a named actor (src/code/evaluative-speech.ts).

import { describe, expect, it } from "vitest";
import { parsePatterns } from "../../src/code/pattern-load.ts";
import { dataLines } from "../../src/code/tsv-lines.ts";
import { parseExclusions, parseLightVerbs } from "../../src/code/wordnet-seeds.ts";
import { fixtureCoder } from "./fixture-annotate.ts";

const codeText = fixtureCoder();
const coded = (text: string) =>
  codeText(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("general light verbs with event nouns", () => {
  it("codes the noun's event with the light verb's subject", () => {
    expect(coded("Colombian troops carried out raids against the rebels.")).toContain("COLMIL>COLREB:180");
    expect(coded("Hamas staged an ambush against Israeli soldiers.")).toContain("PSEINSHMS>ISRMIL:180");
    expect(coded("Venezuelan police conducted a beating of Colombian migrants.")[0]).toMatch(
      /^VENCOP>COL.*:182$/,
    );
  });
  it("does not read a noun that modifies another noun as the event", () => {
    expect(coded("Kenyan police held a murder suspect for questioning.")).toEqual([]);
    expect(coded("Mexican police carried out a kidnapping investigation in Sonora.")).not.toContain(
      "MEXCOP>-:181",
    );
  });
  it("wants the light verb as a verb", () => {
    expect(coded("The hold on the kidnapping case angered Brazil.").some((e) => e.endsWith(":181"))).toBe(
      false,
    );
  });
  it("lets a noun's own longer pattern win over the light verb", () => {
    expect(coded("Islamic State carried out a suicide bombing in Baghdad.")).toContain("IMGMUSISI>IRQ:1831");
  });
  it("takes the kinds of an event noun with its light verbs (WordNet hyponyms)", () => {
    expect(coded("Brazil filed a countersuit against Mexico.")).toContain("BRA>MEX:115");
  });
});

describe("past tenses the tagger misreads", () => {
  it("repairs a lemma cut to another word (staged → stag, waged → wag)", () => {
    expect(coded("Kenyan protesters staged a riot in Nairobi.")).toContain("KENOPP>KENGOV:145");
  });
  it("reads a past form tagged as a noun or adjective after its subject as the verb", () => {
    expect(coded("Al-Shabaab abducted Ethiopian aid workers.")[0]).toMatch(/^SOMINSSHB>ETH.*:181$/);
    expect(coded("Qatar mediated between Sudan and Ethiopia.")).toEqual(
      expect.arrayContaining(["QAT>SDN:045", "QAT>ETH:045"]),
    );
  });
});

describe("plainly negative words about a named actor (evaluative speech)", () => {
  it("codes a criticism (111) from the speaker to the actor the complement is about", () => {
    expect(coded("Egypt said the Ethiopian plan was illegal and irresponsible.")).toContain("EGY>ETH:111");
    expect(coded("Brazil called Venezuela's decision unacceptable and dangerous.")).toContain("BRA>VEN:111");
  });
  it("leaves neutral, positive or negated complements alone", () => {
    expect(coded("Egypt said Ethiopia was a good neighbour.")).not.toContain("EGY>ETH:111");
    expect(coded("Egypt said the Ethiopian plan was not illegal.")).toEqual([]);
  });
  it("codes what a complement reports instead of a comment on it", () => {
    expect(
      coded("Egypt said Ethiopian troops attacked Sudanese soldiers.").some((e) => e.endsWith(":111")),
    ).toBe(false);
  });
  it("wants the actor as the complement's subject, not somewhere inside it", () => {
    expect(coded("Egypt said a report belonging to Ethiopia was dangerous and illegal.")).toEqual([]);
  });
});

describe("the light-verb tables", () => {
  it("reads light-verbs.tsv and the `light` exclusions", () => {
    const light = parseLightVerbs(dataLines("verbs\tcarry_out|stage\npreps\ton|against\n", "t"));
    expect(light).toEqual({ verbs: ["carry_out", "stage"], preps: ["on", "against"] });
    expect(() => parseLightVerbs(dataLines("nouns\traid\n", "t"))).toThrow(/expected/);
    expect(parseExclusions(dataLines("light\tmade_killing\n", "t")).has("light\tmade killing")).toBe(true);
  });
  it("parses @light and a head word (word^)", () => {
    const [p] = parsePatterns(
      dataLines("180\tstage .. raid^ (+)\t@light\n", "t"),
      new Map(),
      new Set(["180"]),
    );
    expect(p!.light).toBe(true);
    const noun = p!.elements[2]!;
    expect(noun.kind === "word" && noun.head).toBe(true);
  });
});

describe("the by-agent of a passive", () => {
  it("finds an agent whose actor group begins on its adjective or after an article", () => {
    expect(coded("Two Syrian officers were arrested by French police.")[0]).toMatch(/^FRACOP>SYR.*:173$/);
    expect(coded("The Syrian officer was sentenced to life by a Turkish tribunal.")[0]).toMatch(
      /^TUR>SYR.*:116$/,
    );
    expect(coded("Russia was condemned by the United Nations.")[0]).toMatch(/^IGOUNO>RUS:111$/);
  });
  it("takes no actor from a noun phrase that names none", () => {
    expect(coded("Two Syrian officers were arrested by the dozen.")).toEqual([]);
  });
});

describe("irregular past forms the tagger reads as nouns", () => {
  it("reads an irregular past of a trigger verb after its subject as the verb", () => {
    expect(coded("Kenyan police shot three Syrian officers.")[0]).toMatch(/^KENCOP>SYR.*:19\d$/);
    expect(coded("Iraqi troops retook the city from Hamas.").some((e) => e.endsWith(":192"))).toBe(true);
  });
  it("leaves the noun alone where no subject precedes it", () => {
    expect(coded("The shot from Israel missed.").some((e) => /:19\d$/.test(e))).toBe(false);
  });
});

describe("a count before the actor a pattern's + takes", () => {
  it("steps over numbers and quantifiers ('two', 'dozens of')", () => {
    expect(coded("Egyptian police placed two Syrian soldiers under house arrest.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^EGYCOP>SYRMIL:173$/)]),
    );
    expect(coded("Egyptian police placed dozens of Syrian soldiers under arrest.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^EGYCOP>SYRMIL:173$/)]),
    );
    expect(coded("Egypt held three Syrian soldiers responsible.")).toContain("EGY>SYRMIL:112");
  });
});
