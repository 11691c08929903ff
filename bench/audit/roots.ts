// bench/audit/roots.ts: the hand audit per CAMEO root, per half: gold events of the root, how many
// of them the coder found (root alone; root + source + target), and the events it emitted with
// that root, how many right. Counts only, never sentences, so it may be run on the untuned half:
// it shows which roots a lexicon change helped or hurt without showing what was missed.
//   node bin/run-ts.js bench/audit/roots.ts
import { missingShared } from "./audit-pages.ts";
import { readJudged, runAudit } from "./audit-run.ts";
import { judgeSentence, sameEvent } from "./audit-score.ts";

const missing = missingShared();
if (missing) {
  console.log(`bench/audit/roots: skipped: ${missing}`);
  process.exit(0);
}
const { outcomes, countries } = await runAudit(readJudged());
interface Row {
  gold: number;
  foundRoot: number;
  foundTuple: number;
  emitted: number;
  rootRight: number;
  tupleRight: number;
}
const rows = new Map<string, Row>();
const row = (key: string) => {
  const r = rows.get(key) ?? {
    gold: 0,
    foundRoot: 0,
    foundTuple: 0,
    emitted: 0,
    rootRight: 0,
    tupleRight: 0,
  };
  rows.set(key, r);
  return r;
};
for (const o of outcomes) {
  const half = o.judged.half;
  const v = judgeSentence(o, countries);
  for (const g of o.judged.events) {
    if (g.negated) continue;
    const r = row(`${half}\t${g.code.slice(0, 2)}`);
    r.gold++;
    if (o.emitted.some((e) => sameEvent(g, e, "root", countries))) r.foundRoot++;
    if (o.emitted.some((e) => sameEvent(g, e, "lenient", countries))) r.foundTuple++;
  }
  o.emitted.forEach((e, i) => {
    const r = row(`${half}\t${e.cameo.root}`);
    r.emitted++;
    if (v.rootRight[i]) r.rootRight++;
    if (v.tupleRight[i]) r.tupleRight++;
  });
}
console.log("half\troot\tgold\tfound(root)\tfound(r+d)\temitted\troot right\ttuple right");
for (const [k, r] of [...rows].sort())
  console.log(
    `${k}\t${r.gold}\t${r.foundRoot}\t${r.foundTuple}\t${r.emitted}\t${r.rootRight}\t${r.tupleRight}`,
  );
