// Prints the coder's --explain record for every tune-half sentence that holds a judged event, with
// what the coder emitted there: a debugging aid for classifying misses. Only the tune half.
//   node bin/run-ts.js bench/audit/explain-misses-tune.ts > /tmp/misses.txt

import { readJudged } from "./audit-run.ts";
import { explainJudged } from "./explain-judged.ts";

const tune = readJudged().filter((j) => j.half === "tune" && j.events.length > 0);
for await (const { judged: j, explanation: e, events } of explainJudged(tune)) {
  const gotText = events.map((g) => `${g.cameo.code} ${g.source.code}->${g.target?.code ?? "-"}`);
  console.log(`[${j.id}] ${j.text}`);
  console.log(`  gold: ${j.events.map((g) => `${g.code} ${g.source}->${g.target}`).join("; ")}`);
  console.log(`  got:  ${gotText.join("; ")}`);
  if (j.note) console.log(`  note: ${j.note}`);
  if (!e) console.log("  (sentence not found)");
  else {
    console.log(`  actors: ${e.actors.join(", ")}`);
    for (const r of e.reasons) console.log(`  why: ${r}`);
  }
  console.log(`  prev: ${j.context.previous.join(" | ").slice(0, 300)}`);
  console.log(`  dateline: ${j.context.dateline ?? ""}`);
}
