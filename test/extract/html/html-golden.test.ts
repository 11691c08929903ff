// Golden HTML pages: every case's content (body paragraphs, page type, title, images) must match
// its reviewed expected file, and the summary numbers must stay at or above the floors in
// test/quality-floors.json ("html"). Metadata (dates, language, authors) is another engineer's
// part of the extractor: it is scored against the reviewed values as a rate with its own floor.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputCases, inputFile } from "../../golden/golden-suite.ts";
import { extractHtmlCase, type HtmlExpected, toHtmlExpected } from "../../golden/html.suite.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const DIR = join(ROOT, "test", "golden", "html");
const FLOORS = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")) as {
  html: {
    meanParagraphTokenF1: number;
    exactTitleRate: number;
    pageTypeAccuracy: number;
    metadataExactRate: number;
  };
};

/** Token multiset F1 (letters and digits), 1 when both sides are empty. */
function tokenF1(expected: readonly string[], actual: readonly string[]): number {
  const tokens = (ps: readonly string[]) => ps.join(" ").match(/[\p{L}\p{N}]+/gu) ?? [];
  const want = new Map<string, number>();
  for (const t of tokens(expected)) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(actual);
  const expectedCount = tokens(expected).length;
  if (expectedCount === 0 && got.length === 0) return 1;
  let hit = 0;
  for (const t of got) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      hit++;
      want.set(t, n - 1);
    }
  }
  if (hit === 0) return 0;
  const precision = hit / got.length;
  const recall = hit / expectedCount;
  return (2 * precision * recall) / (precision + recall);
}

const cases = inputCases(DIR);
const results = cases.map((name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as HtmlExpected;
  return { name, expected, actual: toHtmlExpected(extractHtmlCase(inputFile(DIR, name))) };
});

describe("golden html", () => {
  it("has at least 20 cases of our own", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const r of results) {
    it(`case ${r.name}`, () => {
      expect(r.actual.content).toEqual(r.expected.content);
    });
  }

  it("tells the token F1 scorer's edge cases apart", () => {
    expect(tokenF1(["a b c"], ["a b c"])).toBe(1);
    expect(tokenF1(["a b"], [])).toBe(0);
    expect(tokenF1(["a b c d"], ["a b"])).toBeCloseTo(2 / 3);
  });

  it("stays at or above the quality floors", () => {
    const n = results.length;
    const meanF1 =
      results.reduce((s, r) => s + tokenF1(r.expected.content.paragraphs, r.actual.content.paragraphs), 0) /
      n;
    const titles = results.filter((r) => r.actual.content.title === r.expected.content.title).length / n;
    const pageTypes =
      results.filter((r) => r.actual.content.isArticle === r.expected.content.isArticle).length / n;
    const metadata =
      results.filter((r) => JSON.stringify(r.actual.metadata) === JSON.stringify(r.expected.metadata))
        .length / n;
    console.log(
      `html: ${n} cases; paragraph token F1 ${meanF1.toFixed(3)}, exact titles ${titles.toFixed(3)}, page types ${pageTypes.toFixed(3)}, metadata exact ${metadata.toFixed(3)}`,
    );
    expect(meanF1).toBeGreaterThanOrEqual(FLOORS.html.meanParagraphTokenF1);
    expect(titles).toBeGreaterThanOrEqual(FLOORS.html.exactTitleRate);
    expect(pageTypes).toBeGreaterThanOrEqual(FLOORS.html.pageTypeAccuracy);
    expect(metadata).toBeGreaterThanOrEqual(FLOORS.html.metadataExactRate);
  });
});
