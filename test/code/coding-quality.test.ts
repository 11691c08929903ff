// Scores the coder on the golden coding cases against their hand-written `gold` events and holds
// precision, recall and attribute accuracy above the floors in test/quality-floors.json
// (floors only move up). Also checks each case file against its reviewed expected output.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { suite } from "../golden/coding.suite.ts";
import { allCaseFiles, CASES_DIR, codeCase, ROOT, readCases, scoreCases, summarize } from "./coding-cases.ts";

const floors = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")).coding as {
  precision: number;
  recall: number;
  attributes: number;
  cases: number;
};
const cases = allCaseFiles().flatMap(readCases);

describe("coding quality on the golden cases", () => {
  const score = scoreCases(cases);
  it(`has at least ${floors.cases} cases covering every CAMEO root`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(floors.cases);
    const roots = new Set(cases.flatMap((c) => c.gold.map((g) => g.code.slice(0, 2))));
    expect([...roots].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")));
  });
  it("stays above the precision, recall and attribute floors", () => {
    console.log(
      `coding: ${cases.length} cases, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, attributes ${score.attributes.toFixed(3)}`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(score.attributes).toBeGreaterThanOrEqual(floors.attributes);
  });
});

describe("coding golden files match the reviewed expected output", () => {
  for (const file of allCaseFiles()) {
    const name = file.slice(CASES_DIR.length + 1).replace(/\.input\.jsonl$/, "");
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(CASES_DIR, `${name}.expected.json`), "utf8"));
      expect(await suite.produce(file)).toEqual(expected);
    });
  }
  it("summarize keeps the reviewable fields", () => {
    const c = { id: "x", text: "Turkey criticised Syria.", publishedAt: "2020-06-16T00:00:00Z", gold: [] };
    expect(codeCase(c).map(summarize)).toEqual([
      {
        source: "TUR",
        target: "SYR",
        code: "111",
        modality: "asserted",
        negated: false,
        attribution: null,
        date: "2020-06-16",
        trigger: "criticised",
      },
    ]);
  });
});
