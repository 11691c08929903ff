// Which queue and channel a process uses is configuration: SITREP_REDIS_URL (or --redis) set means
// BullMQ and Redis pub/sub, so `watch` and any number of `worker` processes share one queue;
// unset means the embedded job table in the store's database and an in-process channel.
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
}

export async function openJobQueue(
  store: Store,
  config: QueueConfig,
): Promise<{
  queue: JobQueue;
  channel: EventChannel;
  schedulerLock: SchedulerLock | null;
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
    });
    return {
      queue,
      channel,
      schedulerLock: queue.schedulerLock(),
      async close() {
        await queue.close();
        await channel.close();
      },
    };
  }
  const queue = createEmbeddedQueue(await openLiveState(store), config.retry ? { retry: config.retry } : {});
  const channel = await createEventChannel();
  return {
    queue,
    channel,
    schedulerLock: null,
    async close() {
      await queue.close();
      await channel.close();
    },
  };
}
