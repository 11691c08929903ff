// bench/petrarch: pass rate of the PETRARCH validation suite by category.
//   node bin/run-ts.js bench/petrarch/run.ts [--failures]
import { runPetrarchSuite, SUITE_DIR, suiteAvailable } from "./petrarch-suite.ts";

if (!suiteAvailable()) {
  console.log(`skipped: ${SUITE_DIR} is absent (the suite lives in ../shared)`);
  process.exit(0);
}
const r = runPetrarchSuite();
for (const [cat, c] of Object.entries(r.byCategory).sort())
  console.log(
    `${cat.padEnd(10)} ${String(c.passed).padStart(3)}/${String(c.total).padEnd(3)} ${((100 * c.passed) / c.total).toFixed(1)}%`,
  );
console.log(
  `ALL        ${r.passed}/${r.total} ${((100 * r.passed) / r.total).toFixed(1)}% exactly right (target 85%; UD-PETRARCH reports 68%)`,
);
if (process.argv.includes("--failures")) for (const f of r.failures) console.log(f);
