// `sitrep demo`: the main job over the bundled demo corpus on the embedded default — extract,
// annotate, code, dedup and store into SQLite — then a readable summary: the documents, the top
// dyads and a sample of events with their evidence. `sitrep demo --serve` (what `npm start` runs)
// then builds the dashboard if missing, serves it with the API and replays the corpus as a live feed.
import { join } from "node:path";
import { createContext } from "../context.ts";
import { readInputs } from "../ingest/index.ts";
import { ingestInto } from "../pipeline.ts";
import { createDocumentIntake } from "../serve/document-intake.ts";
import { openLiveState, openStore } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import { runServe } from "./command-serve.ts";
import { DEMO_REPLAY_SOURCE, REPLAY_INTERVAL_MS, startDemoReplay } from "./demo-live-feed.ts";
import { type CommandSpec, DB_OPTION, HELP_OPTION, parseCommand, stringOption } from "./option-table.ts";
import { ensureWebBuilt } from "./web-build.ts";

export const DEMO_COMMAND: CommandSpec = {
  name: "demo",
  usage: "demo [--db FILE] [--serve [--port 8080] [--no-replay]]",
  summary:
    "Runs the pipeline over the bundled demo corpus (data/demo/) into the store and prints a summary.\n" +
    "With --serve (what `npm start` runs): ingests the demo only into an empty store, builds the\n" +
    "dashboard if missing, serves API and dashboard, and replays a demo document as a live feed.",
  maxPositionals: 0,
  options: [
    DB_OPTION,
    { name: "serve", type: "boolean", help: "then serve the API and dashboard (npm start)" },
    { name: "port", type: "string", default: "8080", value: "N", help: "port for --serve" },
    { name: "no-replay", type: "boolean", help: "with --serve: no replayed live feed" },
    HELP_OPTION,
  ],
};

const QUAD = ["", "verbal coop.", "material coop.", "verbal conflict", "material conflict"];

export async function runDemo(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(DEMO_COMMAND, args);
  const db = stringOption(values, "db");
  const ctx = createContext(db ? { dbPath: db } : {});
  if (!values.serve) return ingestDemo(ctx, io);
  // Serving: ingest only into an empty store (a second `npm start` starts at once).
  const store = await openStore(ctx.config);
  const { documents } = await store.counts();
  await store.close();
  const status = documents ? 0 : await ingestDemo(ctx, io);
  if (documents)
    io.stdout(`Store ${ctx.config.dbPath}: ${documents} documents already; not ingesting the demo again.\n`);
  await ensureWebBuilt(join(ctx.config.dataDir, ".."), io.stdout);
  const serveArgs = ["--db", ctx.config.dbPath, "--port", stringOption(values, "port") ?? "8080"];
  const code = await runServe(serveArgs, io, (url, h) => {
    io.stdout(`\nDashboard: ${url}\n`);
    if (values["no-replay"]) return;
    io.stdout(
      `Live feed: a demo document is replayed every ${REPLAY_INTERVAL_MS / 1000} s (--no-replay turns it off). Ctrl-C stops.\n`,
    );
    const intake = createDocumentIntake(h.store, h.ctx, h.announcer, h.metrics);
    h.watchSource({ ...DEMO_REPLAY_SOURCE, intervalMs: REPLAY_INTERVAL_MS });
    const live = openLiveState(h.store);
    let stop: (() => void) | null = null;
    let stopped = false;
    live
      .then((state) => {
        if (!stopped) stop = startDemoReplay(h.store, intake, io.stdout, REPLAY_INTERVAL_MS, state);
      })
      .catch((error) => io.stderr(`live feed: ${(error as Error).message}\n`));
    return () => {
      stopped = true;
      stop?.();
    };
  });
  return status || code;
}

async function ingestDemo(ctx: ReturnType<typeof createContext>, io: CliIo): Promise<number> {
  const demoDir = join(ctx.config.dataDir, "demo");
  const started = performance.now();
  const store = await openStore(ctx.config);
  try {
    io.stdout(`Sitrep demo: ${demoDir} → ${ctx.config.dbPath}\n\n`);
    const rows: string[] = [];
    const items = readInputs([demoDir], {
      type: "auto",
      maxBytes: ctx.config.maxInputBytes,
      readStdin: async () => new Uint8Array(),
    });
    const summary = await ingestInto(store, items, ctx, (p) => {
      const name = p.input.slice(demoDir.length + 1);
      if (p.outcome === "failed") rows.push(`  ✗ ${name}: ${p.detail}`);
      else if (p.doc) {
        const d = p.doc;
        const date = d.publishedAt ? d.publishedAt.slice(0, 10) : "undated   ";
        rows.push(
          `  ${date}  ${d.sourceType.padEnd(4)} ${(d.lang ?? "??").padEnd(2)} ${String(d.events).padStart(3)} events  ${(d.title ?? "(no title)").slice(0, 70)}`,
        );
      }
    });
    if (rows.length)
      io.stdout(`Documents stored (date, type, language, events, title):\n${rows.join("\n")}\n\n`);
    if (summary.skipped)
      io.stdout(`${summary.skipped} documents were already in the store and were skipped.\n\n`);
    const totals = await store.counts();
    io.stdout(
      `Store: ${totals.documents} documents, ${totals.events} events from ${totals.mentions} reports.\n\n`,
    );

    io.stdout("Top dyads (source → target: events, mean Goldstein):\n");
    for (const d of await store.topDyads({}, 8)) {
      io.stdout(
        `  ${d.sourceCode.padEnd(8)} → ${d.targetCode.padEnd(8)} ${String(d.events).padStart(3)}   ${d.meanGoldstein.toFixed(1)}\n`,
      );
    }
    io.stdout("\nSample events with their evidence:\n");
    for (const e of await store.queryEvents({}, { limit: 6, offset: 0 })) {
      const where = e.placeName ? ` in ${e.placeName}` : "";
      io.stdout(
        `  ${e.day}  ${e.sourceCode} → ${e.targetCode ?? "-"}  CAMEO ${e.cameoCode} (${QUAD[e.quadClass]}), PLOVER ${e.ploverType}${where}\n`,
      );
      io.stdout(`      "${e.evidence.slice(0, 150)}${e.evidence.length > 150 ? "…" : ""}"\n`);
    }
    const seconds = (performance.now() - started) / 1000;
    io.stdout(
      `\n${summary.seen} documents read (${summary.stored} stored, ${summary.skipped} skipped, ${summary.failed} failed) in ${seconds.toFixed(1)} s.\n`,
    );
    io.stdout(
      "Next: npx sitrep query dyads | npx sitrep export --format gdelt | npx sitrep code FILE --explain\n",
    );
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
