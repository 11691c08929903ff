// The scheduler: every tick, each source whose next poll is due gets one poll job. The job id names
// the source and the due time, so two schedulers (or a restart) never queue the same poll twice;
// at scale only the holder of a lock (Redis, see bullmq-queue.ts) schedules at all.
import { createHash } from "node:crypto";
import type { SourceSpec } from "../sources/index.ts";
import type { LiveState } from "../store/index.ts";
import type { JobQueue } from "./job-types.ts";
import { safeJobId } from "./job-types.ts";

export interface SchedulerLock {
  /** True while this process may schedule; renewed on every tick. */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
}

export const alwaysLocked: SchedulerLock = { acquire: async () => true, release: async () => {} };

export function pollJobId(source: string, dueAt: number): string {
  return safeJobId(
    "poll",
    `${createHash("sha1").update(source).digest("hex").slice(0, 16)}-${Math.trunc(dueAt)}`,
  );
}

/** Queues a poll for each named source now (all enabled ones when names is empty); returns how many. */
export async function queuePolls(
  queue: JobQueue,
  specs: readonly SourceSpec[],
  now: number,
): Promise<number> {
  const jobs = specs.map((spec) => ({
    id: pollJobId(spec.name, now),
    kind: "poll" as const,
    data: { source: spec.name, spec },
  }));
  return queue.add(jobs);
}

export interface Scheduler {
  /** One look at the due sources; returns the polls queued. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

export function startScheduler(options: {
  live: LiveState;
  queue: JobQueue;
  /** The configured sources by name. */
  sources: ReadonlyMap<string, SourceSpec>;
  tickMs: number;
  lock?: SchedulerLock;
  now?: () => number;
  onError?: (error: unknown) => void;
}): Scheduler {
  const now = options.now ?? Date.now;
  const lock = options.lock ?? alwaysLocked;
  let stopped = false;
  let running: Promise<number> | null = null;
  const tick = async (): Promise<number> => {
    if (!(await lock.acquire())) return 0;
    const t = now();
    const due = (await options.live.dueSources(t)).filter((d) => options.sources.get(d.name)?.enabled);
    if (!due.length) return 0;
    const added = await options.queue.add(
      due.map((d) => ({
        id: pollJobId(d.name, d.nextPollAt),
        kind: "poll" as const,
        data: { source: d.name, spec: options.sources.get(d.name)! },
      })),
    );
    // Until the poll runs and sets the real next time, hold the source back one interval.
    for (const d of due) await options.live.setNextPoll(d.name, t + options.sources.get(d.name)!.intervalMs);
    return added;
  };
  const guarded = () => {
    if (stopped || running) return;
    running = tick()
      .catch((error) => {
        options.onError?.(error);
        return 0;
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(guarded, options.tickMs);
  guarded();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await lock.release();
    },
  };
}
