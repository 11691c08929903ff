// Prints the coder's --explain record for judged sentences of the tune half (a debugging aid; it
// refuses untuned ids, which are only ever scored).
//   node bin/run-ts.js bench/audit/explain-tune.ts a0006 r0233 ...
import { readJudged } from "./audit-run.ts";
import { explainJudged } from "./explain-judged.ts";

const judged = readJudged();
const asked = [];
for (const id of process.argv.slice(2)) {
  const j = judged.find((x) => x.id === id);
  if (j?.half === "tune") asked.push(j);
  else console.log(`${id}: not a judged sentence of the tune half`);
}
for await (const { judged: j, explanation } of explainJudged(asked)) {
  console.log(`[${j.id}] gold: ${j.events.map((g) => `${g.code} ${g.source}->${g.target}`).join("; ")}`);
  console.log(JSON.stringify(explanation, null, 1));
}
