// CPU seconds per process over a benchmark run, read from /proc (Linux): the worker processes, the
// PostgreSQL backends serving this deployment's database, the rest of PostgreSQL (WAL writer,
// checkpointer, autovacuum: shared with anything else using the server), Redis (shared likewise)
// and this benchmark process. With these the reader sees the ceiling of the worker ratio: one
// worker's run keeps (sum of CPU seconds / wall seconds) cores busy, so two workers can at most
// run (cores / that) times as fast.
import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";

const TICKS_PER_S = 100;

/** utime + stime of a process (all its threads, without its reaped children), in seconds. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: fields count from after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
  } catch {
    return null;
  }
}

/** CPU seconds of a process's threads other than its main one (V8's GC and compiler helpers, libuv). */
export function helperThreadsCpuSeconds(pid: number): number {
  let sum = 0;
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const tid of tasks) {
    if (Number(tid) === pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      sum += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
    } catch {
      // The thread ended since the listing.
    }
  }
  return sum;
}

/** Pids of processes whose command name is `comm` (e.g. "postgres", "redis-server"). */
export function pidsNamed(comm: string): number[] {
  const out: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      if (readFileSync(`/proc/${e}/comm`, "utf8").trim() === comm) out.push(Number(e));
    } catch {
      // Gone since the listing.
    }
  }
  return out;
}

const sumCpu = (pids: readonly number[]) => pids.reduce((s, p) => s + (processCpuSeconds(p) ?? 0), 0);

export interface CpuGroups {
  /** The worker processes. */
  readonly workers: () => readonly number[];
  /** The database the deployment stores into (its backends are counted apart from the rest). */
  readonly database: string;
  /** A connection to ask pg_stat_activity for that database's backends. */
  readonly admin: pg.Client;
}

export interface CpuReading {
  readonly workers: number;
  /** Of `workers`, the part on threads other than the main JavaScript thread. */
  readonly workerHelpers: number;
  readonly pgBackends: number;
  readonly pgOther: number;
  readonly redis: number;
  readonly bench: number;
}

/** Starts counting; `stop()` returns the CPU seconds each group used since. Call it before any
 * process of the deployment exits (an exited backend's time is no longer in /proc). */
export async function startCpuMeter(groups: CpuGroups): Promise<{ stop(): Promise<CpuReading> }> {
  const backends = async () =>
    (
      await groups.admin.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1", [
        groups.database,
      ])
    ).rows.map((r) => Number(r.pid));
  const snapshot = async () => {
    const own = new Set(await backends());
    const allPg = pidsNamed("postgres");
    const cpu = process.cpuUsage();
    return {
      perBackend: new Map([...own].map((p) => [p, processCpuSeconds(p) ?? 0])),
      workers: sumCpu(groups.workers()),
      workerHelpers: groups.workers().reduce((s, p) => s + helperThreadsCpuSeconds(p), 0),
      pgOther: sumCpu(allPg.filter((p) => !own.has(p))),
      redis: sumCpu(pidsNamed("redis-server")),
      bench: (cpu.user + cpu.system) / 1e6,
    };
  };
  const before = await snapshot();
  return {
    async stop() {
      const after = await snapshot();
      let pgBackends = 0;
      // A backend that started during the run counts from zero.
      for (const [pid, s] of after.perBackend) pgBackends += s - (before.perBackend.get(pid) ?? 0);
      // Backends counted as "other" before (none should be) are not double counted: other = all - own.
      return {
        workers: after.workers - before.workers,
        workerHelpers: after.workerHelpers - before.workerHelpers,
        pgBackends,
        pgOther: Math.max(0, after.pgOther - before.pgOther),
        redis: after.redis - before.redis,
        bench: after.bench - before.bench,
      };
    },
  };
}

/** "workers 12.3 s, pg backends 4.1 s, …, total 20.0 s = 1.31 cores" for a run of `wallS`. */
export function formatCpu(r: CpuReading, wallS: number, documents: number): string {
  const total = r.workers + r.pgBackends + r.pgOther + r.redis + r.bench;
  const ms = (s: number) => ((1000 * s) / documents).toFixed(1);
  return (
    `cpu ms/doc: workers ${ms(r.workers)} (helper threads ${ms(r.workerHelpers)}), pg backends ${ms(r.pgBackends)}, pg other ${ms(r.pgOther)}, ` +
    `redis ${ms(r.redis)}, bench ${ms(r.bench)}; total ${ms(total)} = ${(total / wallS).toFixed(2)} cores busy`
  );
}
