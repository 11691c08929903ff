// Prints every event the coder emits on sentences of TUNE-half pages that nobody judged (not in
// judged-tune.jsonl), one line per event with its sentence, in the format of fresh-events.ts.
// Untuned pages are never opened. Diff two runs to see what a change does on unjudged text.
// Usage: node bin/run-ts.js bench/audit/unjudged-tune-events.ts [ROOT,ROOT...] > FILE
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import { halfOf, normalizeSentence, PAGE_SETS, type PageSet, sentenceText } from "./audit-pages.ts";

const roots = process.argv[2]?.split(",") ?? null;
const judged = new Set(
  readFileSync(join(import.meta.dirname, "judged-tune.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => normalizeSentence((JSON.parse(l) as { text: string }).text)),
);
const run = createPipeline(createContext(), "code");
for (const set of Object.keys(PAGE_SETS) as PageSet[]) {
  for (const file of readdirSync(PAGE_SETS[set])
    .filter((f) => f.endsWith(".html"))
    .sort()) {
    const page = file.slice(0, -".html".length);
    if (halfOf(set, page) !== "tune") continue;
    for await (const raw of readInputs([join(PAGE_SETS[set], file)], {
      type: "html",
      maxBytes: 20 * 1024 * 1024,
      readStdin: async () => new Uint8Array(),
    })) {
      const doc = raw.kind === "failure" ? null : run(raw);
      if (doc?.kind !== "coded") continue;
      for (const e of doc.events) {
        if (roots && !roots.includes(e.cameo.code.slice(0, 2))) continue;
        const text = sentenceText(doc, e.sentenceIndex);
        if (judged.has(normalizeSentence(text))) continue;
        console.log(
          `${set}/${page.slice(0, 12)}#${e.sentenceIndex}\t${e.cameo.code} ${e.source.code} -> ${e.target?.code ?? "-"}${e.negated ? " (neg)" : ""} [${e.trigger.text}]\t${text.replace(/\s+/g, " ")}`,
        );
      }
    }
  }
}
