// Quality floors on the shared development sets (../shared/bench), in halves: "dev" is the half we
// study, "untuned" the half we only score (bench/extraction/split-halves.ts). Main text is scored
// with the benchmark's own scorer (token 4-gram shingle F1), publication days by exact day match.
// Skipped with a printed reason when ../shared is absent. Floors only move up.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { compareStated } from "../../bench/dates/stated-days.ts";
import { halfOf } from "../../bench/extraction/split-halves.ts";
import { createContext } from "../../src/context.ts";
import { decodeHtml } from "../../src/extract/html/decode-html.ts";
import { createHtmlExtractor } from "../../src/extract/html/extract-html.ts";
import { extractHtmlMetadata } from "../../src/extract/html/meta-extract.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SHARED_LINK = join(ROOT, "..", "shared", "bench");
const SHARED = existsSync(SHARED_LINK) ? realpathSync(SHARED_LINK) : SHARED_LINK;
const SCORER = join(SHARED, "score-extraction.mjs");
const FLOORS = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")) as {
  sharedBench?: Record<string, { dev: number; untuned: number }>;
};

type Evaluate = (
  gold: Record<string, { articleBody: string }>,
  pred: Map<string, string>,
  opts: { nBootstrap: number },
) => { metrics: { f1: number } };

const EXTRACTION_SETS = [
  { key: "extractionScrapinghub", dir: join(SHARED, "extraction", "scrapinghub") },
  { key: "extractionDragnet", dir: join(SHARED, "extraction", "dragnet-train") },
];

const present = existsSync(SCORER);
if (!present) console.log(`shared bench floors skipped: ${SHARED} is absent`);

describe.skipIf(!present)("floors on the shared development sets, by half", () => {
  for (const set of EXTRACTION_SETS) {
    it(`main text F1 on ${set.key} stays at or above its floors`, { timeout: 600_000 }, async () => {
      const floor = FLOORS.sharedBench?.[set.key];
      expect(floor, `test/quality-floors.json needs sharedBench.${set.key}`).toBeDefined();
      const { evaluate } = (await import(pathToFileURL(SCORER).href)) as { evaluate: Evaluate };
      const gold = JSON.parse(readFileSync(join(set.dir, "gold.json"), "utf8")) as Record<
        string,
        { articleBody: string }
      >;
      const extract = createHtmlExtractor(createContext());
      const pred = new Map<string, string>();
      for (const id of Object.keys(gold)) {
        const content = new Uint8Array(readFileSync(join(set.dir, "html", `${id}.html`)));
        pred.set(id, extract({ kind: "raw", id, input: id, type: "html", content }).text);
      }
      for (const half of ["dev", "untuned"] as const) {
        const part = Object.fromEntries(Object.entries(gold).filter(([id]) => halfOf(id) === half));
        const f1 = evaluate(part, pred, { nBootstrap: 0 }).metrics.f1;
        console.log(`${set.key} ${half}: F1 ${f1.toFixed(3)} (floor ${floor![half]})`);
        expect(f1, `${set.key} ${half}`).toBeGreaterThanOrEqual(floor![half]);
      }
    });
  }

  it("dragnet pages that state their day get that day, at or above the floors", { timeout: 600_000 }, () => {
    // No publication-day gold on this set: the day its copied text or URL states (stated-days.ts).
    const floor = FLOORS.sharedBench?.datesStatedDragnet;
    expect(floor, "test/quality-floors.json needs sharedBench.datesStatedDragnet").toBeDefined();
    const dir = join(SHARED, "extraction", "dragnet-train");
    const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Record<
      string,
      { url: string; articleBody: string }
    >;
    const agree = { dev: 0, untuned: 0 };
    const stated = { dev: 0, untuned: 0 };
    const now = new Date();
    for (const [id, page] of Object.entries(gold)) {
      const url = page.url && page.url !== "None" ? page.url : undefined;
      const { html } = decodeHtml(readFileSync(join(dir, "html", `${id}.html`)));
      const meta = extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url, now });
      const verdict = compareStated(meta.publishedDay, url, page.articleBody ?? "");
      if (verdict === "no-evidence") continue;
      stated[halfOf(id)]++;
      if (verdict === "agree") agree[halfOf(id)]++;
    }
    for (const half of ["dev", "untuned"] as const) {
      const rate = agree[half] / stated[half];
      console.log(`dragnet stated days ${half}: agreement ${rate.toFixed(3)} (floor ${floor![half]})`);
      expect(rate, `dragnet stated days ${half}`).toBeGreaterThanOrEqual(floor![half]);
    }
  });

  it("publication-day accuracy on the dates set stays at or above its floors", { timeout: 600_000 }, () => {
    const floor = FLOORS.sharedBench?.datesDay;
    expect(floor, "test/quality-floors.json needs sharedBench.datesDay").toBeDefined();
    const dir = join(SHARED, "dates");
    const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Record<
      string,
      { url: string; date: string | null; file: string }
    >;
    const right = { dev: 0, untuned: 0 };
    const total = { dev: 0, untuned: 0 };
    const now = new Date();
    for (const [id, entry] of Object.entries(gold)) {
      const { html } = decodeHtml(readFileSync(join(dir, "html", entry.file)));
      const meta = extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), {
        url: entry.url,
        now,
      });
      const half = halfOf(id);
      total[half]++;
      if (meta.publishedDay === entry.date) right[half]++;
    }
    for (const half of ["dev", "untuned"] as const) {
      const accuracy = right[half] / total[half];
      console.log(`dates ${half}: day accuracy ${accuracy.toFixed(3)} (floor ${floor![half]})`);
      expect(accuracy, `dates ${half}`).toBeGreaterThanOrEqual(floor![half]);
    }
  });
});
