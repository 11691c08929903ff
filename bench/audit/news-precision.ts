// bench/audit/news-precision.ts: precision of the event coder on real news it was never tuned on.
// The article texts of ../shared/bench/geo (GeoWebNews, GeoVirus: news and Wikinews stories
// annotated for toponyms, never used for coder tuning) go through the whole pipeline (annotate,
// code, locate; the text is the article body, so it is read as `clean`). Each document belongs to
// a half by the first byte of SHA-256 of "set/id": even is `look` (its false positives may be read
// to find kinds of error), odd is `score` (only measured). Emitted events of each half are shuffled
// with a fixed seed, so any prefix is a uniform random sample of that half's emissions; the judge
// worked from the top (news-precision-judged.jsonl, judged before the coder was changed).
//   node bin/run-ts.js bench/audit/news-precision.ts                 score the judged sample now
//   node bin/run-ts.js bench/audit/news-precision.ts --draw 120      write the sample to judge
//   node bin/run-ts.js bench/audit/news-precision.ts --wrong         wrong events of the look half
//   ... --draw 110 --half look --set geowebnews,geovirus,conll     a later batch: look half only, events
//   not yet judged, ids after the last of their prefix; --batch 962500e+ scores one batch alone
// The `fresh` rows (fresh-pages.ts) add real HTML pages: the audit's tune-half pages (sentences
// nobody judged) and the date bench's dev-half pages, halved the same way by SHA-256 of "set/id";
// `--draw N --set audit,dates` draws from them (ids f...).
// A judged event is found again by its document, sentence text and trigger; its current root,
// source and target are compared with the judge's (actors leniently, as bench:audit). An event the
// coder no longer emits is counted as removed (a right one removed is a lost true positive).
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { CodedDoc, CodedEvent } from "../../src/types.ts";
import { halfOf as conllHalf, readConllDocs } from "../ner/conll-docs.ts";
import { createRandom } from "../seeded-random.ts";
import { normalizeSentence, SHARED, sentenceText } from "./audit-pages.ts";
import { readJsonl } from "./audit-record.ts";
import { countryCodes } from "./audit-run.ts";
import { actorMatches } from "./audit-score.ts";
import { codeFreshPages, type FreshSet } from "./fresh-pages.ts";

const NEWS_SETS = {
  geowebnews: join(SHARED, "bench/geo/geowebnews.jsonl"),
  geovirus: join(SHARED, "bench/geo/geovirus.jsonl"),
  // Reuters stories of CoNLL-2003 dev (tokens re-joined by conll-docs.ts). Their half is the NER
  // bench's split of the same documents (look = look, untuned = score), so reading a look story
  // here never shows a sentence that bench:ner keeps untuned.
  conll: join(SHARED, "bench/ner/conll2003-dev.jsonl"),
} as const;
type NewsSet = keyof typeof NEWS_SETS | FreshSet;
type NewsHalf = "look" | "score";

/** One sampled emission, as the coder of `coderVersion` gave it. */
interface SampledEvent {
  id: string;
  half: NewsHalf;
  set: NewsSet;
  doc: string;
  sentenceIndex: number;
  text: string;
  previous: string[];
  title: string | null;
  trigger: string;
  code: string;
  source: string;
  target: string;
  negated: boolean;
  coderVersion: string;
}

/** The judge's verdict on one sampled emission (GUIDELINES.md applied to this one event). */
interface JudgedNewsEvent extends SampledEvent {
  /** The right CAMEO root for what this trigger reports, or null when it reports no codeable event. */
  goldRoot: string | null;
  /** The right source / target codes for that event ("" = no target); "?" when no codeable actor. */
  goldSource: string;
  goldTarget: string;
  kind?: string;
  note?: string;
}

const HERE = import.meta.dirname;
const JUDGED = join(HERE, "news-precision-judged.jsonl");
const SAMPLE = join(HERE, "news-precision-sample.jsonl");
// The date the sample was drawn: any fixed number would do.
const SEED = 20261205;

/** The row group a judged event is counted in besides its half. */
function groupOf(set: NewsSet): string {
  if (set === "conll") return "reuters";
  return set === "audit" || set === "dates" ? "fresh" : "geo";
}

export function newsHalf(set: NewsSet, id: string): NewsHalf {
  if (set === "conll") return conllHalf(Number(id)) === "look" ? "look" : "score";
  const byte = createHash("sha256").update(`${set}/${id}`).digest()[0]!;
  return byte % 2 === 0 ? "look" : "score";
}

interface CodedNewsDoc {
  set: NewsSet;
  half: NewsHalf;
  title: string | null;
  doc: CodedDoc;
}

/** Codes every document of both sets with the whole pipeline. */
async function codeAll(): Promise<CodedNewsDoc[]> {
  const run = createPipeline(createContext(), "code");
  const out: CodedNewsDoc[] = [];
  for (const c of readConllDocs(NEWS_SETS.conll)) {
    const raw = { kind: "raw", id: String(c.id), input: `conll#${c.id}`, type: "text", clean: true } as const;
    const coded = run({ ...raw, content: c.text, ...(c.publishedAt ? { date: c.publishedAt } : {}) });
    const title = c.text.slice(0, c.text.indexOf("\n")).trim() || null;
    if (coded.kind === "coded")
      out.push({ set: "conll", half: newsHalf("conll", raw.id), title, doc: coded });
  }
  for (const page of await codeFreshPages(run))
    out.push({ set: page.set, half: newsHalf(page.set, page.id), title: page.doc.title, doc: page.doc });
  for (const [set, path] of Object.entries(NEWS_SETS) as [NewsSet, string][]) {
    if (set === "conll") continue;
    const titles = new Map(
      readJsonl<{ id: string; title?: string }>(path).map((r) => [String(r.id), r.title ?? null]),
    );
    for await (const raw of readInputs([path], {
      type: "clean",
      maxBytes: 20 * 1024 * 1024,
      readStdin: async () => new Uint8Array(),
    })) {
      const coded = raw.kind === "failure" ? raw : run(raw);
      if (coded.kind !== "coded") {
        console.error(
          `news-precision: ${set}/${raw.id}: ${coded.kind === "failure" ? coded.error.message : ""}`,
        );
        continue;
      }
      out.push({ set, half: newsHalf(set, raw.id), title: titles.get(raw.id) ?? null, doc: coded });
    }
  }
  return out;
}

function sampled(d: CodedNewsDoc, e: CodedEvent, version: string): SampledEvent {
  const i = e.sentenceIndex;
  return {
    id: "",
    half: d.half,
    set: d.set,
    doc: d.doc.id,
    sentenceIndex: i,
    text: sentenceText(d.doc, i),
    previous: [i - 2, i - 1].filter((k) => k >= 0).map((k) => sentenceText(d.doc, k)),
    title: d.title,
    trigger: e.trigger.text,
    code: e.cameo.code,
    source: e.source.code,
    target: e.target?.code ?? "",
    negated: e.negated,
    coderVersion: version,
  };
}

function shuffled<T>(items: T[], seed: number): T[] {
  const random = createRandom(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const { values } = parseArgs({
  options: {
    draw: { type: "string" },
    // Draw only this set's emissions, ids prefixed with its initial ("cl001"), so a later batch
    // appends to the judged file without renumbering the first.
    set: { type: "string" },
    // Draw only this half ("look"): the score half's sample is then never written where it can be read.
    half: { type: "string" },
    // Score only the judged events of one batch (their coderVersion, e.g. "962500e+"), so a new
    // sample's precision before and after a change is read apart from the older batches.
    batch: { type: "string" },
    wrong: { type: "boolean", default: false },
  },
});

for (const path of Object.values(NEWS_SETS))
  if (!existsSync(path)) {
    console.log(`news-precision skipped: ${path} not found`);
    process.exit(0);
  }

const started = performance.now();
const docs = await codeAll();
const seconds = (performance.now() - started) / 1000;
const sentencesOf = (h: NewsHalf) =>
  docs.filter((d) => d.half === h).reduce((n, d) => n + d.doc.sentences.length, 0);
const eventsOf = (h: NewsHalf) => docs.filter((d) => d.half === h).flatMap((d) => d.doc.events);
console.log(`news-precision: ${docs.length} documents coded in ${seconds.toFixed(1)} s`);
for (const h of ["look", "score"] as const)
  console.log(
    `  ${h.padEnd(5)} ${sentencesOf(h)} sentences, ${eventsOf(h).length} events ` +
      `(${((eventsOf(h).length * 100) / Math.max(1, sentencesOf(h))).toFixed(1)} per 100 sentences)`,
  );

if (values.draw) {
  const version = `${execSync("git rev-parse --short HEAD").toString().trim()}+${docs[0]?.doc.events[0]?.dictionaryVersion ?? ""}`;
  const perHalf = Number(values.draw);
  const rows: SampledEvent[] = [];
  // A later batch leaves out the events already judged (same document, sentence and trigger) and
  // numbers its ids after the last judged id of its prefix, so it appends without collisions.
  const before = existsSync(JUDGED) ? readJsonl<JudgedNewsEvent>(JUDGED) : [];
  const judgedKeys = new Set(
    before.map((j) => `${j.set}/${j.doc}/${normalizeSentence(j.text)}/${j.trigger}`),
  );
  const halves = values.half ? [values.half as NewsHalf] : (["look", "score"] as const);
  for (const h of halves) {
    const sets = values.set?.split(",") ?? null;
    const prefix = `${sets ? (sets.includes("audit") ? "f" : sets[0]![0]) : ""}${h[0]}`;
    const last = Math.max(
      0,
      ...before
        .filter((j) => new RegExp(`^${prefix}\\d+$`).test(j.id))
        .map((j) => Number(j.id.slice(prefix.length))),
    );
    const all = docs
      .filter((d) => d.half === h && (!sets || sets.includes(d.set)))
      .flatMap((d) => d.doc.events.map((e) => sampled(d, e, version)))
      .filter((r) => !judgedKeys.has(`${r.set}/${r.doc}/${normalizeSentence(r.text)}/${r.trigger}`));
    for (const [k, r] of shuffled(all, SEED).slice(0, perHalf).entries())
      rows.push({ ...r, id: `${prefix}${String(last + k + 1).padStart(3, "0")}` });
  }
  writeFileSync(SAMPLE, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`news-precision: ${rows.length} events written to ${SAMPLE} (coder ${version})`);
  process.exit(0);
}

const judged = (existsSync(JUDGED) ? readJsonl<JudgedNewsEvent>(JUDGED) : []).filter(
  (j) => !values.batch || j.coderVersion === values.batch,
);
const countries = countryCodes();
const byKey = new Map<string, CodedEvent[]>();
for (const d of docs)
  for (const e of d.doc.events) {
    const key = `${d.set}/${d.doc.id}/${normalizeSentence(sentenceText(d.doc, e.sentenceIndex))}/${e.trigger.text}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }

interface Tally {
  judged: number;
  judgedRoot: number;
  judgedRight: number;
  kept: number;
  rootRight: number;
  sourceRight: number;
  tupleRight: number;
  removedRight: number;
  removedWrong: number;
}
const emptyTally = (): Tally => ({
  judged: 0,
  judgedRoot: 0,
  judgedRight: 0,
  kept: 0,
  rootRight: 0,
  sourceRight: 0,
  tupleRight: 0,
  removedRight: 0,
  removedWrong: 0,
});
// Rows: each half of all judged events, then each half of the GeoWebNews/GeoVirus sample and of
// the Reuters (CoNLL dev) sample, judged in separate batches.
const ROWS = [
  "look",
  "score",
  "geo/look",
  "geo/score",
  "reuters/look",
  "reuters/score",
  "fresh/look",
  "fresh/score",
] as const;
const tallies = Object.fromEntries(ROWS.map((r) => [r, emptyTally()])) as Record<string, Tally>;
const wrongLook: string[] = [];
for (const j of judged) {
  const group = `${groupOf(j.set)}/${j.half}`;
  const counted = [tallies[j.half]!, tallies[group]!];
  const add = (k: keyof Tally) => {
    for (const c of counted) c[k]++;
  };
  const tupleOf = (root: string, source: string, target: string) =>
    j.goldRoot !== null &&
    root === j.goldRoot &&
    actorMatches(j.goldSource, source, "lenient", countries) &&
    actorMatches(j.goldTarget, target || null, "lenient", countries);
  const wasRight = tupleOf(j.code.slice(0, 2), j.source, j.target);
  add("judged");
  if (wasRight) add("judgedRight");
  if (j.goldRoot !== null && j.code.slice(0, 2) === j.goldRoot) add("judgedRoot");
  const now = byKey.get(`${j.set}/${j.doc}/${normalizeSentence(j.text)}/${j.trigger}`) ?? [];
  // Several events on one trigger (a symmetric act in both directions): the one most like the judged.
  // (Same target first: a pact of six signatories holds thirty events on one trigger.)
  const e =
    now.find(
      (x) => x.cameo.code === j.code && x.source.code === j.source && (x.target?.code ?? "") === j.target,
    ) ??
    now.find((x) => x.cameo.code === j.code && x.source.code === j.source) ??
    now.find((x) => x.source.code === j.source) ??
    now[0];
  if (!e) {
    // (--wrong also lists the look half's right events the coder no longer emits.)
    if (wasRight && j.half === "look")
      wrongLook.push(
        `[${j.id}] removed, was right: ${j.code} ${j.source} -> ${j.target || "-"} [${j.trigger}]\n    ${j.text}`,
      );
    if (wasRight) add("removedRight");
    else add("removedWrong");
    continue;
  }
  add("kept");
  const rootOk = j.goldRoot !== null && e.cameo.root === j.goldRoot;
  if (rootOk) add("rootRight");
  if (rootOk && actorMatches(j.goldSource, e.source.code, "lenient", countries)) add("sourceRight");
  const right = tupleOf(e.cameo.root, e.source.code, e.target?.code ?? "");
  if (right) add("tupleRight");
  else if (j.half === "look")
    wrongLook.push(
      `[${j.id}] ${j.kind ?? "?"}: ${e.cameo.code} ${e.source.code} -> ${e.target?.code ?? "-"} [${j.trigger}]` +
        ` (gold ${j.goldRoot ?? "none"} ${j.goldSource} -> ${j.goldTarget || "-"})\n    ${j.text}` +
        (j.note ? `\n    note: ${j.note}` : ""),
    );
}

const f = (n: number, d: number) => (d ? (n / d).toFixed(2) : "-");
console.log("half          judged | then: rootP tupleP | now: kept rootP srcP tupleP | removed right/wrong");
for (const h of ROWS) {
  const t = tallies[h]!;
  if (!t.judged) continue;
  console.log(
    `${h.padEnd(13)} ${String(t.judged).padStart(6)} | ${f(t.judgedRoot, t.judged).padStart(11)} ${f(t.judgedRight, t.judged).padStart(6)} | ` +
      `${String(t.kept).padStart(9)} ${f(t.rootRight, t.kept).padStart(5)} ${f(t.sourceRight, t.kept).padStart(4)} ${f(t.tupleRight, t.kept).padStart(6)} | ` +
      `${String(t.removedRight).padStart(13)}/${t.removedWrong}`,
  );
}
console.log(
  "kept: judged events the coder still emits (found by document, sentence and trigger); new emissions are not judged.",
);
if (values.wrong) for (const w of wrongLook) console.log(w);
