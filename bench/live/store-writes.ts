// What storing a worker's documents costs PostgreSQL, apart from coding them: the document jobs'
// store calls (findDocument, nearDuplicateCandidates, saveDocument, in the order the pipeline made
// them) are recorded once over generated stories, then replayed on fresh databases, with the
// outbox relay run every few documents as a busy worker runs it. Prints per document the
// statements sent and the round trips they took (a statement written while another is unanswered
// on its connection, as a pipelined BEGIN or COMMIT is, takes none of its own), the client's CPU
// (building and parsing them) and the database backends' CPU (/proc), the load-independent measures of issue 12's lever (fewer, cheaper statements), and
// the statements by shape with --shapes.
// The calls are a worker's (feed items with URLs, the known-document check in the save), or with
// --bare-jobs batch ingest's (no URL, a lookup before coding).
//   node bin/run-ts.js bench/live/store-writes.ts [--documents 300] [--rounds 3] [--shapes] [--bare-jobs]
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createContext } from "../../src/context.ts";
import { createDocumentIngester } from "../../src/pipeline.ts";
import { openLiveState, openStore, type Store } from "../../src/store/index.ts";
import { separateFunctionsSql } from "../../src/store/postgres/one-statement-rollups.ts";
import { createBenchDatabase } from "./bench-database.ts";
import { processCpuSeconds } from "./cpu-meter.ts";
import { benchStoryInput } from "./stories.ts";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "300" },
    rounds: { type: "string", default: "3" },
    /** Run the relay after this many documents (a worker at ~30 docs/s runs it every 250 ms). */
    "relay-every": { type: "string", default: "8" },
    shapes: { type: "boolean", default: false },
    /** SQL run on each fresh database after its migrations (an experiment: an index, a setting). */
    setup: { type: "string", multiple: true, default: [] },
    /** Also replay with the ten roll-up trigger functions of migrations 011-017 (before 018). */
    "ten-functions": { type: "boolean", default: false },
    /** Stories as batch ingest stores them (no URL, looked up before coding), not as a worker's feed jobs. */
    "bare-jobs": { type: "boolean", default: false },
    /** Keep the last round's database (its name is printed) to look at its plans. */
    keep: { type: "boolean", default: false },
  },
});

// Every statement the store's driver sends, counted by shape (kysely's pg dialect uses this method).
const driver = createRequire(import.meta.url)("pg") as typeof pg;
const shapes = new Map<string, number>();
let statements = 0;
/** Statements written while another was in flight on the same connection (pipeline mode): they
 * cost no round trip of their own. statements - riding = the round trips a document waits for. */
let riding = 0;
type ClientQueues = { _activeQuery?: unknown; _sentQueryQueue?: unknown[] };
const send = driver.Client.prototype.query;
driver.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
  const queues = this as unknown as ClientQueues;
  if (queues._activeQuery || queues._sentQueryQueue?.length) riding++;
  const text = typeof config === "string" ? config : ((config as { text?: string })?.text ?? "?");
  const shape = text
    .replace(/\s+/g, " ")
    .replace(/\$\d+/g, "$")
    .replace(/(\(\$(, \$)*\)(, )?)+/g, "(…)")
    .slice(0, 140);
  shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  statements++;
  return (send as (...a: unknown[]) => unknown).call(this, config, ...rest);
} as typeof send;

async function freshDatabase() {
  const { admin, name, url } = await createBenchDatabase("sitrep_bench_writes");
  return {
    url,
    async backendCpu(): Promise<Map<number, number>> {
      const r = await admin.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1", [
        name,
      ]);
      return new Map(r.rows.map((row) => [row.pid, processCpuSeconds(row.pid) ?? 0]));
    },
    async drop(keep = false) {
      if (!keep) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The ingester options of a queue's worker (src/queue/job-processors.ts). */
const WORKER_OPTIONS = { checkWhenSaving: true };

type Call = { name: "findDocument" | "nearDuplicateCandidates" | "saveDocument"; args: unknown[] };

/** The store calls of coding `n` stories (and 20 warm-up ones first, not recorded). */
async function recordCalls(n: number): Promise<Call[]> {
  const db = await freshDatabase();
  const store = await openStore({ dbPath: "", databaseUrl: db.url });
  const calls: Call[] = [];
  let recording = false;
  const recorder = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (name !== "findDocument" && name !== "nearDuplicateCandidates" && name !== "saveDocument")
        return value;
      return (...args: unknown[]) => {
        if (recording) calls.push({ name, args });
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  }) as Store;
  // A worker's document jobs (job-processors.ts): a feed item's URL, the check in the save itself.
  const bare = values["bare-jobs"];
  const ingest = createDocumentIngester(recorder, createContext(), undefined, bare ? {} : WORKER_OPTIONS);
  const story = (i: number) => benchStoryInput(i, !bare);
  for (let i = 0; i < 20; i++) await ingest(story(1_000_000 + i));
  recording = true;
  for (let i = 0; i < n; i++) await ingest(story(i));
  await store.close();
  await db.drop();
  return calls;
}

async function replay(calls: readonly Call[], documents: number, keep: boolean, setup: string) {
  const db = await freshDatabase();
  const store = await openStore({ dbPath: "", databaseUrl: db.url });
  const live = await openLiveState(store);
  if (setup) {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query(setup);
    await c.end();
  }
  const relayEvery = Number(values["relay-every"]);
  await live.outbox.startCursor("bench");
  const relay = () => live.outbox.relay("bench", 200, async () => {});
  shapes.clear();
  const statements0 = statements;
  const riding0 = riding;
  const backends0 = await db.backendCpu();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let saved = 0;
  for (const c of calls) {
    await (store[c.name] as (...a: unknown[]) => Promise<unknown>)(...c.args);
    if (c.name === "saveDocument" && ++saved % relayEvery === 0) await relay();
  }
  await relay();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const sent = statements - statements0;
  const roundTrips = sent - (riding - riding0);
  let backends = 0;
  for (const [pid, s] of await db.backendCpu()) backends += s - (backends0.get(pid) ?? 0);
  const byShape = [...shapes].sort((a, b) => b[1] - a[1]);
  await store.close();
  if (keep) console.log(`kept ${db.url}`);
  await db.drop(keep);
  return {
    statements: sent / documents,
    roundTrips: roundTrips / documents,
    clientMs: (cpu.user + cpu.system) / 1000 / documents,
    backendMs: (1000 * backends) / documents,
    wallMs: wall / documents,
    byShape,
  };
}

const n = Number(values.documents);
const calls = await recordCalls(n);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// With --setup, each round replays on a database of each variant in turn (the first without any),
// so a change of machine load hits all of them.
const variants = [
  "",
  ...(values["ten-functions"] ? [`-- ten functions\n${separateFunctionsSql().join(";\n")}`] : []),
  ...(values.setup ?? []),
];
const label = (v: string) => (v.startsWith("-- ") ? v.slice(3, v.indexOf("\n")) : v);
const runsOf = new Map(variants.map((v) => [v, [] as Awaited<ReturnType<typeof replay>>[]]));
for (let r = 0; r < Number(values.rounds); r++)
  for (const v of variants) {
    const run = await replay(calls, n, values.keep && r === Number(values.rounds) - 1, v);
    runsOf.get(v)!.push(run);
    console.log(
      `round ${r + 1}${v ? ` [${label(v)}]` : ""}: ${run.statements.toFixed(2)} statements/doc in ${run.roundTrips.toFixed(2)} round trips, client CPU ${run.clientMs.toFixed(2)} ms/doc, ` +
        `PostgreSQL backend CPU ${run.backendMs.toFixed(2)} ms/doc, wall ${run.wallMs.toFixed(1)} ms/doc  (load ${loadavg()[0]!.toFixed(1)})`,
    );
  }
for (const [v, runs] of runsOf)
  console.log(
    `${v ? `[${label(v)}] ` : ""}median of ${runs.length}, ${n} documents: ${median(runs.map((r) => r.statements)).toFixed(2)} statements/doc in ${median(runs.map((r) => r.roundTrips)).toFixed(2)} round trips, ` +
      `client ${median(runs.map((r) => r.clientMs)).toFixed(2)} ms/doc, backends ${median(runs.map((r) => r.backendMs)).toFixed(2)} ms/doc`,
  );
if (values.shapes)
  for (const [shape, count] of runsOf.get("")![0]!.byShape)
    console.log(`${(count / n).toFixed(2)}\t${shape}`);
