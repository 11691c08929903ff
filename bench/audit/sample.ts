// bench/audit/sample.ts: draws the random samples of sentences the hand audit judges. Runs Sitrep's
// own extractor + annotator over every page of the two page sets and pools their sentences. Two
// strata, each shuffled with a fixed seed and written in that order, so any prefix of a stratum is
// itself a uniform random sample of it (judges work from the top and stop when time runs out):
//  - "random" (ids r0001...): all sentences. Most pages are blogs and shops, so few of these hold an
//    event; this stratum measures the base rate and precision on ordinary web text.
//  - "actor" (ids a0001...): sentences where the annotator (not the coder) found a codeable actor
//    (a state, agency, group or organisation with a CAMEO code). Denser in events, so recall can be
//    measured on a useful number of event sentences; it is conditioned on the annotator, which
//    GUIDELINES.md says.
//   node bin/run-ts.js bench/audit/sample.ts [--random 800] [--actor 1400] [--seed 20261205] [--out $TMPDIR/sitrep-audit-sample.jsonl]
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import { createRandom } from "../seeded-random.ts";
import { halfOf, missingShared, PAGE_SETS, type PageSet, sentenceText } from "./audit-pages.ts";
import type { SampledSentence } from "./audit-record.ts";
import { readJudged } from "./audit-run.ts";

const { values } = parseArgs({
  options: {
    random: { type: "string", default: "800" },
    actor: { type: "string", default: "1400" },
    // The date the sample was first drawn: any fixed number would do, this one is easy to recall.
    seed: { type: "string", default: "20261205" },
    // A working file, not kept in the repository: the judged records in judged-*.jsonl carry
    // everything a judgement needs, and the sample is rebuilt from ../shared on demand.
    out: { type: "string", default: join(tmpdir(), "sitrep-audit-sample.jsonl") },
  },
});

const missing = missingShared();
if (missing) {
  console.log(`bench:audit sample skipped: ${missing}`);
  process.exit(0);
}

const annotate = createPipeline(createContext(), "annotate");
const pool: SampledSentence[] = [];
/** Pool indexes of sentences with a codeable actor mention. */
const actorBearing: number[] = [];
const ACTOR_KINDS = new Set(["state", "agent", "group", "organization"]);
let pages = 0;
let skippedLang = 0;
let failed = 0;
for (const [set, dir] of Object.entries(PAGE_SETS) as [PageSet, string][]) {
  for await (const raw of readInputs([dir], {
    type: "html",
    maxBytes: 20 * 1024 * 1024,
    readStdin: async () => new Uint8Array(),
  })) {
    pages++;
    if (raw.kind === "failure") {
      failed++;
      continue;
    }
    const doc = annotate(raw);
    if (doc.kind === "failure") {
      failed++;
      continue;
    }
    // The coder reads English; a page the extractor calls another language has nothing to audit.
    if (doc.lang && doc.lang !== "en") {
      skippedLang++;
      continue;
    }
    const texts = doc.sentences.map((_, i) => sentenceText(doc, i));
    const withActor = new Set(
      doc.mentions
        .filter((m) => ACTOR_KINDS.has(m.kind) && m.code && m.form !== "pronoun")
        .map((m) => m.sentenceIndex),
    );
    texts.forEach((text, index) => {
      if (!/\p{L}/u.test(text)) return;
      if (withActor.has(index)) actorBearing.push(pool.length);
      pool.push({
        id: "",
        stratum: "random",
        set,
        page: raw.id,
        half: halfOf(set, raw.id),
        index,
        text,
        context: {
          title: doc.title,
          published: doc.publishedAt,
          dateline: doc.dateline ? doc.dateline.place : null,
          previous: texts.slice(Math.max(0, index - 2), index),
        },
      });
    });
  }
}

/** Fisher-Yates with the seeded PRNG: the same pages and code give the same order every run. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The actor stratum leaves out the first 800 sentences of the random stratum (as first drawn), so
 * no sentence is judged twice; the number is fixed, not --random, so that growing either stratum
 * only appends to it and never reorders what was already judged.
 */
const RANDOM_DRAWN_FIRST = 800;
const random = createRandom(Number(values.seed));
const fullOrder = shuffled(
  pool.map((_, i) => i),
  random,
);
const order = fullOrder.slice(0, Number(values.random));
const taken = new Set(fullOrder.slice(0, RANDOM_DRAWN_FIRST));
const actorOrder = shuffled(actorBearing, random)
  .filter((i) => !taken.has(i))
  .slice(0, Number(values.actor));
const rank = (prefix: string, n: number) => `${prefix}${String(n + 1).padStart(4, "0")}`;
const drawn: SampledSentence[] = [
  ...order.map((p, n) => ({ ...pool[p]!, id: rank("r", n), stratum: "random" as const })),
  ...actorOrder.map((p, n) => ({ ...pool[p]!, id: rank("a", n), stratum: "actor" as const })),
];
writeFileSync(values.out!, `${drawn.map((s) => JSON.stringify(s)).join("\n")}\n`);
// The pool is whatever the current extractor and annotator produce, so a change to either reorders
// the shuffle: the ids drawn now are then other sentences than the judged ones with the same ids,
// and appending them would break the prefix the audit rests on. Say so loudly; GUIDELINES.md names
// the commit whose code reproduces the judged prefix.
const judgedById = new Map(readJudged().map((j) => [j.id, j]));
const drifted = drawn.filter((s) => {
  const j = judgedById.get(s.id);
  return j && (j.page !== s.page || j.index !== s.index || j.text !== s.text);
});
if (drifted.length > 0) {
  console.log(
    `WARNING: ${drifted.length} of the ${judgedById.size} judged ids now draw other sentences (first: ${drifted[0]!.id}); ` +
      "the pipeline changed the pool, so do not append this draw: draw from the commit GUIDELINES.md names",
  );
}
console.log(
  `pages ${pages} (failed ${failed}, not English ${skippedLang}), sentences pooled ${pool.length} ` +
    `(${actorBearing.length} with an actor); sampled ${order.length} random + ${actorOrder.length} actor -> ${values.out}`,
);
