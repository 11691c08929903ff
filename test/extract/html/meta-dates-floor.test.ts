// Quality floor for publication dates on our own fixtures (meta-fixtures/dates.tsv): the share of
// pages whose day and precision come out right must not drop below the "dates" floor in
// test/quality-floors.json. Floors only move up: raise it when the extractor gets better.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { decodeHtml } from "../../../src/extract/html/decode-html.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const FIXTURES = join(import.meta.dirname, "meta-fixtures");
const FLOORS = join(import.meta.dirname, "..", "..", "quality-floors.json");
const NOW = new Date("2024-01-01T00:00:00Z");

interface DateCase {
  readonly file: string;
  readonly url: string;
  readonly day: string | null;
  readonly precision: string | null;
}

function readCases(): DateCase[] {
  return readFileSync(join(FIXTURES, "dates.tsv"), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [file = "", url = "", day = "", precision = ""] = line.split("\t");
      return { file, url, day: day || null, precision: precision || null };
    });
}

function run(c: DateCase): { day: string | null; precision: string | null; source: string | null } {
  const { html } = decodeHtml(readFileSync(join(FIXTURES, "dates", `${c.file}.html`)));
  const meta = extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url: c.url, now: NOW });
  return { day: meta.publishedDay, precision: meta.publishedPrecision, source: meta.publishedSource };
}

describe("publication dates on our fixtures", () => {
  const cases = readCases();

  it("has at least 15 fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it("stays at or above the dates floor", () => {
    const floors = JSON.parse(readFileSync(FLOORS, "utf8")) as { dates?: { fixtureAccuracy: number } };
    const floor = floors.dates?.fixtureAccuracy;
    expect(floor, 'test/quality-floors.json needs "dates": { "fixtureAccuracy": ... }').toBeTypeOf("number");
    const wrong: string[] = [];
    for (const c of cases) {
      const got = run(c);
      if (got.day !== c.day || got.precision !== c.precision) {
        wrong.push(
          `${c.file}: expected ${c.day} (${c.precision}), got ${got.day} (${got.precision}) from ${got.source}`,
        );
      }
    }
    const accuracy = (cases.length - wrong.length) / cases.length;
    if (wrong.length > 0) console.log(`date fixtures wrong:\n  ${wrong.join("\n  ")}`);
    expect(accuracy, wrong.join("\n")).toBeGreaterThanOrEqual(floor!);
  });
});
