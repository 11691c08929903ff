// Main-text extraction benchmark: Sitrep against Mozilla Readability 0.6 (on linkedom and on jsdom),
// measured in the same run on ../shared/bench/extraction/scrapinghub (181 pages with human-written
// bodies) and scored by ../shared/bench/score-extraction.mjs. Each tool runs in its own child process
// so pages/s and peak RSS are its own. Then the publication-date benchmark (bench/dates/run.ts).
//   node bin/run-ts.js bench/extraction/run.ts [--only sitrep] [--keep DIR]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHARED = join(ROOT, "..", "shared", "bench");
const DATASET = join(SHARED, "extraction", "scrapinghub");
const SCORER = join(SHARED, "score-extraction.mjs");
const RUN_TS = join(ROOT, "bin", "run-ts.js");

const TOOLS = ["sitrep", "readability-linkedom", "readability-jsdom"] as const;
/** Targets from issue 3: published best F1 0.970, Readability.js 0.947, trafilatura 0.958. */
const TARGET_F1 = 0.965;
const TARGET_SPEEDUP = { "readability-linkedom": 3, "readability-jsdom": 15 } as const;
const TARGET_RSS_MB = 300;

interface ToolResult {
  tool: string;
  pages: number;
  seconds: number;
  peakRssMb: number;
  f1: number;
  precision: number;
  recall: number;
}

function runTool(tool: string, outDir: string): ToolResult {
  const pred = join(outDir, `${tool}.jsonl`);
  const worker = join(ROOT, "bench", "extraction", "extract-worker.ts");
  const timing = JSON.parse(
    execFileSync(process.execPath, [RUN_TS, worker, tool, join(DATASET, "html"), pred], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    }).trim(),
  ) as { pages: number; seconds: number; peakRssMb: number };
  const score = JSON.parse(
    execFileSync(
      process.execPath,
      [SCORER, "--gold", join(DATASET, "gold.json"), "--pred", pred, "--json", "--n-bootstrap", "100"],
      {
        encoding: "utf8",
      },
    ),
  ) as { f1: number; precision: number; recall: number };
  return { tool, ...timing, f1: score.f1, precision: score.precision, recall: score.recall };
}

function main(argv: string[]): number {
  if (!existsSync(join(DATASET, "gold.json")) || !existsSync(SCORER)) {
    console.log(
      `skipped: ${DATASET} or ${SCORER} is absent (the shared benchmark folder is not checked out)`,
    );
    return 0;
  }
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
  const keep = argv.includes("--keep") ? argv[argv.indexOf("--keep") + 1] : undefined;
  const outDir = keep ?? mkdtempSync(join(tmpdir(), "sitrep-extraction-"));
  mkdirSync(outDir, { recursive: true });
  const results = TOOLS.filter((t) => !only || t === only).map((t) => runTool(t, outDir));
  const ours = results.find((r) => r.tool === "sitrep");
  console.log(`extraction: ${DATASET} (predictions in ${outDir})`);
  console.log("pages/s are per second of CPU time (user + system) of the tool's own process");
  console.log(
    "tool                    F1     prec   recall  pages/s  peak RSS MB  speed ratio (Sitrep / tool)",
  );
  for (const r of results) {
    const pps = r.pages / r.seconds;
    const ratio = ours && r !== ours ? (ours.pages / ours.seconds / pps).toFixed(1) + "x" : "";
    console.log(
      `${r.tool.padEnd(22)}  ${r.f1.toFixed(3)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${pps.toFixed(1).padStart(7)}  ${r.peakRssMb.toFixed(0).padStart(11)}  ${ratio}`,
    );
  }
  if (ours) {
    const checks = [
      `F1 ${ours.f1.toFixed(3)} (target >= ${TARGET_F1})`,
      `peak RSS ${ours.peakRssMb.toFixed(0)} MB (target <= ${TARGET_RSS_MB})`,
    ];
    for (const r of results) {
      const target = TARGET_SPEEDUP[r.tool as keyof typeof TARGET_SPEEDUP];
      if (target)
        checks.push(
          `${(ours.pages / ours.seconds / (r.pages / r.seconds)).toFixed(1)}x ${r.tool} (target >= ${target}x)`,
        );
    }
    console.log(`sitrep: ${checks.join("; ")}`);
  }
  if (!only || only === "dates") {
    const datesRun = join(ROOT, "bench", "dates", "run.ts");
    if (existsSync(datesRun)) {
      console.log("");
      process.stdout.write(execFileSync(process.execPath, [RUN_TS, datesRun], { encoding: "utf8" }));
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
