// bench/code: sentences per second from clean text through annotate + code, beside wink-nlp
// tokenize+POS alone in the same run, on a generated corpus of news-like sentences.
//   node bin/run-ts.js bench/code/run.ts [--sentences N]
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createAnnotator } from "../../src/annotate/index.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { createCoder } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import type { Article } from "../../src/types.ts";

const ACTORS = [
  "China",
  "Pakistan",
  "Russia",
  "Ukraine",
  "The United Nations",
  "Israeli troops",
  "Iran",
  "Turkey",
];
const PREDICATES = [
  "criticized",
  "met with",
  "accused",
  "signed a trade agreement with",
  "threatened to attack",
  "sent humanitarian aid to",
  "refused to meet",
  "held talks with",
  "imposed sanctions on",
  "shelled positions near",
];
const TAILS = ["on Monday.", "after weeks of tension.", ", officials said.", "in a statement.", "."];

/** A deterministic corpus: every combination in turn, so runs are comparable. */
function corpus(sentences: number, perDoc = 20): string[] {
  const docs: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const a = ACTORS[i % ACTORS.length]!;
    const b = ACTORS[(i * 3 + 1) % ACTORS.length]!;
    const p = PREDICATES[(i * 7) % PREDICATES.length]!;
    const t = TAILS[i % TAILS.length]!;
    current.push(`${a} ${p} ${b === a ? "Egypt" : b} ${t}`.replace(" ,", ",").replace(" .", "."));
    if (current.length === perDoc) {
      docs.push(current.join(" "));
      current = [];
    }
  }
  if (current.length) docs.push(current.join(" "));
  return docs;
}

function article(text: string, i: number): Article {
  return {
    kind: "article",
    id: `bench-${i}`,
    input: "bench",
    url: null,
    title: null,
    publishedAt: "2020-06-16T00:00:00Z",
    publishedPrecision: "day",
    modifiedAt: null,
    authors: [],
    siteName: null,
    lang: "en",
    text,
    paragraphs: [text],
    images: [],
    dateline: null,
    isArticle: true,
    sourceType: "text",
    warnings: [],
  };
}

const arg = process.argv.indexOf("--sentences");
const total = arg > 0 ? Number(process.argv[arg + 1]) : 20000;
const docs = corpus(total);
const ctx = createContext();
const tokenize = createTokenizer();
const baseAnnotate = createAnnotator(ctx);
// Until the lead wires the mention engine into createAnnotator, add its mentions here so the
// coder has actors to work on (the timing then covers the same work the wired pipeline will do).
const probe = baseAnnotate(article("China criticized Pakistan.", 0));
let addMentions: ((d: ReturnType<typeof baseAnnotate>) => ReturnType<typeof baseAnnotate>) | null = null;
if (!probe.mentions.length && existsSync(join(import.meta.dirname, "../../src/annotate/mentions/index.ts"))) {
  const m = await import("../../src/annotate/mentions/index.ts");
  const recognize = m.createMentionRecognizer(ctx);
  addMentions = (d) => ({ ...d, mentions: recognize(d) });
}
const annotate = (a: Article) => (addMentions ? addMentions(baseAnnotate(a)) : baseAnnotate(a));
const code = createCoder(ctx);

// Warm up both paths (model load, JIT) before timing: the first few hundred documents run several
// times slower while V8 compiles the hot functions.
for (let k = 0; k < 3; k++) for (const d of docs.slice(0, 200)) code(annotate(article(d, 0)));

let t0 = performance.now();
let sentences = 0;
for (const d of docs) sentences += tokenize(d).length;
const winkMs = performance.now() - t0;

/** CPU milliseconds (user + system) since `from`: what a stage cost even when other jobs share the machine. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
// Stage by stage, so the report says where the time goes.
let c0 = process.cpuUsage();
t0 = performance.now();
const annotated = docs.map((d, i) => baseAnnotate(article(d, i)));
const annotateMs = performance.now() - t0;
const annotateCpu = cpuMs(c0);
c0 = process.cpuUsage();
t0 = performance.now();
const withMentions = addMentions ? annotated.map(addMentions) : annotated;
const mentionMs = performance.now() - t0;
const mentionCpu = cpuMs(c0);
c0 = process.cpuUsage();
t0 = performance.now();
let events = 0;
for (const doc of withMentions) events += code(doc).length;
const codeMs = performance.now() - t0;
const codeCpu = cpuMs(c0);
const mentions = withMentions.reduce((n, d) => n + d.mentions.length, 0);
const fullMs = annotateMs + mentionMs + codeMs;

const rate = (ms: number) => Math.round((sentences * 1000) / ms);
console.log(`corpus: ${docs.length} documents, ${sentences} sentences`);
console.log(`wink-nlp tokenize+POS alone:  ${rate(winkMs)} sentences/s`);
console.log(
  `sitrep annotate + code:       ${rate(fullMs)} sentences/s (${mentions} mentions, ${events} events)`,
);
console.log(
  addMentions
    ? `  by stage: sentences+tokens ${rate(annotateMs)}/s, mentions ${rate(mentionMs)}/s, coder ${rate(codeMs)}/s`
    : `  by stage: annotate (sentences, tokens, mentions) ${rate(annotateMs)}/s, coder ${rate(codeMs)}/s`,
);
console.log(
  `  per CPU second: annotate + code ${rate(annotateCpu + mentionCpu + codeCpu)}/s, annotate ${rate(annotateCpu + mentionCpu)}/s, coder ${rate(codeCpu)}/s (load ${loadavg()[0]!.toFixed(1)})`,
);
console.log(`ratio: ${(winkMs / fullMs).toFixed(2)} of wink's speed; target >= 5000 sentences/s`);
if (addMentions)
  console.log("note: mentions added with createMentionRecognizer (not yet wired into createAnnotator)");
