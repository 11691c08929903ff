// Prints one suite record's tokens, PETRARCH mentions and the coder's explanation (for debugging rules).
//   node bin/run-ts.js bench/petrarch/debug-record.ts RECORD-ID...
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import type { SentenceExplanation } from "../../src/code/doc-coder.ts";
import { loadPetrarchCoder } from "../../src/code/petrarch/index.ts";
import { ROOT, recordOptions, SUITE_DIR, type SuiteRecord, toDoc } from "./petrarch-suite.ts";

const records = readFileSync(join(SUITE_DIR, "petrarch_validation.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SuiteRecord);
const tokenize = createTokenizer();
const dictDir = join(SUITE_DIR, "petrarch-validate-dictionaries");
for (const id of process.argv.slice(2)) {
  const r = records.find((x) => x.id === id);
  if (!r) continue;
  const p = loadPetrarchCoder(join(ROOT, "data"), dictDir, recordOptions(r));
  const doc = p.annotate(toDoc(r, tokenize));
  const explain: SentenceExplanation[] = [];
  const events = p.coder.code(doc, explain);
  console.log(`== ${r.id} ${JSON.stringify(r.config_in_effect)}\n${r.text}`);
  for (const x of explain)
    console.log(
      `${x.tokens}\nactors: ${x.actors.join(" | ")}\nfired: ${JSON.stringify(x.fired)}\n${x.reasons.join("\n")}`,
    );
  console.log("want", r.expected.map((e) => `${e.source}>${e.target}:${e.code}`).join(" "));
  console.log(
    "got ",
    events.map((e) => `${e.source.code}>${e.target?.code ?? "---"}:${e.cameo.code}`).join(" "),
  );
}
