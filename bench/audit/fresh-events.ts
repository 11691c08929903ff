// Prints every event the coder emits on fresh news nobody judged or tuned on: the Reuters documents
// of CoNLL-2003 dev (../shared/bench/ner) and the GeoWebNews and GeoVirus articles
// (../shared/bench/geo), one line per event with its sentence. Diff two runs (before and after a
// change) to see what a mechanism does on text it was never tuned on, and judge those by hand.
// Usage: node bin/run-ts.js bench/audit/fresh-events.ts [--look] > FILE
//   --look  only the documents of news-precision's look half (its score half stays unread)
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { RawDoc } from "../../src/types.ts";
import { halfOf as conllHalf } from "../ner/conll-docs.ts";

const SHARED = join(import.meta.dirname, "..", "..", "..", "shared", "bench");
const jsonl = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const texts: [string, string][] = [];
const conll = new Map<number, string[]>();
for (const r of jsonl(join(SHARED, "ner", "conll2003-dev.jsonl")) as { doc: number; text: string }[])
  conll.set(r.doc, [...(conll.get(r.doc) ?? []), r.text]);
// (The same split as news-precision.ts's newsHalf: CoNLL by the NER bench's half, the geo sets by
// the first byte of SHA-256 of "set/id".)
const lookOnly = process.argv.includes("--look");
const geoLook = (set: string, id: string) =>
  createHash("sha256").update(`${set}/${id}`).digest()[0]! % 2 === 0;
for (const [id, lines] of conll)
  if (!lookOnly || conllHalf(id) === "look") texts.push([`conll-${id}`, lines.join("\n")]);
for (const set of ["geowebnews", "geovirus"])
  for (const r of jsonl(join(SHARED, "geo", `${set}.jsonl`)) as { id: string; text: string }[])
    if (!lookOnly || geoLook(set, r.id)) texts.push([`${set}-${r.id}`, r.text]);

const ctx = createContext();
const annotate = createPipeline(ctx, "annotate");
const coder = new DocCoder(loadCoderDictionaries(ctx.config.dataDir, ctx.config.dictDirs));
for (const [id, content] of texts) {
  const raw: RawDoc = { kind: "raw", id, input: "t", type: "text", content, clean: true };
  const doc = annotate(raw);
  if (doc.kind !== "annotated") continue;
  for (const e of coder.code(doc)) {
    const s = doc.sentences[e.sentenceIndex]!;
    const sentence = doc.text.slice(s.start, s.end).replace(/\s+/g, " ");
    console.log(
      `${id}#${e.sentenceIndex}\t${e.cameo.code} ${e.source.code} -> ${e.target?.code ?? "-"}${e.negated ? " (neg)" : ""} [${e.trigger.text}]\t${sentence}`,
    );
  }
}
