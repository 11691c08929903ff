// bench/scale: time and peak memory of one document of 100 KB, 1 MB, 5 MB and 20 MB through the
// whole pipeline (extract → annotate → code → locate → dedup → store into a fresh SQLite file),
// each size in its own child process (measure-child.mjs) so its peak RSS is its own. The child
// runs what a user runs: the precompiled dist/ when it is fresh (`node scripts/build-dist.mjs`),
// as `bin/sitrep.js` does; each line says which. Prints seconds per MB and the ratio of the
// largest size's per-MB time to the smallest's: near-linear work keeps it near 1 (issue 11 asks
// for at most 2).
//   node bin/run-ts.js bench/scale/run.ts [--sizes 0.1,1,5,20] [--stages] [--heap MB]
// --stages also times extract, annotate and code alone, in CPU seconds (one more pass over each
// document).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateDocument } from "./document-generate.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "0.1,1,5,20" },
    stages: { type: "boolean", default: false },
    /**
     * V8's old-space limit of each child, in MB. Without a tight limit V8 lets garbage pile up to
     * several times what is live before it collects, so the peak RSS shows V8's thrift as much as
     * what the pipeline needs: `--heap 1024` checks that a size fits a 1 GB heap (or dies trying).
     */
    heap: { type: "string", default: "4096" },
  },
});

/** The issue's bound on time per MB, largest size over smallest. */
const MAX_PER_MB_RATIO = 2;
const MB = 1024 * 1024;

interface Measurement {
  /** "dist" (the precompiled build) or "sources" (through tsx: the build is missing or stale). */
  from: string;
  mb: number;
  seconds: number;
  /** CPU seconds (user + system) of the run: less sensitive than wall time to other jobs. */
  cpuSeconds: number;
  peakRssMb: number;
  events: number;
  /** CPU seconds of extract, annotate and code run alone (--stages). */
  stages?: Record<string, number>;
  /** Rows of each table after the run (the warm-up document's included): what was stored. */
  tables: Record<string, number>;
}

function main(): void {
  const sizes = values.sizes.split(",").map(Number);
  const rows: Measurement[] = [];
  const dir = mkdtempSync(join(tmpdir(), "sitrep-scale-docs-"));
  try {
    const warmUp = join(dir, "warm-up.txt");
    writeFileSync(warmUp, generateDocument(4096, 7));
    for (const mb of sizes) {
      const file = join(dir, `scale-${mb}.txt`);
      writeFileSync(file, generateDocument(Math.round(mb * MB)));
      const args = [join(import.meta.dirname, "measure-child.mjs"), file, warmUp, String(mb)];
      if (values.stages) args.push("--stages");
      const out = execFileSync(process.execPath, [`--max-old-space-size=${values.heap}`, ...args], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 16 * MB,
      });
      rmSync(file);
      const row = JSON.parse(out.trim().split("\n").at(-1)!) as Measurement;
      rows.push(row);
      const stageText = row.stages
        ? `  (CPU s: extract ${row.stages.extract!.toFixed(1)}, annotate ${row.stages.annotate!.toFixed(1)}, code ${row.stages.code!.toFixed(1)})`
        : "";
      console.log(
        `${String(mb).padStart(5)} MB  ${row.seconds.toFixed(1).padStart(7)} s  ${(row.seconds / mb).toFixed(2).padStart(6)} s/MB  CPU ${row.cpuSeconds.toFixed(1).padStart(6)} s  ${(row.cpuSeconds / mb).toFixed(2).padStart(6)} CPU s/MB  peak RSS ${row.peakRssMb.toFixed(0).padStart(5)} MB  ${row.events} events  [${row.from}]${stageText}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (rows.some((r) => r.from !== "dist"))
    console.log("note: ran the sources through tsx; `node scripts/build-dist.mjs` to time what users run");
  const first = rows[0]!;
  const last = rows.at(-1)!;
  // What the largest document stored, table by table (with the 4 KB warm-up document's rows), so
  // a change in what is stored shows beside a change in time or memory.
  const stored = Object.entries(last.tables);
  console.log(`rows stored at ${last.mb} MB: ${stored.map(([name, n]) => `${name} ${n}`).join(", ")}`);
  const ratio = last.seconds / last.mb / (first.seconds / first.mb);
  const cpuRatio = last.cpuSeconds / last.mb / (first.cpuSeconds / first.mb);
  const verdict = (r: number) => (r <= MAX_PER_MB_RATIO ? "OK" : "OVER");
  console.log(
    `per-MB time, ${last.mb} MB / ${first.mb} MB: wall ${ratio.toFixed(2)}× ${verdict(ratio)}, CPU ${cpuRatio.toFixed(2)}× ${verdict(cpuRatio)} (target ≤ ${MAX_PER_MB_RATIO}×)`,
  );
}

main();
