// bench/live's deployments: each a fresh PostgreSQL database and Redis key prefix with `sitrep
// worker` processes on it, the jobs' source registered as the scheduler would, and the counts
// that do not move with the machine's load (PostgreSQL commits, Redis commands) read over its life.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { QUEUE_NAME } from "../../src/queue/bullmq-queue.ts";
import { createBullmqQueue, type NewJob } from "../../src/queue/index.ts";
import { openLiveState, openStore } from "../../src/store/index.ts";
import { startCpuMeter } from "./cpu-meter.ts";
import { startWaitSampler } from "./wait-sampler.ts";

const ROOT = join(import.meta.dirname, "..", "..");
export const REDIS_URL = process.env.SITREP_REDIS_URL ?? "redis://127.0.0.1:6379";
export const PG_ADMIN = process.env.SITREP_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** The source a feed-shaped job names. */
export const BENCH_SOURCE = "bench-wire";

export type Deployment = Awaited<ReturnType<typeof deploy>>;

async function freshDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 3000 });
  await admin.connect();
  const name = `sitrep_bench_live_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function startWorker(env: Record<string, string>, nodeArgs: readonly string[]): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(ROOT, "bin", "sitrep.js"), "worker", "--concurrency", "1"],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      if (err.includes("worker started")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited ${code}: ${err}`)));
  });
}

/**
 * A deployment of its own (database, queue prefix) with `workers` worker processes started with
 * `nodeArgs` (e.g. a CPU profile), its jobs' source registered.
 */
export async function deploy(workers: number, nodeArgs: readonly string[] = []) {
  const db = await freshDatabase();
  // The source the jobs name, registered as the scheduler would (and the tables migrated).
  const setup = await openStore({ dbPath: "", databaseUrl: db.url });
  await (await openLiveState(setup)).registerSources([
    { name: BENCH_SOURCE, type: "feed", address: "http://127.0.0.1/feed.xml" },
  ]);
  await setup.close();
  const prefix = `sitrep-bench-${randomBytes(3).toString("hex")}`;
  const queue = await createBullmqQueue({ redisUrl: REDIS_URL, prefix });
  const env = { SITREP_REDIS_URL: REDIS_URL, SITREP_DATABASE_URL: db.url, SITREP_QUEUE_PREFIX: prefix };
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(env, nodeArgs)));
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  const viewRedis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const jobsView = new Queue(QUEUE_NAME, { connection: viewRedis, prefix });
  // Load-independent counts over the deployment's life (warm-up included): commits in its
  // database, commands on the Redis server (the whole server's: this benchmark's polls included).
  const commits = async () =>
    Number(
      (
        await admin.query<{ n: string }>("select xact_commit as n from pg_stat_database where datname = $1", [
          db.name,
        ])
      ).rows[0]?.n ?? 0,
    );
  const redisCalls = async () =>
    [...(await viewRedis.info("commandstats")).matchAll(/calls=(\d+)/g)].reduce(
      (a, m) => a + Number(m[1]),
      0,
    );
  const startCounts = { commits: await commits(), redis: await redisCalls() };
  let documentsAdded = 0;
  const d = {
    queue,
    async finished(): Promise<number> {
      const c = await queue.counts();
      return c.done + c.dead;
    },
    /**
     * Works the jobs and waits for them; returns the seconds from adding them to the last one's
     * finish as Redis recorded it, so the benchmark polls rarely (its polls cost CPU on the
     * machine it measures) and the end is exact all the same.
     */
    async work(jobs: NewJob[]): Promise<number> {
      const before = await d.finished();
      const started = Date.now();
      documentsAdded += jobs.length;
      await queue.add(jobs);
      while ((await d.finished()) < before + jobs.length) await new Promise((r) => setTimeout(r, 250));
      const ids = new Set(jobs.map((j) => j.id));
      const done = await jobsView.getJobs(["completed", "failed"], 0, -1);
      const last = Math.max(...done.filter((j) => ids.has(j.id ?? "")).map((j) => j.finishedOn ?? 0));
      return (last - started) / 1000;
    },
    meter: () => startCpuMeter({ workers: () => children.map((c) => c.pid!), database: db.name, admin }),
    /** pg_stat_activity sampled over the run (--sample-waits), on a connection of its own. */
    async waits() {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      const sampler = startWaitSampler(c, db.name);
      return {
        async stop() {
          const r = await sampler.stop();
          await c.end();
          return r;
        },
      };
    },
    /** Stops the deployment; returns its PostgreSQL commits and Redis commands per document. */
    async stop(): Promise<{ commitsPerDoc: number; redisPerDoc: number }> {
      // Stopped as an operator stops them (a profile, when asked for, is written at exit).
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              const kill = setTimeout(() => c.kill("SIGKILL"), 20_000);
              c.once("exit", () => {
                clearTimeout(kill);
                resolve();
              });
              c.kill("SIGTERM");
            }),
        ),
      );
      // A backend writes its statistics when it ends: wait for the workers' backends to go.
      for (let i = 0; i < 50; i++) {
        const r = await admin.query("select 1 from pg_stat_activity where datname = $1", [db.name]);
        if (!r.rows.length) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const docs = Math.max(1, documentsAdded);
      const counted = {
        commitsPerDoc: ((await commits()) - startCounts.commits) / docs,
        redisPerDoc: ((await redisCalls()) - startCounts.redis) / docs,
      };
      await admin.end();
      // The deployment's keys go with it (a finished run leaves nothing in the shared Redis).
      await jobsView.obliterate({ force: true }).catch(() => {});
      await jobsView.close();
      await viewRedis.quit();
      await queue.close();
      await db.drop();
      return counted;
    },
  };
  return d;
}
