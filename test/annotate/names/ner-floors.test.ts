// Name recognition on the CoNLL-2003 development split (../shared/bench/ner/, evaluation only)
// must stay at or above the floors in test/quality-floors.json ("ner"), on both halves apart:
// the half we look at and the half we only score. Skipped, with the reason printed, when
// ../shared is not beside the checkout. `npm run bench:ner` prints the same numbers with a peer.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { halfOf, readConllDocs } from "../../../bench/ner/conll-docs.ts";
import { emptyCounts, f1Of, scoreDoc } from "../../../bench/ner/ner-score.ts";
import { createSitrepNer, NER_DATASET } from "../../../bench/ner/sitrep-ner.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const FLOORS = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")) as {
  ner: {
    lookF1: number;
    untunedF1: number;
    untunedPER: number;
    untunedORG: number;
    untunedLOC: number;
    lookPER: number;
    lookORG: number;
    lookLOC: number;
  };
};
const present = existsSync(NER_DATASET);
if (!present)
  console.log(`ner floors skipped: ${NER_DATASET} not found (../shared is not beside the checkout)`);

describe.skipIf(!present)("name recognition on CoNLL-2003 dev", () => {
  it("stays at or above the quality floors on both halves", () => {
    const spansOf = createSitrepNer();
    const counts = { look: emptyCounts(), untuned: emptyCounts() };
    for (const doc of readConllDocs(NER_DATASET)) scoreDoc(doc, spansOf(doc), counts[halfOf(doc.id)], null);
    expect(f1Of(counts.look.all)).toBeGreaterThanOrEqual(FLOORS.ner.lookF1);
    expect(f1Of(counts.untuned.all)).toBeGreaterThanOrEqual(FLOORS.ner.untunedF1);
    expect(f1Of(counts.untuned.byType.PER)).toBeGreaterThanOrEqual(FLOORS.ner.untunedPER);
    expect(f1Of(counts.untuned.byType.ORG)).toBeGreaterThanOrEqual(FLOORS.ner.untunedORG);
    expect(f1Of(counts.untuned.byType.LOC)).toBeGreaterThanOrEqual(FLOORS.ner.untunedLOC);
    expect(f1Of(counts.look.byType.PER)).toBeGreaterThanOrEqual(FLOORS.ner.lookPER);
    expect(f1Of(counts.look.byType.ORG)).toBeGreaterThanOrEqual(FLOORS.ner.lookORG);
    expect(f1Of(counts.look.byType.LOC)).toBeGreaterThanOrEqual(FLOORS.ner.lookLOC);
  }, 240_000);
});
