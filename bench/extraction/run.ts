// Main-text extraction benchmark: Sitrep against Mozilla Readability 0.6 (on linkedom and on jsdom),
// measured in the same run on the same pages and scored by ../shared/bench/score-extraction.mjs.
// Sets: scrapinghub (181 pages with human-written bodies) and dragnet (966 news and blog pages of
// 2012, a different era and set of sites). Each set is scored whole and in two halves split by a
// hash of the page name (split-halves.ts): "dev" is the half we study, "untuned" the half we only
// score. Each tool runs in its own child process so pages/s and peak RSS are its own. Then the
// publication-date benchmark (bench/dates/run.ts).
//   node bin/run-ts.js bench/extraction/run.ts [--set scrapinghub|dragnet|all] [--only TOOL]
//     [--keep DIR] [--failures N]
// --failures N lists Sitrep's N worst pages of the DEV half only (the untuned half is never listed).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error: plain JS module of bin/, no type declarations
import { isBuildFresh } from "../../bin/load-entry.js";
import { type Half, halfOf } from "./split-halves.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// The real path: the scorer runs its main() only when its own URL matches argv[1], which a symlinked
// ../shared would break.
const SHARED_LINK = join(ROOT, "..", "shared", "bench");
const SHARED = existsSync(SHARED_LINK) ? realpathSync(SHARED_LINK) : SHARED_LINK;
const SCORER = join(SHARED, "score-extraction.mjs");
const RUN_TS = join(ROOT, "bin", "run-ts.js");

interface BenchSet {
  readonly name: string;
  readonly dir: string;
  /** Tools run on this set. jsdom needs ~1.4 GB and ~5 pages/s: it runs on the small set only. */
  readonly tools: readonly string[];
  /** F1 target of the set (issues 3 and 10). */
  readonly targetF1: number;
}

const SETS: readonly BenchSet[] = [
  {
    name: "scrapinghub",
    dir: join(SHARED, "extraction", "scrapinghub"),
    tools: ["sitrep", "readability-linkedom", "readability-jsdom"],
    // Issue 3: published best F1 0.970, Readability.js 0.947, trafilatura 0.958.
    targetF1: 0.965,
  },
  {
    name: "dragnet",
    dir: join(SHARED, "extraction", "dragnet-train"),
    tools: ["sitrep", "readability-linkedom"],
    // Issue 10: >= 0.90 on held-out 2012 news and blog pages.
    targetF1: 0.9,
  },
];

const TARGET_SPEEDUP = { "readability-linkedom": 3, "readability-jsdom": 15 } as const;
const TARGET_RSS_MB = 300;

interface Timing {
  pages: number;
  /** CPU seconds of the timed extraction loop. */
  seconds: number;
  /** CPU seconds of the whole process: start-up, module loading, reading the pages, extraction. */
  processSeconds: number;
  peakRssMb: number;
}

interface Score {
  f1: number;
  precision: number;
  recall: number;
}

interface ToolResult extends Timing {
  tool: string;
  all: Score;
  halves: Record<Half, Score>;
}

function score(gold: string, pred: string, perDoc?: string): Score {
  const args = [SCORER, "--gold", gold, "--pred", pred, "--json", "--n-bootstrap", "100"];
  if (perDoc) args.push("--per-doc", perDoc);
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 })) as Score;
}

/** Writes gold-dev.json and gold-untuned.json for the set into outDir; returns their paths. */
function writeHalves(set: BenchSet, outDir: string): Record<Half, string> {
  const gold = JSON.parse(readFileSync(join(set.dir, "gold.json"), "utf8")) as Record<string, unknown>;
  const halves: Record<Half, Record<string, unknown>> = { dev: {}, untuned: {} };
  for (const [name, entry] of Object.entries(gold)) halves[halfOf(name)][name] = entry;
  const paths = {
    dev: join(outDir, `${set.name}-gold-dev.json`),
    untuned: join(outDir, `${set.name}-gold-untuned.json`),
  };
  writeFileSync(paths.dev, JSON.stringify(halves.dev));
  writeFileSync(paths.untuned, JSON.stringify(halves.untuned));
  return paths;
}

function runTool(set: BenchSet, tool: string, outDir: string, halves: Record<Half, string>): ToolResult {
  const pred = join(outDir, `${set.name}-${tool}.jsonl`);
  const worker = join(ROOT, "bench", "extraction", "extract-worker.mjs");
  const timing = JSON.parse(
    execFileSync(process.execPath, [worker, tool, join(set.dir, "html"), pred], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    }).trim(),
  ) as Timing;
  const perDoc = tool === "sitrep" ? join(outDir, `${set.name}-${tool}-dev-per-doc.jsonl`) : undefined;
  return {
    tool,
    ...timing,
    all: score(join(set.dir, "gold.json"), pred),
    halves: { dev: score(halves.dev, pred, perDoc), untuned: score(halves.untuned, pred) },
  };
}

interface PerDoc {
  id: string;
  precision: number | null;
  recall: number | null;
  predTokens: number;
  goldTokens: number;
}

function printFailures(set: BenchSet, outDir: string, n: number): void {
  const file = join(outDir, `${set.name}-sitrep-dev-per-doc.jsonl`);
  if (!existsSync(file)) return;
  const docs = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PerDoc);
  const f1 = (d: PerDoc) => {
    const p = d.precision ?? 0;
    const r = d.recall ?? 0;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  };
  docs.sort((a, b) => f1(a) - f1(b));
  console.log(`worst ${n} Sitrep pages of the ${set.name} dev half (F1 P R predTokens goldTokens):`);
  for (const d of docs.slice(0, n)) {
    console.log(
      `  ${d.id.padEnd(40)} ${f1(d).toFixed(2)} ${(d.precision ?? 0).toFixed(2)} ${(d.recall ?? 0).toFixed(2)} ${d.predTokens} ${d.goldTokens}`,
    );
  }
}

const fmt = (s: Score) => `${s.f1.toFixed(3)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}`;

function report(set: BenchSet, results: readonly ToolResult[]): void {
  const ours = results.find((r) => r.tool === "sitrep");
  console.log(`\nextraction: ${set.name} (${set.dir})`);
  console.log("pages/s are per CPU second (user + system) of the tool's own process: loop = extraction");
  console.log("only; process = the whole process (start-up, loading, reading the pages, extraction)");
  console.log(
    "tool                    F1     prec   recall  dev F1  untuned F1  loop p/s  process p/s  peak RSS MB  ratio loop / process",
  );
  const pps = (r: ToolResult) => r.pages / r.seconds;
  const ppp = (r: ToolResult) => r.pages / r.processSeconds;
  for (const r of results) {
    const ratio =
      ours && r !== ours ? `${(pps(ours) / pps(r)).toFixed(1)}x / ${(ppp(ours) / ppp(r)).toFixed(1)}x` : "";
    console.log(
      `${r.tool.padEnd(22)}  ${fmt(r.all)}  ${r.halves.dev.f1.toFixed(3)}   ${r.halves.untuned.f1.toFixed(3)}      ${pps(r).toFixed(1).padStart(7)}  ${ppp(r).toFixed(1).padStart(11)}  ${r.peakRssMb.toFixed(0).padStart(11)}  ${ratio}`,
    );
  }
  if (!ours) return;
  const checks = [
    `F1 ${ours.all.f1.toFixed(3)} (dev ${ours.halves.dev.f1.toFixed(3)}, untuned ${ours.halves.untuned.f1.toFixed(3)}; target >= ${set.targetF1})`,
    `peak RSS ${ours.peakRssMb.toFixed(0)} MB (target <= ${TARGET_RSS_MB})`,
  ];
  for (const r of results) {
    const target = TARGET_SPEEDUP[r.tool as keyof typeof TARGET_SPEEDUP];
    if (target)
      checks.push(`${(ppp(ours) / ppp(r)).toFixed(1)}x ${r.tool} whole process (target >= ${target}x)`);
  }
  console.log(`sitrep: ${checks.join("; ")}`);
}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): number {
  if (!existsSync(SCORER)) {
    console.log(`skipped: ${SCORER} is absent (the shared benchmark folder is not checked out)`);
    return 0;
  }
  const only = option(argv, "--only");
  const keep = option(argv, "--keep");
  const which = option(argv, "--set") ?? "all";
  const failures = Number(option(argv, "--failures") ?? 0);
  if (!["all", ...SETS.map((s) => s.name)].includes(which)) {
    console.error(`--set must be one of all, ${SETS.map((s) => s.name).join(", ")}`);
    return 2;
  }
  const outDir = keep ?? mkdtempSync(join(tmpdir(), "sitrep-extraction-"));
  mkdirSync(outDir, { recursive: true });
  console.log(`predictions in ${outDir}`);
  // The worker loads Sitrep as bin/sitrep.js does: a stale dist/ means the sources through tsx, whose
  // transpiling (~1 s of CPU) then counts in the whole-process ratio, which no user of a build pays.
  if (!isBuildFresh(ROOT))
    console.log(
      "note: dist/ is older than src/, so Sitrep runs through tsx and its process p/s include transpiling; `npm run prepare` rebuilds it",
    );
  for (const set of SETS) {
    if (which !== "all" && which !== set.name) continue;
    if (only === "dates") continue;
    if (!existsSync(join(set.dir, "gold.json"))) {
      console.log(`skipped ${set.name}: ${set.dir} is absent`);
      continue;
    }
    const halves = writeHalves(set, outDir);
    const results = set.tools.filter((t) => !only || t === only).map((t) => runTool(set, t, outDir, halves));
    report(set, results);
    if (failures > 0) printFailures(set, outDir, failures);
  }
  if ((!only || only === "dates") && which === "all") {
    const datesRun = join(ROOT, "bench", "dates", "run.ts");
    if (existsSync(datesRun)) {
      console.log("");
      process.stdout.write(execFileSync(process.execPath, [RUN_TS, datesRun], { encoding: "utf8" }));
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
