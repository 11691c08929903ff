// Runs the golden suite "mentions" (test/golden/mentions/): each case's output must equal the
// reviewed expected file, and the suite as a whole must stay at or above the floors in
// test/quality-floors.json ("mentions"). Regenerate with `npm run golden -- update mentions` and
// review the diff; floors only move up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { suite } from "../../golden/mentions.suite.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const DIR = join(ROOT, "test", "golden", "mentions");
const FLOORS = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")) as {
  mentions: { goldenCases: number; goldenMentionF1: number };
};
const cases = suite.listCases(DIR);

type Reduced = { text: string; kind: string; code: string | null };
const key = (m: Reduced) => `${m.text}\u0000${m.kind}\u0000${m.code}`;

describe("golden mentions", () => {
  let truePositives = 0;
  let produced = 0;
  let expectedTotal = 0;

  for (const name of cases) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Reduced[];
      const actual = (await suite.produce(suite.inputPath(DIR, name))) as Reduced[];
      const wanted = expected.map(key);
      for (const k of actual.map(key)) {
        const at = wanted.indexOf(k);
        if (at >= 0) {
          truePositives++;
          wanted.splice(at, 1);
        }
      }
      produced += actual.length;
      expectedTotal += expected.length;
      expect(actual).toEqual(expected);
    }, 60_000);
  }

  it("stays at or above the quality floors", () => {
    expect(cases.length).toBeGreaterThanOrEqual(FLOORS.mentions.goldenCases);
    const precision = produced ? truePositives / produced : 0;
    const recall = expectedTotal ? truePositives / expectedTotal : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    expect(f1).toBeGreaterThanOrEqual(FLOORS.mentions.goldenMentionF1);
  });
});
