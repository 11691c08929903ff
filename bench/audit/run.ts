// bench/audit: scores the whole current pipeline (extract, annotate, code, locate, as `sitrep code`
// runs them) against the hand-judged sentences in bench/audit/judged-*.jsonl, per half (tune,
// untuned) and per stratum (random, actor). GUIDELINES.md says how the judgements were made.
//   node bin/run-ts.js bench/audit/run.ts [--failures] [--json]
//   --failures  misses and wrong emissions, of the tune half only (the untuned half is never shown)
//   --json      the measures as one JSON object
import { parseArgs } from "node:util";
import { missingShared } from "./audit-pages.ts";
import { readJudged, runAudit } from "./audit-run.ts";
import { judgeSentence } from "./audit-score.ts";

const { values } = parseArgs({
  options: { failures: { type: "boolean", default: false }, json: { type: "boolean", default: false } },
});

const missing = missingShared();
if (missing) {
  console.log(`bench:audit skipped: ${missing}`);
  process.exit(0);
}

const judged = readJudged();
if (!judged.length) {
  console.log("bench:audit: no judged sentences in bench/audit/judged-*.jsonl");
  process.exit(1);
}
const { pages, seconds, outcomes, countries, report } = await runAudit(judged);

if (values.json) {
  console.log(JSON.stringify({ pages: pages, judged: judged.length, seconds, measures: report }, null, 2));
} else {
  const f = (x: number | null, digits = 2) => (x === null ? "-" : x.toFixed(digits));
  console.log(
    `bench:audit: ${judged.length} judged sentences on ${pages} pages, coded in ${seconds.toFixed(1)} s`,
  );
  console.log(
    "half/stratum      sents found | gold/100 emit/100 right/100 emitted | rootP tupleP strictP | evSents rec(r+d) strict rec(root) | evRec",
  );
  for (const [k, m] of Object.entries(report)) {
    console.log(
      `${k.padEnd(16)} ${String(m.sentences).padStart(5)} ${String(m.sentencesFound).padStart(5)} | ` +
        `${f(m.goldEventsPer100, 1).padStart(8)} ${f(m.eventsPer100, 1).padStart(8)} ${f(m.rightRootsPer100, 2).padStart(9)} ${String(m.emitted).padStart(7)} | ` +
        `${f(m.rootPrecision).padStart(5)} ${f(m.tuplePrecision).padStart(6)} ${f(m.tuplePrecisionStrict).padStart(7)} | ` +
        `${String(m.eventSentences).padStart(7)} ${f(m.recallRootDyad).padStart(8)} ${f(m.recallRootDyadStrict).padStart(6)} ${f(m.recallRoot).padStart(9)} | ` +
        `${f(m.eventRecallRootDyad).padStart(5)}`,
    );
  }
  console.log(
    "issue 9 targets on the untuned half: emit/100 >= 20, rootP >= 0.80, tupleP >= 0.60, rec(r+d) >= 0.40",
  );
}

if (values.failures) {
  const show = (e: { code: string; source: string; target: string; negated?: boolean }) =>
    `${e.code} ${e.source || "-"} -> ${e.target || "-"}${e.negated ? " (negated)" : ""}`;
  for (const o of outcomes) {
    if (o.judged.half !== "tune") continue;
    const v = judgeSentence(o, countries);
    const wrong = o.emitted.filter((_, i) => !v.tupleRight[i]);
    const missed = o.judged.events.filter((g, i) => !g.negated && !v.goldFound[i]);
    if (!wrong.length && !missed.length) continue;
    console.log(
      `\n[${o.judged.id}] ${o.judged.set}/${o.judged.page}#${o.judged.index}${o.found ? "" : " (sentence not produced)"}`,
    );
    console.log(`  ${o.judged.text}`);
    for (const g of missed) console.log(`  missed:  ${show(g)}`);
    for (const e of wrong)
      console.log(
        `  wrong:   ${show({ code: e.cameo.code, source: e.source.code, target: e.target?.code ?? "", negated: e.negated })} ` +
          `[${e.trigger.text}]${v.rootRight[o.emitted.indexOf(e)] ? " (root right)" : ""}`,
      );
    if (o.judged.note) console.log(`  note:    ${o.judged.note}`);
  }
}
