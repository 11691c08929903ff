// Events carried by nouns (issue 9), on sentences written for this test with the fixture actors:
// the parties a mutual noun's phrase names ("between A and B", the doer of a
// visit in an of-phrase; src/code/noun-parties.ts), verbs that want or turn down the event noun
// they govern (src/code/noun-governors.ts, data/verbs/noun-governors.tsv), the nouns of the
// infinitive cues (data/verbs/wordnet/cue-nouns.tsv), and the uses of event nouns that name no
// event: titles, names, modifiers of other nouns.
import { describe, expect, it } from "vitest";
import { nounGovernorKind, parseNounGovernors } from "../../src/code/noun-governors.ts";
import { dataLines } from "../../src/code/tsv-lines.ts";
import { fixtureCoder } from "./fixture-annotate.ts";

const codeText = fixtureCoder();
const coded = (text: string) =>
  codeText(text)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}${e.negated ? "!" : ""}`)
    .sort();

describe("the parties of a mutual event noun", () => {
  it("does not read a hyphenated pair before the noun as its parties (in news it mostly names a topic)", () => {
    expect(coded("India-Pakistan talks resumed on Monday.")).toEqual([]);
    expect(coded("The China-India tariffs hurt farmers.")).toEqual([]);
  });
  it("reads a list after 'between' as the parties of a call or a deal", () => {
    expect(coded("A phone call between Russia and Ukraine lasted an hour.")).toEqual([
      "RUS>UKR:041",
      "UKR>RUS:041",
    ]);
  });
  it("reads the of-phrase of a visit or a meeting as its doer when the other side follows", () => {
    expect(coded("The visit of the Chinese foreign minister to Pakistan ended on Monday.").join()).toMatch(
      /^CHN\w*>PAK:042$/,
    );
    // no other side: the of-phrase alone is no event
    expect(coded("The visit of the Chinese foreign minister ended on Monday.")).toEqual([]);
    // an act done to someone keeps its of-phrase as the one acted on
    expect(coded("The expulsion of Russian diplomats to Moscow followed.")).not.toContain("RUS>RUS:166");
  });
});

describe("verbs that want or turn down the event noun they govern", () => {
  it("makes a planned or sought meeting the intent code, one way", () => {
    expect(coded("The Russian president plans a visit to India next month.").join()).toMatch(
      /^RUS\w*>IND:036$/,
    );
    expect(coded("Japan is seeking talks with China.")).toEqual(["JPN>CHN:036"]);
    expect(coded("Iran wants new negotiations with the United States.")).toEqual(["IRN>USA:036"]);
    expect(coded("Egypt prepared for talks with Israel.")).toEqual(["EGY>ISR:036"]);
  });
  it("leaves a held or cancelled event to the verb that says so", () => {
    expect(coded("China held talks with India on Monday.")).toEqual(["CHN>IND:040", "IND>CHN:040"]);
    expect(coded("Japan and China announced an agreement on fishing.")).not.toContain("JPN>CHN:030");
  });
  it("finds the governing verb past determiners, adjectives and counting nouns, and the tagger's noun reading", () => {
    const governors = parseNounGovernors(
      dataLines("intent\tplan|propose|prepare_for\nrefuse\trule_out\n", "t"),
    );
    const view = (words: string[], pos: string[], group?: [number, number]) => {
      const tokens = words.map((w, i) => ({ text: w, start: i * 20, end: i * 20 + w.length, pos, lemma: w }));
      const g = group
        ? { members: [{ code: "X", name: "X", start: 0, end: 1 }], first: group[0], last: group[1] }
        : undefined;
      return {
        tokens: tokens.map((t, i) => ({ ...t, pos: pos[i]! })),
        words: words.map((w) => w.toLowerCase()),
        lemmas: words.map((w) => w.toLowerCase().replace(/s$/, "")),
        groupAt: words.map((_, i) => (g && i >= g.first && i <= g.last ? g : undefined)),
      } as never;
    };
    // "Gondor proposed a new round of talks"
    const proposed = view(
      ["Gondor", "propose", "a", "new", "round", "of", "talks"],
      ["PROPN", "VERB", "DET", "ADJ", "NOUN", "ADP", "NOUN"],
      [0, 0],
    );
    expect(nounGovernorKind(proposed, 6, governors)).toBe("intent");
    // "Gondor plans/NOUN a visit": the tagger's noun right after the subject
    const plans = view(["Gondor", "plans", "a", "visit"], ["PROPN", "NOUN", "DET", "NOUN"], [0, 0]);
    expect(nounGovernorKind(plans, 3, governors)).toBe("intent");
    // "the plans for a visit": a noun after a determiner is no verb
    const noun = view(["the", "plans", "a", "visit"], ["DET", "NOUN", "DET", "NOUN"]);
    expect(nounGovernorKind(noun, 3, governors)).toBeNull();
    // a particle verb
    const prepared = view(["Gondor", "prepare", "for", "talks"], ["PROPN", "VERB", "ADP", "NOUN"], [0, 0]);
    expect(nounGovernorKind(prepared, 3, governors)).toBe("intent");
  });
  it("rejects a malformed table line", () => {
    expect(() => parseNounGovernors(dataLines("wish\tplan\n", "t"))).toThrow(/E_DICT_SYNTAX|expected/);
    expect(() => parseNounGovernors(dataLines("intent\tPlan\n", "t"))).toThrow(/cannot read verb/);
  });
});

describe("nouns of the infinitive cues", () => {
  it("reads a refusal to act as the refusal code, by the possessor", () => {
    expect(coded("India's refusal to meet Pakistan angered Islamabad.")).toContain("IND>PAK:125");
  });
  it("codes no failure to act", () => {
    expect(coded("Egypt's failure to help Israel was criticised.")).not.toContain("EGY>ISR:070!");
  });
});

describe("event nouns that name no event", () => {
  it("does not fire on titles, names and modifiers", () => {
    expect(coded("Russia posted the Talks page on Monday.")).toEqual([]);
    expect(coded("Russia installed a visit counter on its website.")).toEqual([]);
    expect(coded("Iran sanctions lawyer Jane Roe spoke in Washington.")).toEqual([]);
    expect(coded("Peace Corps volunteers arrived in India.")).toEqual([]);
    expect(coded("The Indian minister spoke on Meet the Press.")).toEqual([]);
  });
});
