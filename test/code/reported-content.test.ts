// Content that is reported, denied, conditional or accused is not coded as an observed fact
// (QA issue 5, P1/P2/P11): our own sentences through the fixture actor list.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { fixtureDoc, parseFixtureActors } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const actors = parseFixtureActors(readFileSync(join(ROOT, "test/golden/coding/actors.tsv"), "utf8"));
// Hypothetical events are kept here: these cases check how they are marked.
const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")), { keepHypothetical: true });

const code = (text: string) => coder.code(fixtureDoc(text, actors, { publishedAt: "2024-05-01T00:00:00Z" }));
const summary = (text: string) =>
  code(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}:${e.modality}:${e.date}`);

describe("reported and non-asserted content", () => {
  it("codes the speaker's accusation and keeps the claimed act as reported", () => {
    expect(summary("Egypt said Sudanese troops had shelled a camp.")).toEqual([
      "SDNMIL>-:194:reported:2024-05-01",
      "EGY>SDNMIL:112:asserted:2024-05-01",
    ]);
  });
  it("keeps a self-report asserted and gives a possessive role the speaker's country", () => {
    expect(summary("Turkey said its troops had attacked a Syrian convoy.")).toEqual([
      "TURMIL>SYR:190:asserted:2024-05-01",
    ]);
  });
  it("never lets the speaker stand in for a complement subject that is no actor", () => {
    expect(summary("Iran said the convoy had attacked a checkpoint.")).toEqual([]);
  });
  it("codes a denial by the one who denies, not the denied act", () => {
    expect(summary("Ethiopia denied that Ethiopian jets had bombed a Sudanese village.")).toEqual([
      "ETH>-:016:asserted:2024-05-01",
    ]);
  });
  it("drops the content of an accusation (of/for + -ing) and its purpose clauses", () => {
    expect(summary("Kenya accused Somalia of planning a raid to seize the border town.")).toEqual([
      "KEN>SOM:112:asserted:2024-05-01",
    ]);
  });
  it("marks conditions as hypothetical and failures as negated", () => {
    expect(
      code("Egypt will mediate if Sudan halts the offensive.").find((e) => e.source.code === "SDN"),
    ).toMatchObject({ modality: "hypothetical" });
    expect(code("Iran failed to release the prisoners.")[0]).toMatchObject({ negated: true });
  });
  it("dates a future plan on the article day and a date phrase only in its own clause", () => {
    expect(summary("Japan will send troops to Somalia next month.")).toEqual([
      "JPN>SOM:154:intended:2024-05-01",
    ]);
    expect(
      summary("Iraq expelled the Turkish ambassador after Turkish jets bombed a village on Sunday."),
    ).toEqual(["IRQ>TURGOV:166:asserted:2024-05-01", "TUR>-:195:asserted:2024-04-28"]);
  });
});

describe("background events", () => {
  it("dates an act told with an earlier year in its own clause to that year, not the article's day", () => {
    const text = "India, which fought a brief war with Pakistan in 2019, met Chinese officials on Monday.";
    const doc = fixtureDoc(text, actors, { publishedAt: "2024-05-01T00:00:00Z" });
    const start = text.indexOf("2019");
    const year = {
      start,
      end: start + 4,
      text: "2019",
      kind: "date" as const,
      form: "name" as const,
      name: "2019",
      code: "2019-01-01",
      sentenceIndex: 0,
      date: { value: "2019-01-01", precision: "year" as const },
    };
    const events = coder.code({ ...doc, mentions: [...doc.mentions, year] });
    expect(
      events.map(
        (e) => `${e.source.code}>${e.target?.code}:${e.cameo.code}:${e.date}:${e.datePrecision ?? "day"}`,
      ),
    ).toEqual([
      "IND>PAK:190:2019-01-01:year",
      "PAK>IND:190:2019-01-01:year",
      "IND>CHN:040:2024-04-29:day",
      "CHN>IND:040:2024-04-29:day",
    ]);
  });
});
