// Prints the coder's --explain record for judged sentences of the tune half (a debugging aid; it
// refuses untuned ids, which are only ever scored).
//   node bin/run-ts.js bench/audit/explain-tune.ts a0006 r0233 ...
import { join } from "node:path";
import { DocCoder, loadCoderDictionaries, type SentenceExplanation } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import { normalizeSentence, PAGE_SETS, sentenceText } from "./audit-pages.ts";
import { readJudged } from "./audit-run.ts";

const ctx = createContext();
const annotate = createPipeline(ctx, "annotate");
const coder = new DocCoder(loadCoderDictionaries(ctx.config.dataDir, ctx.config.dictDirs));
const judged = readJudged();
for (const id of process.argv.slice(2)) {
  const j = judged.find((x) => x.id === id);
  if (j?.half !== "tune") {
    console.log(`${id}: not a judged sentence of the tune half`);
    continue;
  }
  for await (const raw of readInputs([join(PAGE_SETS[j.set], `${j.page}.html`)], {
    type: "html",
    maxBytes: 20 * 1024 * 1024,
    readStdin: async () => new Uint8Array(),
  })) {
    if (raw.kind === "failure") continue;
    const doc = annotate(raw);
    if (doc.kind !== "annotated") continue;
    const explain: SentenceExplanation[] = [];
    coder.code(doc, explain);
    const e = explain.find(
      (x) => normalizeSentence(sentenceText(doc, x.sentenceIndex)) === normalizeSentence(j.text),
    );
    console.log(`[${id}] gold: ${j.events.map((g) => `${g.code} ${g.source}->${g.target}`).join("; ")}`);
    console.log(JSON.stringify(e, null, 1));
  }
}
