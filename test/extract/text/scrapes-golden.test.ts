// Golden scrapes: every case must match its reviewed expected file, and the summary numbers
// (exact-case rate, per-line chrome F1) must stay at or above the floors in test/quality-floors.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputCases, inputFile } from "../../golden/golden-suite.ts";
import { extractScrape, type ScrapeExpected, toExpected } from "../../golden/scrapes.suite.ts";
import { countChromeLines, f1, type LineCounts } from "./chrome-line-score.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const DIR = join(ROOT, "test", "golden", "scrapes");
const FLOORS = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")) as {
  scrapes: { exactCaseRate: number; chromeLineF1: number };
};

const cases = inputCases(DIR);
const results = cases.map((name) => {
  const input = inputFile(DIR, name);
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as ScrapeExpected;
  return { name, input, expected, actual: toExpected(extractScrape(input)) };
});

describe("golden scrapes", () => {
  it("has the cases the issue asks for (at least 18 of our own)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  for (const r of results) {
    it(`case ${r.name}`, () => {
      expect(r.actual).toEqual(r.expected);
    });
  }

  it("stays at or above the quality floors", () => {
    const exact = results.filter((r) => JSON.stringify(r.actual) === JSON.stringify(r.expected)).length;
    const counts: LineCounts = { truePositive: 0, falsePositive: 0, falseNegative: 0, lines: 0 };
    for (const r of results) {
      countChromeLines(readFileSync(r.input, "utf8"), r.expected.paragraphs, r.actual.paragraphs, counts);
    }
    const score = f1(counts);
    const exactCaseRate = exact / results.length;
    console.log(
      `scrapes: ${exact}/${results.length} exact cases; chrome lines P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)} over ${counts.lines} lines`,
    );
    expect(exactCaseRate).toBeGreaterThanOrEqual(FLOORS.scrapes.exactCaseRate);
    expect(score.f1).toBeGreaterThanOrEqual(FLOORS.scrapes.chromeLineF1);
  });
});
