// The queue at scale: BullMQ on Redis, behind the same JobQueue interface as the embedded table, so
// the processors do not change. One BullMQ queue, the job kind as the job name; ids are idempotency
// keys (BullMQ ignores an add whose id it holds); retries use our backoff (Retry-After honoured);
// permanent errors skip the retries (UnrecoverableError); failed jobs are the dead-letter list.
// A worker killed with kill -9 stops renewing its job's lock; BullMQ's stalled-job check then
// hands the job to another worker, and the store's idempotent ingest keeps that from duplicating.
import { Job as BullJob, Queue, UnrecoverableError, Worker } from "bullmq";
import { Redis } from "ioredis";
import { SitrepError } from "../errors.ts";
import { redactUrl } from "./event-channel.ts";
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
import type { SchedulerLock } from "./scheduler.ts";

export interface BullmqQueueOptions {
  readonly redisUrl: string;
  /** Key prefix in Redis: deployments sharing a Redis use different prefixes. */
  readonly prefix?: string;
  readonly retry?: RetryPolicy;
  /** How long a job's lock lasts without renewal; a killed worker's job is taken again after it
   * (BullMQ's default, 30 s). */
  readonly lockDurationMs?: number;
  /** How often workers look for stalled jobs (BullMQ's default, 30 s). */
  readonly stalledIntervalMs?: number;
}

export type BullmqJobQueue = JobQueue & {
  /** A Redis lock so only one scheduler runs across all processes. */
  schedulerLock(ttlMs?: number): SchedulerLock;
};

/** The one BullMQ queue's name (under the deployment's prefix). */
export const QUEUE_NAME = "jobs";
/** Completed jobs are kept a day so their ids keep deduplicating re-adds; the store covers the rest. */
const KEEP_COMPLETED_S = 24 * 3600;

/** Connects, or fails at once with E_QUEUE_UNAVAILABLE instead of retrying forever. */
async function connect(url: string): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, connectTimeout: 3000 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new SitrepError("E_QUEUE_UNAVAILABLE", `Redis at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return redis;
}

export async function createBullmqQueue(options: BullmqQueueOptions): Promise<BullmqJobQueue> {
  const prefix = options.prefix ?? "sitrep";
  const retry = options.retry ?? DEFAULT_RETRY;
  const connection = await connect(options.redisUrl);
  const queue = new Queue(QUEUE_NAME, { connection, prefix });
  const workers = new Set<Worker>();

  return {
    backend: "bullmq",
    async add(jobs: readonly NewJob[]) {
      if (!jobs.length) return 0;
      await queue.addBulk(
        jobs.map((j) => ({
          name: j.kind,
          data: j.data,
          opts: {
            jobId: j.id,
            attempts: retry.maxAttempts,
            backoff: { type: "sitrep" },
            ...(j.delayMs ? { delay: j.delayMs } : {}),
            removeOnComplete: { age: KEEP_COMPLETED_S },
            removeOnFail: false,
          },
        })),
      );
      return jobs.length;
    },
    consume(processor: JobProcessor, { concurrency }): Consumer {
      const worker = new Worker(
        QUEUE_NAME,
        async (bullJob) => {
          const job: Job = {
            id: bullJob.id ?? "",
            kind: bullJob.name as JobKind,
            data: bullJob.data,
            attempt: bullJob.attemptsMade + 1,
          };
          try {
            await processor(job);
          } catch (error) {
            if (!isRetryable(error)) throw new UnrecoverableError(errorText(error));
            const e = new Error(errorText(error)) as Error & { retryAfterMs?: unknown };
            e.retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
            throw e;
          }
        },
        {
          connection: connection.duplicate(),
          prefix,
          concurrency: Math.max(1, concurrency),
          ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
          ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
          settings: { backoffStrategy: (attemptsMade, _type, err) => retryDelayMs(attemptsMade, err, retry) },
        },
      );
      worker.on("error", () => {
        // Connection trouble: ioredis reconnects; jobs in hand keep their locks or stall and move.
      });
      workers.add(worker);
      return {
        async close() {
          workers.delete(worker);
          await worker.close();
        },
      };
    },
    async counts(): Promise<QueueCounts> {
      const c = await queue.getJobCounts(
        "waiting",
        "prioritized",
        "delayed",
        "active",
        "completed",
        "failed",
      );
      return {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        delayed: c.delayed ?? 0,
        active: c.active ?? 0,
        done: c.completed ?? 0,
        dead: c.failed ?? 0,
      };
    },
    async listDead(limit = 100): Promise<DeadJob[]> {
      const failed = await queue.getFailed(0, limit - 1);
      return failed.map((j) => ({
        id: j.id ?? "",
        kind: j.name,
        attempts: j.attemptsMade,
        error: j.failedReason ?? "",
        failedAt: new Date(j.finishedOn ?? j.timestamp).toISOString(),
        data: j.data,
      }));
    },
    async retryDead(id) {
      if (id !== null) {
        const job = await BullJob.fromId(queue, id);
        if (!job || !(await job.isFailed())) return 0;
        await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
        return 1;
      }
      const n = (await queue.getJobCounts("failed")).failed ?? 0;
      await queue.retryJobs({ state: "failed" });
      return n;
    },
    schedulerLock(ttlMs = 30_000): SchedulerLock {
      const key = `${prefix}:scheduler-lock`;
      const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
      return {
        async acquire() {
          // Take it when free, or renew it when it is ours; atomic in one script.
          const got = await connection.eval(
            `local v = redis.call('get', KEYS[1])
             if v == false then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
             if v == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end
             return 0`,
            1,
            key,
            token,
            String(ttlMs),
          );
          return got === 1;
        },
        async release() {
          await connection.eval(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0",
            1,
            key,
            token,
          );
        },
      };
    },
    async close() {
      await Promise.all([...workers].map((w) => w.close()));
      await queue.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
