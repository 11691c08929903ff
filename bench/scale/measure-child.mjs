// One size of bench/scale, in a process of its own: reads the document run.ts wrote, runs it through
// the whole pipeline into a fresh SQLite file and prints its measurements as one JSON line. Plain
// JS that loads the pipeline with bin/load-entry.js, as `bin/sitrep.js` does: the precompiled dist/
// when it is fresh (what a user runs), else the sources through tsx (`"from"` says which).
//   node bench/scale/measure-child.mjs FILE WARM_UP_FILE MB [--stages]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { importEntry, isBuildFresh } from "../../bin/load-entry.js";

const [file, warmUpFile, mbText, ...flags] = process.argv.slice(2);
const withStages = flags.includes("--stages");
const mb = Number(mbText);
const MB = 1024 * 1024;

const { createContext } = await importEntry("context", "src/context.ts");
const { createEventStage, ingestInto } = await importEntry("pipeline", "src/pipeline.ts");
const { openStore } = await importEntry("store", "src/store/index.ts");
const { createAnnotator } = await importEntry("annotate", "src/annotate/index.ts");
const { createExtractor } = await importEntry("extract", "src/extract/index.ts");

/** Rows of every table of a SQLite file, by name. */
function tableRows(path) {
  const db = new Database(path, { readonly: true });
  try {
    const names = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all();
    return Object.fromEntries(
      names.map((name) => [name, Number(db.prepare(`select count(*) from "${name}"`).pluck().get())]),
    );
  } finally {
    db.close();
  }
}

const seconds = (since) => Number(process.hrtime.bigint() - since) / 1e9;
const cpuSeconds = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const content = readFileSync(file);
const warmUp = readFileSync(warmUpFile);
const raw = { kind: "raw", id: `scale-${mb}`, input: `scale-${mb}.txt`, type: "text", content };
const ctx = createContext({ maxInputBytes: 64 * MB });
let stages;
if (withStages) {
  // Stages are built (dictionaries, gazetteer loaded) before the clock starts; CPU seconds each.
  const extractor = createExtractor(ctx);
  const annotator = createAnnotator(ctx);
  const coder = createEventStage(ctx);
  let t = process.cpuUsage();
  const article = extractor(raw);
  const extract = cpuSeconds(t);
  t = process.cpuUsage();
  const annotated = annotator(article);
  const annotate = cpuSeconds(t);
  t = process.cpuUsage();
  coder(annotated);
  stages = { extract, annotate, code: cpuSeconds(t) };
}
const dir = mkdtempSync(join(tmpdir(), "sitrep-scale-"));
try {
  const store = await openStore({ dbPath: join(dir, "scale.db"), databaseUrl: null });
  // A small document goes first through the same run, so loading dictionaries and the gazetteer
  // is not counted: the clock starts when it has been stored.
  async function* inputs() {
    yield { ...raw, id: "warm-up", input: "warm-up.txt", content: warmUp };
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
  const cpu = cpuSeconds(cpuStarted);
  await store.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const row = {
    from: isBuildFresh() ? "dist" : "sources",
    tables: tableRows(join(dir, "scale.db")),
    mb,
    seconds: elapsed,
    cpuSeconds: cpu,
    peakRssMb,
    events: summary.events - warmUpEvents,
    stages,
  };
  console.log(JSON.stringify(row));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
