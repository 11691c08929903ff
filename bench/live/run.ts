// bench/live: the live side's two numbers (issue 12), each against its peer in the same run.
//   node bin/run-ts.js bench/live/run.ts [--documents 200] [--rounds 3] [--mode both|sequential|raced]
//       [--items 200] [--skip-workers] [--skip-latency] [--worker-node-args="…"] [--sample-waits]
// 1. Throughput of `sitrep worker` processes on BullMQ (Redis 127.0.0.1:6379) storing into
//    PostgreSQL (127.0.0.1:5432): the same backlog worked by 1 worker, then by 2, `--rounds` times
//    alternately (so a change of machine load hits both sides); prints docs/s, each round's ratio
//    2 workers / 1 worker and their median (target ≥ 1.6 on a 2-core machine), with the load average.
//    Then the peer in the same run (raced): a 1-worker and a 2-worker deployment at the same time,
//    compared when the first is done; 2.0x means nothing serialises a deployment's workers.
//    Workers load their models and every deployment works 200 documents before the clock starts
//    (the same store size for both: a document's near-duplicate candidates grow with it); every run
//    prints CPU ms per document by process (workers and their helper threads, the run's PostgreSQL
//    backends, the rest of PostgreSQL, Redis, this process: cpu-meter.ts), so the ceiling of the
//    ratio on the machine shows. --worker-node-args="--cpu-prof --cpu-prof-dir=DIR" profiles them.
// 2. Latency from the moment a polled feed shows a new item to its events being stored and
//    announced: a local feed gains one item every 150 ms, `startWatching` polls it every second on
//    the embedded default (SQLite, in-process channel); p50/p95 over the items (target p95 < 1 s).
//    The poll interval is excluded by starting the clock when the feed response listing the item
//    is sent, not when the item was added.
// The backlog's jobs are shaped as a polled feed's are (a registered source, the item's URL; the
// page's bytes inline instead of fetched), so the run sees each job's status count and version
// lookups; --bare-jobs drops source and URL. Each run also prints PostgreSQL commits and Redis
// commands per document: counts that, unlike seconds, the machine's load does not move.
import { mkdtempSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createContext } from "../../src/context.ts";
import { createBullmqQueue, type NewJob, onDocument, startWatching } from "../../src/queue/index.ts";
import { parseSourcesText } from "../../src/sources/index.ts";
import { openStore } from "../../src/store/index.ts";
import { type CpuReading, formatCpu } from "./cpu-meter.ts";
import { BENCH_SOURCE, deploy, PG_ADMIN, REDIS_URL } from "./deployment.ts";
import { benchPage, benchStory } from "./stories.ts";
import { formatWaits } from "./wait-sampler.ts";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "200" },
    rounds: { type: "string", default: "3" },
    /** sequential: 1 worker, then 2; raced: both at the same time; both (default). */
    mode: { type: "string", default: "both" },
    items: { type: "string", default: "200" },
    "skip-workers": { type: "boolean", default: false },
    "skip-latency": { type: "boolean", default: false },
    /** Node options for the worker processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof". */
    "worker-node-args": { type: "string", default: "" },
    /** Jobs as the bench had them before: no source, no URL (the cheapest store path). */
    "bare-jobs": { type: "boolean", default: false },
    /** Sample what the run's PostgreSQL backends wait on (wait-sampler.ts) and print the shares. */
    "sample-waits": { type: "boolean", default: false },
  },
});
const NODE_ARGS = values["worker-node-args"].split(" ").filter(Boolean);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/**
 * Documents none of the timed backlogs hold, worked before the clock by every deployment, whatever
 * its number of workers: the JIT and connections warm on them, and every timed backlog meets a store
 * of the same size. The size matters: the generated stories share SimHash bands with about half the
 * stories stored before them (a story 400-499 shares one with 229 of the ~450 before it), so a document's
 * band matches, which PostgreSQL reads for its near-duplicate check, grow with the store. With 100
 * per worker the 2-worker run's backlog met a store of 200 documents and the 1-worker run's of 100.
 */
const WARM_UP_DOCUMENTS = 200;

const inline = (i: number) => ({
  id: `b${i}`,
  input: `b${i}`,
  type: "text" as const,
  contentBase64: Buffer.from(benchStory(i)).toString("base64"),
});

function backlog(n: number, from = 0): NewJob[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      id: `doc-bench-${i}`,
      kind: "document",
      data: values["bare-jobs"]
        ? { source: null, inline: { ...inline(i) } }
        : { source: BENCH_SOURCE, inline: { ...inline(i), url: `https://news.example/story/${i}` } },
    };
  });
}

/** Seconds (and CPU seconds per process) for `workers` warm worker processes to store `n` documents. */
async function timeBacklog(
  workers: number,
  n: number,
): Promise<{ seconds: number; cpu: CpuReading; waits: string | null; counts: string }> {
  const d = await deploy(workers, NODE_ARGS);
  const timed = await (async () => {
    try {
      // Both runs warm alike, before the clock: models loaded (the worker does that), then a few
      // documents per worker so the clock sees steady state, not the JIT's first minutes.
      await d.work(backlog(WARM_UP_DOCUMENTS, 1_000_000));
      const meter = await d.meter();
      const sampler = values["sample-waits"] ? await d.waits() : null;
      const seconds = await d.work(backlog(n));
      const waits = sampler ? formatWaits(await sampler.stop()) : null;
      return { seconds, cpu: await meter.stop(), waits };
    } catch (error) {
      await d.stop();
      throw error;
    }
  })();
  const c = await d.stop();
  return {
    ...timed,
    counts: `PostgreSQL commits ${c.commitsPerDoc.toFixed(2)}/doc, Redis commands ${c.redisPerDoc.toFixed(1)}/doc`,
  };
}

/**
 * The peer in the same run: a 1-worker and a 2-worker deployment work their backlogs at the same
 * time, so whatever else loads the machine loads both. Counted when the first one is done: with
 * nothing serialising a deployment's workers, the 2-worker one has done twice as much (its workers
 * get two shares of the CPU this benchmark gets, the other one share).
 */
async function racedBacklogs(
  n: number,
): Promise<{ one: number; two: number; cpuOne: CpuReading; cpuTwo: CpuReading }> {
  const [a, b] = await Promise.all([deploy(1, NODE_ARGS), deploy(2, NODE_ARGS)]);
  try {
    await Promise.all([
      a.work(backlog(WARM_UP_DOCUMENTS, 1_000_000)),
      b.work(backlog(WARM_UP_DOCUMENTS, 1_000_000)),
    ]);
    const [baseA, baseB] = await Promise.all([a.finished(), b.finished()]);
    // Each deployment's own processes (workers, its database's backends) under the same load.
    const [meterA, meterB] = await Promise.all([a.meter(), b.meter()]);
    await Promise.all([a.queue.add(backlog(n)), b.queue.add(backlog(n))]);
    for (;;) {
      const [one, two] = await Promise.all([a.finished(), b.finished()]);
      if (one - baseA >= n || two - baseB >= n) {
        const [cpuOne, cpuTwo] = await Promise.all([meterA.stop(), meterB.stop()]);
        return { one: one - baseA, two: two - baseB, cpuOne, cpuTwo };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

async function benchWorkers(): Promise<void> {
  const n = Number(values.documents);
  try {
    const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 3000 });
    await c.connect();
    await c.end();
    const q = await createBullmqQueue({ redisUrl: REDIS_URL, prefix: "sitrep-bench-probe" });
    await q.close();
  } catch (error) {
    console.log(`workers: skipped (${(error as Error).message})`);
    return;
  }
  const rounds = Math.max(1, Number(values.rounds));
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  console.log(
    `workers: ${n} documents per run, BullMQ + PostgreSQL, ${rounds} rounds; load average ${load()}`,
  );
  const ratios: number[] = [];
  for (let r = 1; r <= (values.mode === "raced" ? 0 : rounds); r++) {
    const one = await timeBacklog(1, n);
    const two = await timeBacklog(2, n);
    ratios.push(one.seconds / two.seconds);
    console.log(
      `  round ${r}: 1 worker ${(n / one.seconds).toFixed(1)} docs/s, 2 workers ${(n / two.seconds).toFixed(1)} docs/s: ${(one.seconds / two.seconds).toFixed(2)}x  (load ${load()})`,
    );
    console.log(`    1 worker:  ${formatCpu(one.cpu, one.seconds, n)}; ${one.counts}`);
    console.log(`    2 workers: ${formatCpu(two.cpu, two.seconds, n)}; ${two.counts}`);
    if (one.waits) console.log(`    1 worker, PostgreSQL backends: ${one.waits}`);
    if (two.waits) console.log(`    2 workers, PostgreSQL backends: ${two.waits}`);
  }
  if (ratios.length)
    console.log(
      `  ratio 2 workers / 1 worker, one after the other, median of ${rounds}: ${quantile(ratios, 0.5).toFixed(2)}x  (target >= 1.6x)`,
    );
  const raced: number[] = [];
  for (let r = 1; r <= (values.mode === "sequential" ? 0 : rounds); r++) {
    const { one, two, cpuOne, cpuTwo } = await racedBacklogs(n);
    raced.push(two / one);
    // Redis, the rest of PostgreSQL and this process serve both deployments: their own parts only.
    const own = (c: CpuReading, docs: number) =>
      `workers ${((1000 * c.workers) / docs).toFixed(1)} (helper threads ${((1000 * c.workerHelpers) / docs).toFixed(1)}) + pg backends ${((1000 * c.pgBackends) / docs).toFixed(1)} = ${((1000 * (c.workers + c.pgBackends)) / docs).toFixed(1)}`;
    console.log(`    cpu ms/doc, 1 worker:  ${own(cpuOne, one)}`);
    console.log(`    cpu ms/doc, 2 workers: ${own(cpuTwo, two)}`);
    console.log(
      `  raced round ${r}: when the first finished, 1 worker had ${one}, 2 workers ${two} documents: ${(two / one).toFixed(2)}x  (load ${load()})`,
    );
  }
  if (raced.length)
    console.log(
      `  ratio 2 workers / 1 worker, at the same time, median of ${rounds}: ${quantile(raced, 0.5).toFixed(2)}x  (2.0x: nothing serialises the workers)`,
    );
}

async function benchLatency(): Promise<void> {
  const total = Number(values.items);
  const ids: number[] = [];
  const firstServed = new Map<string, number>();
  const server = http.createServer((req, res) => {
    if (req.url === "/feed.xml") {
      const now = performance.now();
      const items = ids
        .map((i) => `<item><title>Story ${i}</title><link>${origin}/a/${i}</link></item>`)
        .join("");
      for (const i of ids) if (!firstServed.has(`${origin}/a/${i}`)) firstServed.set(`${origin}/a/${i}`, now);
      res
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(`<rss><channel>${items}</channel></rss>`);
      return;
    }
    const m = /^\/a\/(\d+)$/.exec(req.url ?? "");
    if (m) return void res.writeHead(200, { "content-type": "text/html" }).end(benchPage(Number(m[1])));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-live-"));
  const store = await openStore({ dbPath: join(dir, "live.db"), databaseUrl: null });
  const { file } = parseSourcesText(
    `sources:\n  - name: wire\n    url: ${origin}/feed.xml\n    interval: 1s\n    allowPrivate: true\n`,
  );
  const handle = await startWatching({
    sources: file.sources,
    store,
    ctx: createContext(),
    tickMs: 100,
    concurrency: 2,
    warm: true,
    fetcher: { minDelayMs: 0 },
  });
  const latencies: number[] = [];
  let eventsAnnounced = 0;
  onDocument(handle.channel, (a) => {
    const served = a.url ? firstServed.get(a.url) : undefined;
    if (served !== undefined) latencies.push(performance.now() - served);
    eventsAnnounced += a.events.length;
  });
  for (let i = 0; i < total; i++) {
    ids.push(i);
    await new Promise((r) => setTimeout(r, 150));
  }
  for (let i = 0; i < 600 && latencies.length < total; i++) await new Promise((r) => setTimeout(r, 100));
  await handle.stop();
  await store.close();
  server.close();
  console.log(
    `latency: ${latencies.length} of ${total} items stored and announced (${eventsAnnounced} events), feed polled every 1 s`,
  );
  console.log(
    `  feed shows item -> stored and announced: p50 ${quantile(latencies, 0.5).toFixed(0)} ms, p95 ${quantile(latencies, 0.95).toFixed(0)} ms  (target p95 < 1000 ms)`,
  );
}

if (!values["skip-latency"]) await benchLatency();
if (!values["skip-workers"]) await benchWorkers();
