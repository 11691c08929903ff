// Prints the events the implied institutional agents (src/code/implied-agents.ts) add or change
// on fresh news nobody tuned on: the Reuters documents of CoNLL-2003 dev (../shared/bench/ner),
// coded once without the implied-agents table and once with it, for judging by hand
// (--accusations: the accusations with a target, src/code/accused-clause.ts).
// Usage: node bin/run-ts.js bench/audit/implied-fresh.ts [--docs N]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { CodedEvent, RawDoc } from "../../src/types.ts";

const { values } = parseArgs({
  options: { docs: { type: "string", default: "400" }, accusations: { type: "boolean", default: false } },
});
const ROOT = join(import.meta.dirname, "..", "..");
const file = join(ROOT, "..", "shared", "bench", "ner", "conll2003-dev.jsonl");
const docs = new Map<number, string[]>();
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { doc: number; text: string };
  docs.set(r.doc, [...(docs.get(r.doc) ?? []), r.text]);
}
const ctx = createContext();
const annotate = createPipeline(ctx, "annotate");
const dict = loadCoderDictionaries(ctx.config.dataDir, ctx.config.dictDirs);
const without = new DocCoder({ ...dict, impliedAgents: [] });
const withImplied = new DocCoder(dict);
const key = (e: CodedEvent) => `${e.sentenceIndex}|${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`;
let added = 0;
let sentences = 0;
for (const [id, lines] of [...docs].slice(0, Number(values.docs))) {
  const raw: RawDoc = {
    kind: "raw",
    id: `conll-dev-${id}`,
    input: "t",
    type: "text",
    content: lines.join("\n"),
    clean: true,
  };
  const doc = annotate(raw);
  if (doc.kind !== "annotated") continue;
  sentences += doc.sentences.length;
  const before = new Set(without.code(doc).map(key));
  for (const e of withImplied.code(doc)) {
    // --accusations: every accusation with a target instead (accused-clause.ts), to judge by hand.
    if (values.accusations ? !(e.cameo.code.startsWith("112") && e.target) : before.has(key(e))) continue;
    added++;
    console.log(
      `[doc ${id} s${e.sentenceIndex}] ${e.source.code} -> ${e.target?.code ?? "-"} ${e.cameo.code} "${e.trigger.text}"\n  ${e.evidence}`,
    );
  }
}
console.log(
  `${added} events ${values.accusations ? "(accusations with a target)" : "added or changed"} on ${sentences} sentences of ${Math.min(docs.size, Number(values.docs))} documents`,
);
