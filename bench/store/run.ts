// bench/store: ingest rate and query latency on generated events, SQLite and PostgreSQL in one run.
//   node bin/run-ts.js bench/store/run.ts [--events 10000000] [--skip-postgres] [--skip-sqlite]
//     [--order arrival|random]
// Events arrive in day order by default (a news feed, or a GDELT backfill file by file, with
// reports up to a few days late); --order random draws every event's day uniformly over the
// ten years, the worst case for every index that starts with a day or an actor.
// Targets (issue 6, 10M events): dyad series ≤ 100 ms, top dyads for a month ≤ 200 ms, a page of
// event search ≤ 50 ms. Latencies are medians of 5 runs after one warm-up.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.ts";
import { BATCH, generateEvents } from "./event-generator.ts";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "10000000" },
    "skip-postgres": { type: "boolean", default: false },
    "skip-sqlite": { type: "boolean", default: false },
    order: { type: "string", default: "arrival" },
    /** Keep the loaded stores (SQLite file at this path, PostgreSQL database sitrep_bench) for EXPLAIN. */
    keep: { type: "string" },
  },
});
const TOTAL = Number(values.events);
const RANDOM_DAYS = values.order === "random";
async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[2]!;
}

async function measure(name: string, store: Store) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let n = 0;
  for (const batch of generateEvents(TOTAL, RANDOM_DAYS)) {
    n += await store.insertEvents(batch);
    if (n % 1_000_000 < BATCH) process.stderr.write(`\r${name}: ${n.toLocaleString()} events`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // This process's CPU: all of SQLite's work, only the client's share for PostgreSQL.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stderr.write("\n");
  const a0 = performance.now();
  await store.analyze();
  const analyzeSeconds = (performance.now() - a0) / 1000;
  const series = await median(() => store.dyadSeries("USA", "CHN", "month"));
  const dyads = await median(() => store.topDyads({ from: "2020-06-01", to: "2020-06-30" }, 20));
  const search = await median(() =>
    store.queryEvents({ actor: "PAK", root: "19", from: "2019-01-01" }, { limit: 50, offset: 0 }),
  );
  return {
    name,
    events: n,
    ingestPerSec: n / seconds,
    perCpuSec: n / cpuSeconds,
    seconds,
    analyzeSeconds,
    series,
    dyads,
    search,
  };
}

const results = [];
if (!values["skip-sqlite"]) {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-store-"));
  const sqlite = await openStore({ dbPath: values.keep ?? join(dir, "bench.db"), databaseUrl: null });
  results.push(await measure("sqlite", sqlite));
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}

if (!values["skip-postgres"]) {
  const adminUrl = process.env.SITREP_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query("drop database if exists sitrep_bench with (force)");
    await admin.query("create database sitrep_bench");
    const url = new URL(adminUrl);
    url.pathname = "/sitrep_bench";
    const store = await openStore({ dbPath: "", databaseUrl: url.toString() });
    results.push(await measure("postgres", store));
    await store.close();
    if (!values.keep) await admin.query("drop database if exists sitrep_bench with (force)");
  } catch (error) {
    console.log(`PostgreSQL skipped: ${(error as Error).message}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(
  `\nbench/store — ${TOTAL.toLocaleString()} generated events, ${RANDOM_DAYS ? "random" : "arrival"} day order`,
);
console.log(
  "backend   ingest events/s   per CPU-s (this process)   load+analyze   dyad series (≤100)   top dyads month (≤200)   search page (≤50)",
);
for (const r of results) {
  const load = `${Math.round(r.seconds)} s + ${Math.round(r.analyzeSeconds)} s`;
  console.log(
    `${r.name.padEnd(9)} ${Math.round(r.ingestPerSec).toLocaleString().padStart(15)}   ${Math.round(r.perCpuSec).toLocaleString().padStart(24)}   ${load.padStart(12)}   ${ms(r.series).padStart(18)}   ${ms(r.dyads).padStart(22)}   ${ms(r.search).padStart(17)}`,
  );
}
