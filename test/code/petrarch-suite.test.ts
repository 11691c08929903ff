// The PETRARCH/TABARI validation suite, coded with its own toy dictionaries through
// `--dict-format petrarch`; its exact-record pass rate must stay above the floor in
// test/quality-floors.json. Skips (with the reason) when ../shared is absent.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runPetrarchSuite, SUITE_DIR, suiteAvailable } from "../../bench/petrarch/petrarch-suite.ts";

const floor = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")).petrarch as {
  passRate: number;
};
if (!suiteAvailable()) console.log(`petrarch suite skipped: ${SUITE_DIR} is absent`);

describe.skipIf(!suiteAvailable())("PETRARCH validation suite", () => {
  it("passes at least the floor share of records exactly", () => {
    const r = runPetrarchSuite();
    console.log(
      `petrarch: ${r.passed}/${r.total} records exactly right (${((100 * r.passed) / r.total).toFixed(1)}%)`,
    );
    expect(r.total).toBeGreaterThan(200);
    expect(r.passed / r.total).toBeGreaterThanOrEqual(floor.passRate);
  });
});
