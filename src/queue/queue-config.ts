// Which queue and channel a process uses is configuration: SITREP_REDIS_URL (or --redis) set means
// BullMQ and Redis pub/sub, so `watch` and any number of `worker` processes share one queue;
// unset means the embedded job table in the store's database and an in-process channel (LISTEN/NOTIFY
// when that database is PostgreSQL and the caller passes its URL). On Redis the
// per-host politeness limits are kept there too, so they hold across every worker process.
import { Redis } from "ioredis";
import { createRedisHostGate, FETCH_DEFAULTS, type HostGate, POLITENESS_DEFAULTS } from "../sources/index.ts";
import { openLiveState, type Store } from "../store/index.ts";
import { createBullmqQueue } from "./bullmq-queue.ts";
import { createEmbeddedQueue } from "./embedded-queue.ts";
import { createEventChannel, type EventChannel } from "./event-channel.ts";
import type { JobQueue } from "./job-types.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import type { SchedulerLock } from "./scheduler.ts";

export interface QueueConfig {
  readonly redisUrl?: string | null;
  readonly prefix?: string;
  readonly retry?: RetryPolicy;
  /** BullMQ: lock duration of a job in hand (a killed worker's job moves after it). */
  readonly lockDurationMs?: number;
  /** Redis: a process that only announces (a worker) subscribes to the channel only if something
   * listens (event-channel.ts). */
  readonly subscribe?: "now" | "lazily";
  /** The store's URL: on PostgreSQL without Redis, the channel is its LISTEN/NOTIFY, so a `serve`
   * in another process hears this one's commits at once. Absent: in process. */
  readonly databaseUrl?: string | null;
}

export async function openJobQueue(
  store: Store,
  config: QueueConfig,
): Promise<{
  queue: JobQueue;
  channel: EventChannel;
  schedulerLock: SchedulerLock | null;
  /** The shared per-host gate on Redis; null in process (each fetcher keeps its own). */
  hostGate: HostGate | null;
  close(): Promise<void>;
}> {
  if (config.redisUrl) {
    const queue = await createBullmqQueue({
      redisUrl: config.redisUrl,
      ...(config.prefix ? { prefix: config.prefix } : {}),
      ...(config.retry ? { retry: config.retry } : {}),
      ...(config.lockDurationMs
        ? {
            lockDurationMs: config.lockDurationMs,
            stalledIntervalMs: Math.max(500, config.lockDurationMs / 2),
          }
        : {}),
    });
    const channel = await createEventChannel({
      redisUrl: config.redisUrl,
      prefix: config.prefix ?? "sitrep",
      ...(config.subscribe ? { subscribe: config.subscribe } : {}),
    });
    const gateRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    gateRedis.on("error", () => {
      // ioredis reconnects; a fetch waiting for its turn retries the call.
    });
    const hostGate = createRedisHostGate({
      redis: gateRedis,
      prefix: config.prefix ?? "sitrep",
      perHost: POLITENESS_DEFAULTS.perHost,
      // A turn outlives any fetch (its total timeout), so only a dead worker's turn expires.
      leaseMs: 2 * FETCH_DEFAULTS.totalTimeoutMs,
    });
    return {
      queue,
      channel,
      schedulerLock: queue.schedulerLock(),
      hostGate,
      async close() {
        await queue.close();
        await channel.close();
        await gateRedis.quit().catch(() => gateRedis.disconnect());
      },
    };
  }
  const queue = createEmbeddedQueue(await openLiveState(store), config.retry ? { retry: config.retry } : {});
  const channel = await createEventChannel({
    databaseUrl: config.databaseUrl ?? null,
    prefix: config.prefix ?? "sitrep",
  });
  return {
    queue,
    channel,
    schedulerLock: null,
    hostGate: null,
    async close() {
      await queue.close();
      await channel.close();
    },
  };
}
