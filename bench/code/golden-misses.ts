// Scores every coding golden case against its gold events and lists each miss (a debugging aid):
//   node bin/run-ts.js bench/code/golden-misses.ts
import { allCaseFiles, readCases, scoreCases } from "../../test/code/coding-cases.ts";

const cases = allCaseFiles().flatMap(readCases);
const s = scoreCases(cases);
console.log(
  cases.length,
  s.tp,
  s.fp,
  s.fn,
  s.precision.toFixed(3),
  s.recall.toFixed(3),
  s.attributes.toFixed(3),
);
for (const m of s.misses) console.log(m);
