// bench/scale: time and peak memory of one document of 100 KB, 1 MB, 5 MB and 20 MB through the
// whole pipeline (extract → annotate → code → locate → dedup → store into a fresh SQLite file),
// each size in its own child process so its peak RSS is its own. Prints seconds per MB and the
// ratio of the largest size's per-MB time to the smallest's: near-linear work keeps it near 1
// (issue 11 asks for at most 2).
//   node bin/run-ts.js bench/scale/run.ts [--sizes 0.1,1,5,20] [--stages] [--heap MB]
// --stages also times extract, annotate and code alone (one more pass over each document).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { createAnnotator } from "../../src/annotate/index.ts";
import { createContext } from "../../src/context.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { createEventStage, ingestInto } from "../../src/pipeline.ts";
import { openStore } from "../../src/store/index.ts";
import type { RawDoc } from "../../src/types.ts";
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
    /** Internal: run one size in this process and print its measurements as JSON. */
    child: { type: "string" },
  },
});

/** The issue's bound on time per MB, largest size over smallest. */
const MAX_PER_MB_RATIO = 2;
const MB = 1024 * 1024;

interface Measurement {
  mb: number;
  seconds: number;
  /** CPU seconds (user + system) of the run: less sensitive than wall time to other jobs. */
  cpuSeconds: number;
  peakRssMb: number;
  events: number;
  stages?: Record<string, number>;
  /** Rows of each table after the run (the warm-up document's included): what was stored. */
  tables: Record<string, number>;
}

/** Rows of every table of a SQLite file, by name. */
function tableRows(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    const names = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      names.map((name) => [name, Number(db.prepare(`select count(*) from "${name}"`).pluck().get())]),
    );
  } finally {
    db.close();
  }
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

async function runChild(mb: number, withStages: boolean): Promise<Measurement> {
  const text = generateDocument(Math.round(mb * MB));
  const raw: RawDoc = {
    kind: "raw",
    id: `scale-${mb}`,
    input: `scale-${mb}.txt`,
    type: "text",
    content: Buffer.from(text, "utf8"),
  };
  const ctx = createContext({ maxInputBytes: 64 * MB });
  let stages: Record<string, number> | undefined;
  if (withStages) {
    // Stages are built (dictionaries, gazetteer loaded) before the clock starts.
    const extractor = createExtractor(ctx);
    const annotator = createAnnotator(ctx);
    const coder = createEventStage(ctx);
    let t = process.hrtime.bigint();
    const article = extractor(raw);
    const extract = seconds(t);
    t = process.hrtime.bigint();
    const annotated = annotator(article);
    const annotate = seconds(t);
    t = process.hrtime.bigint();
    coder(annotated);
    stages = { extract, annotate, code: seconds(t) };
  }
  const dir = mkdtempSync(join(tmpdir(), "sitrep-scale-"));
  try {
    const store = await openStore({ dbPath: join(dir, "scale.db"), databaseUrl: null });
    // A small document goes first through the same run, so loading dictionaries and the gazetteer
    // is not counted: the clock starts when it has been stored.
    async function* inputs() {
      yield { ...raw, id: "warm-up", input: "warm-up.txt", content: generateDocument(4096, 7) };
      yield raw;
    }
    let started = process.hrtime.bigint();
    let cpuStarted = process.cpuUsage();
    let warmUpEvents = 0;
    const summary = await ingestInto(store, inputs(), ctx, (p) => {
      if (p.outcome === "failed") throw new Error(`ingest failed: ${p.detail}`);
      if (p.input !== "warm-up.txt") return;
      warmUpEvents = p.doc?.events ?? 0;
      started = process.hrtime.bigint();
      cpuStarted = process.cpuUsage();
    });
    const elapsed = seconds(started);
    const cpu = process.cpuUsage(cpuStarted);
    await store.close();
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    return {
      tables: tableRows(join(dir, "scale.db")),
      mb,
      seconds: elapsed,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb,
      events: summary.events - warmUpEvents,
      stages,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const sizes = values.sizes.split(",").map(Number);
  const rows: Measurement[] = [];
  for (const mb of sizes) {
    const args = [
      join(import.meta.dirname, "../../bin/run-ts.js"),
      import.meta.filename,
      "--child",
      String(mb),
    ];
    if (values.stages) args.push("--stages");
    const out = execFileSync(process.execPath, [`--max-old-space-size=${values.heap}`, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 16 * MB,
    });
    const row = JSON.parse(out.trim().split("\n").at(-1)!) as Measurement;
    rows.push(row);
    const stageText = row.stages
      ? `  (extract ${row.stages.extract!.toFixed(1)} s, annotate ${row.stages.annotate!.toFixed(1)} s, code ${row.stages.code!.toFixed(1)} s)`
      : "";
    console.log(
      `${String(mb).padStart(5)} MB  ${row.seconds.toFixed(1).padStart(7)} s  ${(row.seconds / mb).toFixed(2).padStart(6)} s/MB  CPU ${row.cpuSeconds.toFixed(1).padStart(6)} s  ${(row.cpuSeconds / mb).toFixed(2).padStart(6)} CPU s/MB  peak RSS ${row.peakRssMb.toFixed(0).padStart(5)} MB  ${row.events} events${stageText}`,
    );
  }
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

if (values.child) {
  const row = await runChild(Number(values.child), values.stages);
  console.log(JSON.stringify(row));
} else {
  main();
}
