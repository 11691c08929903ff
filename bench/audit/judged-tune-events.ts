// Prints every event the coder emits on the JUDGED sentences of the tune half, one sorted line per
// event with the sentence's gold events beside it: diff two runs (before and after a change) to
// see which judged events a mechanism adds, drops or re-codes, including emissions on sentences
// with no gold event (which explain-misses-tune.ts does not show). Untuned sentences are refused
// by explainJudged and never opened.
// Usage: node bin/run-ts.js bench/audit/judged-tune-events.ts > FILE
import { readJudged } from "./audit-run.ts";
import { explainJudged } from "./explain-judged.ts";

const tune = readJudged().filter((j) => j.half === "tune");
const lines: string[] = [];
for await (const { judged: j, events } of explainJudged(tune)) {
  const gold = j.events.map((g) => `${g.code} ${g.source}->${g.target || "-"}`).join("; ") || "none";
  for (const e of events)
    lines.push(
      `[${j.id}]\t${e.cameo.code} ${e.source.code}->${e.target?.code ?? "-"}\tgold ${gold}\t${j.text.slice(0, 240)}`,
    );
}
console.log(lines.sort().join("\n"));
