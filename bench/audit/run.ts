// bench/audit: scores the whole current pipeline (extract, annotate, code, locate, as `sitrep code`
// runs them) against the hand-judged sentences in bench/audit/judged-*.jsonl, per half (tune,
// untuned) and per stratum (random, actor). GUIDELINES.md says how the judgements were made.
//   node bin/run-ts.js bench/audit/run.ts [--failures] [--json]
//   --failures  misses and wrong emissions, of the tune half only (the untuned half is never shown)
//   --json      the measures as one JSON object
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { CodedDoc, CodedEvent } from "../../src/types.ts";
import { missingShared, normalizeSentence, PAGE_SETS, SHARED, sentenceText } from "./audit-pages.ts";
import { type JudgedSentence, readJsonl } from "./audit-record.ts";
import {
  addToTally,
  emptyTally,
  judgeSentence,
  measures,
  type SentenceOutcome,
  type Tally,
  type TallyKey,
} from "./audit-score.ts";

const { values } = parseArgs({
  options: { failures: { type: "boolean", default: false }, json: { type: "boolean", default: false } },
});

const missing = missingShared();
if (missing) {
  console.log(`bench:audit skipped: ${missing}`);
  process.exit(0);
}

/** CAMEO country codes from the ontology tables in ../shared, to split "USAGOV" into USA + GOV. */
function countryCodes(): Set<string> {
  const rows = readFileSync(join(SHARED, "bench/ontology/cameo_actor_country.tsv"), "utf8")
    .split("\n")
    .slice(1);
  return new Set(rows.map((r) => r.split("\t")[0]!.trim()).filter(Boolean));
}

const dir = import.meta.dirname;
const judged: JudgedSentence[] = readdirSync(dir)
  .filter((f) => /^judged-.*\.jsonl$/.test(f))
  .sort()
  .flatMap((f) => readJsonl<JudgedSentence>(join(dir, f)));
if (!judged.length) {
  console.log("bench:audit: no judged sentences in bench/audit/judged-*.jsonl");
  process.exit(1);
}

const byPage = new Map<string, JudgedSentence[]>();
for (const j of judged) {
  const key = `${j.set}/${j.page}`;
  byPage.set(key, [...(byPage.get(key) ?? []), j]);
}

const run = createPipeline(createContext(), "code");
const outcomes: SentenceOutcome[] = [];
const started = performance.now();
for (const [key, items] of byPage) {
  const { set, page } = items[0]!;
  const path = join(PAGE_SETS[set], `${page}.html`);
  let doc: CodedDoc | null = null;
  for await (const raw of readInputs([path], {
    type: "html",
    maxBytes: 20 * 1024 * 1024,
    readStdin: async () => new Uint8Array(),
  })) {
    const out = raw.kind === "failure" ? raw : run(raw);
    if (out.kind === "coded") doc = out;
    else console.error(`bench:audit: ${key}: ${out.error.code}: ${out.error.message}`);
  }
  const indexesByText = new Map<string, number[]>();
  doc?.sentences.forEach((_, i) => {
    const t = normalizeSentence(sentenceText(doc!, i));
    indexesByText.set(t, [...(indexesByText.get(t) ?? []), i]);
  });
  for (const j of items) {
    // The same sentence may occur twice on a page: take the occurrence nearest the sampled index.
    const candidates = indexesByText.get(normalizeSentence(j.text)) ?? [];
    const index = candidates.sort((a, b) => Math.abs(a - j.index) - Math.abs(b - j.index))[0];
    const emitted: CodedEvent[] =
      index === undefined || !doc ? [] : doc.events.filter((e) => e.sentenceIndex === index);
    outcomes.push({ judged: j, found: index !== undefined, emitted });
  }
}
const seconds = (performance.now() - started) / 1000;

const countries = countryCodes();
const tallies = new Map<TallyKey, Tally>();
for (const o of outcomes) {
  for (const half of [o.judged.half, "all"] as const)
    for (const stratum of [o.judged.stratum, "both"] as const) {
      const key: TallyKey = `${half}/${stratum}`;
      if (!tallies.has(key)) tallies.set(key, emptyTally());
      addToTally(tallies.get(key)!, o, countries);
    }
}
const KEYS: TallyKey[] = [
  "tune/both",
  "untuned/both",
  "all/both",
  "tune/random",
  "untuned/random",
  "tune/actor",
  "untuned/actor",
];
const report = Object.fromEntries(
  KEYS.filter((k) => tallies.has(k)).map((k) => [k, measures(tallies.get(k)!)]),
);

if (values.json) {
  console.log(
    JSON.stringify({ pages: byPage.size, judged: judged.length, seconds, measures: report }, null, 2),
  );
} else {
  const f = (x: number | null, digits = 2) => (x === null ? "-" : x.toFixed(digits));
  console.log(
    `bench:audit: ${judged.length} judged sentences on ${byPage.size} pages, coded in ${seconds.toFixed(1)} s`,
  );
  console.log(
    "half/stratum      sents found | gold/100 emit/100 emitted | rootP tupleP strictP | evSents rec(r+d) strict rec(root) | evRec",
  );
  for (const [k, m] of Object.entries(report)) {
    console.log(
      `${k.padEnd(16)} ${String(m.sentences).padStart(5)} ${String(m.sentencesFound).padStart(5)} | ` +
        `${f(m.goldEventsPer100, 1).padStart(8)} ${f(m.eventsPer100, 1).padStart(8)} ${String(m.emitted).padStart(7)} | ` +
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
