// Prints the coder's --explain record for each case of a coding JSONL file (a debugging aid).
import { join } from "node:path";
import type { SentenceExplanation } from "../../src/code/doc-coder.ts";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { caseDoc, ROOT, readCases } from "../../test/code/coding-cases.ts";

const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")));
for (const c of readCases(process.argv[2]!)) {
  if (process.argv[3] && c.id !== process.argv[3]) continue;
  const explain: SentenceExplanation[] = [];
  coder.code(caseDoc(c), explain);
  console.log(JSON.stringify(explain, null, 1));
}
