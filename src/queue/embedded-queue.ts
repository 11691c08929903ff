// The embedded default: jobs in a table of the store's own database (SQLite by default), no other
// service. Each job is leased to a worker while it runs and the lease is renewed; a process that
// dies mid-job leaves a lease that runs out, and the job is taken again. Ids are idempotency keys.
import { hostname } from "node:os";
import type { LiveState } from "../store/index.ts";
import type {
  Consumer,
  DeadJob,
  Job,
  JobKind,
  JobProcessor,
  JobQueue,
  NewJob,
  QueueCounts,
} from "./job-types.ts";
import { DEFAULT_RETRY, errorText, isRetryable, type RetryPolicy, retryDelayMs } from "./retry-policy.ts";

export interface EmbeddedQueueOptions {
  readonly retry?: RetryPolicy;
  /** How long a job stays leased without renewal before another worker may take it. */
  readonly leaseMs?: number;
  /** Sleep between looks at an empty table (new jobs added in this process wake workers at once). */
  readonly idlePollMs?: number;
  readonly now?: () => number;
}

const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_IDLE_POLL_MS = 250;

export function createEmbeddedQueue(live: LiveState, options: EmbeddedQueueOptions = {}): JobQueue {
  const retry = options.retry ?? DEFAULT_RETRY;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const idlePollMs = options.idlePollMs ?? DEFAULT_IDLE_POLL_MS;
  const now = options.now ?? Date.now;
  const wakers = new Set<() => void>();
  const wake = () => {
    for (const w of [...wakers]) w();
  };

  // Jobs this process is running, with when each lease was last renewed. The heartbeat timer
  // cannot fire while the event loop is blocked (a page being coded, models loading), so after a
  // long block a lease may have run out although its job is still running here; the next claim,
  // in this very process, would then take it again (a second fetch of the page). So every claim
  // first renews the leases that are overdue: a lease runs out only when its process is gone.
  const running = new Map<string, { worker: string; renewedAt: number }>();
  async function renewOverdue(): Promise<void> {
    const t = now();
    for (const [id, lease] of running) {
      if (t - lease.renewedAt < leaseMs / 3) continue;
      lease.renewedAt = t;
      await live.jobs.extendLease(id, lease.worker, t + leaseMs);
    }
  }

  async function runOne(worker: string, processor: JobProcessor): Promise<boolean> {
    await renewOverdue();
    const row = await live.jobs.claim(worker, now(), now() + leaseMs);
    if (!row) return false;
    const job: Job = {
      id: row.id,
      kind: row.kind as JobKind,
      data: JSON.parse(row.payload),
      attempt: Number(row.attempts),
    };
    const lease = { worker, renewedAt: now() };
    running.set(row.id, lease);
    const heartbeat = setInterval(() => {
      lease.renewedAt = now();
      void live.jobs.extendLease(row.id, worker, lease.renewedAt + leaseMs).catch(() => {});
    }, leaseMs / 3);
    try {
      await processor(job);
      await live.jobs.complete(row.id, worker);
    } catch (error) {
      const dead = !isRetryable(error) || job.attempt >= Number(row.max_attempts);
      await live.jobs.fail(
        row.id,
        worker,
        errorText(error),
        dead ? { dead: true } : { dead: false, runAt: now() + retryDelayMs(job.attempt, error, retry) },
      );
    } finally {
      clearInterval(heartbeat);
      running.delete(row.id);
    }
    return true;
  }

  return {
    backend: "embedded",
    async add(jobs: readonly NewJob[]) {
      const added = await live.jobs.insert(
        jobs.map((j) => ({
          id: j.id,
          kind: j.kind,
          payload: JSON.stringify(j.data),
          maxAttempts: retry.maxAttempts,
          runAt: now() + (j.delayMs ?? 0),
        })),
      );
      if (added) wake();
      return added;
    },
    consume(processor, { concurrency }): Consumer {
      let stopped = false;
      const worker = `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
      const loop = async () => {
        while (!stopped) {
          let worked = false;
          try {
            worked = await runOne(worker, processor);
          } catch {
            // The table was busy or closed: look again after the idle pause.
          }
          if (worked || stopped) continue;
          await new Promise<void>((r) => {
            const done = () => {
              clearTimeout(timer);
              wakers.delete(done);
              r();
            };
            const timer = setTimeout(done, idlePollMs);
            wakers.add(done);
          });
        }
      };
      const loops = Array.from({ length: Math.max(1, concurrency) }, loop);
      return {
        async close() {
          stopped = true;
          wake();
          await Promise.all(loops);
        },
      };
    },
    counts: (): Promise<QueueCounts> => live.jobs.counts(now()),
    async listDead(limit = 100): Promise<DeadJob[]> {
      return (await live.jobs.listDead(limit)).map((r) => ({
        id: r.id,
        kind: r.kind,
        attempts: Number(r.attempts),
        error: r.last_error ?? "",
        failedAt: r.updated_at,
        data: JSON.parse(r.payload),
      }));
    },
    async retryDead(id) {
      const n = await live.jobs.retryDead(id, now());
      if (n) wake();
      return n;
    },
    async close() {
      wake();
    },
  };
}
