// Prints what the coder produces for each case of a coding JSONL file (a debugging aid):
//   node bin/run-ts.js bench/code/peek-cases.ts FILE.jsonl
import { codeCase, readCases, summarize } from "../../test/code/coding-cases.ts";

for (const c of readCases(process.argv[2]!)) {
  console.log(c.id, c.text);
  for (const e of codeCase(c).map(summarize)) console.log("    ", JSON.stringify(e));
}
