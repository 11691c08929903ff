// Coverage of the CAMEO codes by the verb lexicon (bench/code/coverage.ts) and the kinds of
// phrasing added to fill thin codes (issue 9, item 1). Sentences written for this test, fixture
// actors; each names a kind, not a sentence from any benchmark.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverage } from "../../bench/code/coverage.ts";
import { fixtureCoder } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const codeText = fixtureCoder();
const coded = (text: string) =>
  codeText(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("coverage of the CAMEO codes", () => {
  const rows = coverage(join(ROOT, "data"));
  it("lists every code below the roots", () => {
    expect(rows.length).toBeGreaterThan(290);
    expect(rows.every((r) => r.code.length > 2)).toBe(true);
  });
  it("leaves no code that no pattern or cue can produce", () => {
    expect(rows.filter((r) => r.flag === "NONE").map((r) => r.code)).toEqual([]);
  });
  it("keeps the codes with one pattern or one trigger word at most at today's count", () => {
    // 39 before the thin codes were filled (session 6); lower it when more are filled.
    expect(rows.filter((r) => r.flag === "THIN").length).toBeLessThanOrEqual(22);
  });
  it("counts the patterns a cue recodes into a code", () => {
    const appealEasingSanctions = rows.find((r) => r.code === "0254");
    expect(appealEasingSanctions?.viaCue).toBeGreaterThan(0);
  });
});

describe("kinds of phrasing for thin codes", () => {
  it("reads a protest's aim (14x1-14x4)", () => {
    expect(coded("Kenyan protesters marched against the new tax law.")).toContain("KENOPP>KENGOV:1412");
    expect(coded("Nigerian protesters went on strike to demand the resignation of the president.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/:1431$/)]),
    );
  });
  it("reads receiving criticism, praise or aid from someone as that someone's act (@inverse)", () => {
    expect(coded("Israel drew criticism from Turkey.")).toContain("TUR>ISR:111");
    expect(coded("Pakistan won praise from China.")).toContain("CHN>PAK:051");
    expect(coded("Ukraine received military aid from Poland.")).toContain("POL>UKR:072");
  });
  it("reads holding someone at a place of detention as an arrest, not talks held there", () => {
    expect(coded("Russian police held three Ukrainian soldiers at the airport.")).toContain(
      "RUSCOP>UKRMIL:173",
    );
    expect(coded("China held talks with India at the airport.")).not.toContain("CHN>IND:173");
  });
  it("reads being held or kept in custody, or held for questioning, as a detention (173)", () => {
    expect(coded("Russian police kept three Ukrainian soldiers in detention.")).toContain(
      "RUSCOP>UKRMIL:173",
    );
    expect(coded("Russian police held two Ukrainian soldiers for questioning.")).toContain(
      "RUSCOP>UKRMIL:173",
    );
    expect(coded("Three Ukrainian soldiers were held for questioning by Russian police.")).toContain(
      "RUSCOP>UKRMIL:173",
    );
    expect(coded("The talks were held at the police station.").map((c) => c.slice(-3))).not.toContain("173");
    expect(coded("Russia held the Ukrainian envoy in high regard.")).toEqual([]);
  });
  it("reads an investigation by someone of the subject (@inverse)", () => {
    expect(coded("The Iranian president is under investigation by the United Nations.")).toContain(
      "IGOUNO>IRNGOV:090",
    );
  });
  it("recodes a vowed protest as a threat of dissent (133)", () => {
    expect(coded("Kenyan protesters vowed to protest against the government.")[0]).toMatch(/:133$/);
  });
  it("wants a target for an accusation by its noun", () => {
    expect(coded("Egypt made allegations of espionage against Turkey.")).toContain("EGY>TUR:1125");
    expect(coded("Egypt rose without any allegation of corruption.")).toEqual([]);
  });
  it("does not read a figurative or other sense of a generated word", () => {
    expect(coded("The French company will execute the plan with Japan.")).toEqual([]);
    expect(coded("The Syrian government handed the report over to the United Nations.")).toEqual([]);
  });
});

describe("verbs whose event sense is a rare one of the word, in their frame only", () => {
  it("reads attacking, knocking or crediting someone over or for something as words", () => {
    expect(coded("Germany attacked France over the trade deal.")).toContain("DEU>FRA:111");
    expect(coded("China knocked Japan for its remarks.")).toContain("CHN>JPN:111");
    expect(coded("Egypt credited Qatar for the truce.")).toContain("EGY>QAT:051");
  });
  it("leaves the word's other senses alone outside the frame", () => {
    expect(coded("Russian troops attacked Ukrainian positions.")).toContain("RUSMIL>UKR:190");
    expect(coded("China knocked on the door of Japan.").some((e) => e.endsWith(":111"))).toBe(false);
  });
  it("reads no reason in a time phrase after the preposition", () => {
    expect(coded("Israel attacked Hamas for the third time.").some((e) => e.endsWith(":111"))).toBe(false);
    expect(coded("Israel attacked Hamas over the weekend.").some((e) => e.endsWith(":111"))).toBe(false);
  });
});

describe("senses added from the CAMEO category names (session 7)", () => {
  it("reads fines and penalties, loans, compliance and strong warnings", () => {
    expect(coded("Russia fined Turkey.")).toContain("RUS>TUR:172");
    expect(coded("China lent Pakistan two billion dollars.")).toContain("CHN>PAK:071");
    expect(coded("The United States cautioned China against an invasion.")).toContain("USA>CHN:130");
  });
  it("reads denying a request as a rejection and denying entry as a sanction, not a denial", () => {
    expect(coded("Egypt denied the request by Turkey.")).toContain("EGY>TUR:120");
    expect(coded("Israel denied entry to Turkish soldiers.")).toContain("ISR>TURMIL:172");
    expect(coded("Iran denied the allegations by Israel.")).toContain("IRN>ISR:016");
  });
});
