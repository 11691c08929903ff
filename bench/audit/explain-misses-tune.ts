// Prints the coder's --explain record for every tune-half sentence whose gold event the coder
// missed (root with source and target): a debugging aid for classifying misses. Only the tune half.
//   node bin/run-ts.js bench/audit/explain-misses-tune.ts > /tmp/misses.txt
import { join } from "node:path";
import { DocCoder, loadCoderDictionaries, type SentenceExplanation } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import { normalizeSentence, PAGE_SETS, sentenceText } from "./audit-pages.ts";
import type { JudgedSentence } from "./audit-record.ts";
import { readJudged } from "./audit-run.ts";

const ctx = createContext();
const annotate = createPipeline(ctx, "annotate");
const coder = new DocCoder(loadCoderDictionaries(ctx.config.dataDir, ctx.config.dictDirs));
const tune = readJudged().filter((j) => j.half === "tune" && j.events.length > 0);
const byPage = new Map<string, JudgedSentence[]>();
for (const j of tune) byPage.set(`${j.set}/${j.page}`, [...(byPage.get(`${j.set}/${j.page}`) ?? []), j]);
for (const items of byPage.values()) {
  const { set, page } = items[0]!;
  for await (const raw of readInputs([join(PAGE_SETS[set], `${page}.html`)], {
    type: "html",
    maxBytes: 20 * 1024 * 1024,
    readStdin: async () => new Uint8Array(),
  })) {
    if (raw.kind === "failure") continue;
    const doc = annotate(raw);
    if (doc.kind !== "annotated") continue;
    const explain: SentenceExplanation[] = [];
    const events = coder.code(doc, explain);
    for (const j of items) {
      const e = explain.find(
        (x) => normalizeSentence(sentenceText(doc, x.sentenceIndex)) === normalizeSentence(j.text),
      );
      const got = e ? events.filter((ev) => ev.sentenceIndex === e.sentenceIndex) : [];
      const gotText = got.map((g) => `${g.cameo.code} ${g.source.code}->${g.target?.code ?? "-"}`);
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
  }
}
