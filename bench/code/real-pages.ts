// Codes the real news pages of ../shared/bench/extraction (dragnet-train, scrapinghub) and prints
// what the coder emits on each half of a deterministic split: sentences, events per 100
// sentences, the share with a target, roots. The "look" half may be read (--show N prints a
// seeded sample of its events, --silent N a sample of its sentences with no event); the "scored"
// half is only counted, so a gap between the halves shows tuning to the look half.
//   node bin/run-ts.js bench/code/real-pages.ts [--show N] [--silent N] [--limit PAGES]
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { CodedDoc, RawDoc } from "../../src/types.ts";
import { createRandom } from "../seeded-random.ts";

const SHARED = join(import.meta.dirname, "..", "..", "..", "shared", "bench", "extraction");
const SETS = ["dragnet-train", "scrapinghub"];

/** The half a page belongs to: by the first byte of sha1("set/id"), so it never changes. */
export function halfOf(set: string, id: string): "look" | "scored" {
  return createHash("sha1").update(`${set}/${id}`).digest()[0]! % 2 === 0 ? "look" : "scored";
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

if (!existsSync(SHARED)) {
  console.log(`skipped: ${SHARED} is absent`);
  process.exit(0);
}
const show = arg("--show", 0);
const silentShow = arg("--silent", 0);
const limit = arg("--limit", Number.POSITIVE_INFINITY);
const run = createPipeline(createContext(), "code");
interface Tally {
  pages: number;
  sentences: number;
  events: number;
  withTarget: number;
  asserted: number;
  roots: Map<string, number>;
}
const tally = (): Tally => ({
  pages: 0,
  sentences: 0,
  events: 0,
  withTarget: 0,
  asserted: 0,
  roots: new Map(),
});
const halves = { look: tally(), scored: tally() };
const samples: string[] = [];
const silent: string[] = [];
for (const set of SETS) {
  const gold = JSON.parse(readFileSync(join(SHARED, set, "gold.json"), "utf8")) as Record<string, unknown>;
  let n = 0;
  for (const id of Object.keys(gold).sort()) {
    if (n++ >= limit) break;
    const path = join(SHARED, set, "html", `${id}.html`);
    if (!existsSync(path)) continue;
    const raw: RawDoc = { kind: "raw", id, input: path, type: "html", content: readFileSync(path) };
    const doc = run(raw);
    if (doc.kind !== "coded") continue;
    const half = halfOf(set, id);
    const t = halves[half];
    t.pages++;
    t.sentences += doc.sentences.length;
    t.events += doc.events.length;
    for (const e of doc.events) {
      if (e.target) t.withTarget++;
      if (e.modality === "asserted" && !e.negated) t.asserted++;
      t.roots.set(e.cameo.root, (t.roots.get(e.cameo.root) ?? 0) + 1);
      if (half === "look")
        samples.push(
          `${set}/${id} ${e.cameo.code} ${e.source.code}→${e.target?.code ?? "-"} ${e.modality}${e.negated ? " neg" : ""} [${e.trigger.text}] ${e.evidence.replace(/\s+/g, " ").slice(0, 220)}`,
        );
    }
    if (half === "look") collectSilent(doc, set, id);
  }
}

function collectSilent(doc: CodedDoc, set: string, id: string) {
  const coded = new Set(doc.events.map((e) => e.sentenceIndex));
  doc.sentences.forEach((s, i) => {
    const text = doc.text.slice(s.start, s.end).replace(/\s+/g, " ");
    if (!coded.has(i) && text.length > 40) silent.push(`${set}/${id}#${i} ${text.slice(0, 240)}`);
  });
}

for (const [name, t] of Object.entries(halves)) {
  const roots = [...t.roots].sort((a, b) => a[0].localeCompare(b[0])).map(([r, c]) => `${r}:${c}`);
  console.log(
    `${name.padEnd(6)} pages ${t.pages} sentences ${t.sentences} events ${t.events} ` +
      `(${((100 * t.events) / Math.max(1, t.sentences)).toFixed(1)}/100 sentences, ` +
      `with target ${((100 * t.withTarget) / Math.max(1, t.events)).toFixed(0)}%, ` +
      `asserted ${((100 * t.asserted) / Math.max(1, t.events)).toFixed(0)}%)\n       roots ${roots.join(" ")}`,
  );
}
const pick = (list: string[], k: number, seed: number) => {
  const rnd = createRandom(seed);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
};
if (show) for (const s of pick(samples, show, 9)) console.log(s);
if (silentShow) for (const s of pick(silent, silentShow, 11)) console.log(s);
