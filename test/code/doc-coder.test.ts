import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocCoder, loadCoderDictionaries, type SentenceExplanation } from "../../src/code/index.ts";
import { fixtureDoc, parseFixtureActors } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const actors = parseFixtureActors(readFileSync(join(ROOT, "test/golden/coding/actors.tsv"), "utf8"));
// Hypothetical events are kept here: these cases check how they are marked.
const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")), { keepHypothetical: true });

function code(text: string, publishedAt = "2020-06-16T00:00:00Z") {
  return coder.code(fixtureDoc(text, actors, { publishedAt }));
}
const triples = (text: string) =>
  code(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("the event coder", () => {
  it("codes who did what to whom with CAMEO and PLOVER facts and the evidence", () => {
    const [e] = code("Turkey criticised Syria on Monday.");
    expect(e).toMatchObject({
      docId: "doc",
      sentenceIndex: 0,
      source: { code: "TUR", name: "Turkey", start: 0, end: 6 },
      target: { code: "SYR" },
      cameo: { code: "111", root: "11", quadClass: 3 },
      plover: { type: "ACCUSE", mode: "disapprove" },
      modality: "asserted",
      negated: false,
      attribution: null,
      location: null,
      trigger: { start: 7, end: 17, text: "criticised" },
      evidence: "Turkey criticised Syria on Monday.",
      date: "2020-06-15",
    });
    expect(e!.dictionaryVersion).toMatch(/^[0-9a-f]{12}$/);
  });
  it("turns the passive round: the by-agent is the source", () => {
    expect(triples("Ukraine was attacked by Russia.")).toEqual(["RUS>UKR:190"]);
    expect(triples("Ukraine was attacked.")).toEqual([]);
  });
  it("codes each member of a compound actor", () => {
    expect(triples("France and Germany criticised Russia.")).toEqual(["FRA>RUS:111", "DEU>RUS:111"]);
  });
  it("codes reciprocal events both ways", () => {
    expect(triples("China and Pakistan held talks.")).toEqual(["CHN>PAK:040", "PAK>CHN:040"]);
    expect(triples("Russia met Turkey.")).toEqual(["RUS>TUR:040", "TUR>RUS:040"]);
  });
  it("gives the reported event to its actor and the statement to the attribution", () => {
    const [e] = code("Egypt said that Israel attacked Gaza.");
    expect([e!.source.code, e!.target?.code, e!.attribution?.code]).toEqual(["ISR", "PSE", "EGY"]);
    expect(code("According to Turkey, Syria shelled Aleppo.")[0]!.attribution?.code).toBe("TUR");
    expect(code("Syria shelled Aleppo, Turkey said.")[0]!.attribution?.code).toBe("TUR");
  });
  it("gives a participle after a comma the main clause's subject", () => {
    expect(triples("Russia shelled Ukraine, killing soldiers in Donetsk.")).toEqual(["RUS>UKR:194"]);
    expect(triples("Turkey criticised Syria, accusing Iran of arming the rebels.")).toEqual([
      "TUR>SYR:111",
      "TUR>IRN:112",
    ]);
  });
  it("codes intents as CAMEO 03 where CAMEO has them, else as intended", () => {
    expect(triples("Japan plans to provide loans to India.")).toEqual(["JPN>IND:0331"]);
    expect(triples("Iran vowed to attack Israel.")).toEqual(["IRN>ISR:1384"]);
    const [e] = code("Russia will send troops to Syria.");
    expect([e!.cameo.code, e!.modality]).toEqual(["154", "intended"]);
  });
  it("codes refusals as CAMEO 12 where CAMEO has them, else as negated", () => {
    expect(triples("Iran refused to release the prisoners.")).toEqual(["IRN>-:1243"]);
    const [e] = code("Russia did not attack Ukraine.");
    expect([e!.cameo.code, e!.negated]).toEqual(["190", true]);
  });
  it("marks hedged events as reported and may/could as hypothetical", () => {
    expect(code("Iran allegedly supplied drones to Russia.")[0]!.modality).toBe("reported");
    expect(code("China could impose sanctions on Japan.")[0]!.modality).toBe("hypothetical");
  });
  it("discards sports sentences and whole sports stories", () => {
    expect(triples("Brazil beat Mexico in the World Cup final. Russia attacked Ukraine.")).toEqual([
      "RUS>UKR:190",
    ]);
    expect(triples("Germany beat France in the Champions League. Berlin attacked Paris.")).toEqual([]);
  });
  it("explains what fired (file:line) and why nothing was coded", () => {
    const explain: SentenceExplanation[] = [];
    coder.code(
      fixtureDoc("Turkey criticised Syria. The weather was hot. Ukraine was attacked.", actors),
      explain,
    );
    expect(explain[0]!.fired[0]!.where).toMatch(/^verbs\/11-disapprove\.txt:\d+$/);
    expect(explain[1]!.reasons).toEqual(["no trigger and no actor in the sentence"]);
    expect(explain[2]!.reasons.join()).toMatch(/passive without agent/);
  });
});
