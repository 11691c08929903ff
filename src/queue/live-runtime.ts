// The live side in one call: `startWatching` runs the scheduler and workers over a set of sources
// in this process (the embedded default, or on BullMQ when given that queue) and returns a handle to
// poll now, drain, read status and stop. `sitrep watch` and the HTTP API (`sitrep serve`) both use it.
import {
  createPoliteFetcher,
  type PoliteFetch,
  type PoliteFetcherOptions,
  type SourceSpec,
} from "../sources/index.ts";
import { type LiveState, openLiveState, type SourceStatus, type Store } from "../store/index.ts";
import type { Context } from "../types.ts";
import { createEmbeddedQueue } from "./embedded-queue.ts";
import { createEventChannel, type EventChannel } from "./event-channel.ts";
import {
  createJobProcessor,
  emptyStats,
  type LiveLogger,
  type LiveStats,
  silentLogger,
} from "./job-processors.ts";
import type { Consumer, JobQueue, QueueCounts } from "./job-types.ts";
import { createOutboxRelay, type OutboxRelay } from "./outbox-relay.ts";
import { queuePolls, type Scheduler, type SchedulerLock, startScheduler } from "./scheduler.ts";

export interface WatchOptions {
  readonly sources: readonly SourceSpec[];
  readonly store: Store;
  readonly ctx: Context;
  /** Defaults to the embedded queue in the store's database. */
  readonly queue?: JobQueue;
  /** Defaults to an in-process channel. */
  readonly channel?: EventChannel;
  /** Announces the store's event log on the channel; defaults to one over `channel`. */
  readonly relay?: OutboxRelay;
  /** Run the scheduler (default true; `watch --once` polls by hand instead). */
  readonly schedule?: boolean;
  /** Jobs worked on at once in this process (default 4; 0 = schedule only, workers elsewhere). */
  readonly concurrency?: number;
  /** A ready fetcher, or options for the polite fetcher (contact, per-host limits, timeouts). */
  readonly fetcher?: PoliteFetch | PoliteFetcherOptions;
  /** `--allow-private`: every source may reach private addresses. */
  readonly allowPrivate?: boolean;
  readonly schedulerLock?: SchedulerLock;
  /** How often the scheduler looks for due sources (default 1 s). */
  readonly tickMs?: number;
  readonly logger?: LiveLogger;
  /** Load the pipeline's models before taking jobs (workers); otherwise on the first document. */
  readonly warm?: boolean;
}

export interface WatchHandle {
  readonly queue: JobQueue;
  readonly channel: EventChannel;
  readonly relay: OutboxRelay;
  readonly live: LiveState;
  readonly stats: LiveStats;
  /** Queues a poll of the named sources now (every enabled source when none are named). */
  pollNow(names?: readonly string[]): Promise<number>;
  /** Resolves once no job is waiting, delayed or active and what was stored is announced. */
  drain(options?: { checkMs?: number }): Promise<void>;
  counts(): Promise<QueueCounts>;
  sourceStatus(): Promise<SourceReport[]>;
  /** Stops scheduling and working (jobs in hand finish first); closes what startWatching opened. */
  stop(): Promise<void>;
}

/** A source's configuration and its live status: what `sitrep sources status` and GET /api/v1/sources show. */
export interface SourceReport {
  readonly name: string;
  readonly type: string;
  readonly address: string;
  readonly enabled: boolean;
  readonly intervalMs: number | null;
  readonly tags: readonly string[];
  readonly status: SourceStatus | null;
}

/** Each configured source with its stored status; sources known to the store but no longer configured are listed too. */
export async function sourceReports(
  store: Store,
  sources: readonly SourceSpec[] = [],
): Promise<SourceReport[]> {
  const live = await openLiveState(store);
  const statuses = new Map((await live.listSourceStatus()).map((s) => [s.name, s]));
  const reports: SourceReport[] = sources.map((s) => ({
    name: s.name,
    type: s.type,
    address: s.url ?? s.path ?? "",
    enabled: s.enabled,
    intervalMs: s.intervalMs,
    tags: s.tags,
    status: statuses.get(s.name) ?? null,
  }));
  const configured = new Set(sources.map((s) => s.name));
  for (const s of statuses.values())
    if (!configured.has(s.name))
      reports.push({
        name: s.name,
        type: s.type,
        address: s.address,
        enabled: false,
        intervalMs: null,
        tags: [],
        status: s,
      });
  return reports;
}

export async function startWatching(options: WatchOptions): Promise<WatchHandle> {
  const live = await openLiveState(options.store);
  const ownQueue = !options.queue;
  const ownChannel = !options.channel;
  const queue = options.queue ?? createEmbeddedQueue(live);
  const channel = options.channel ?? (await createEventChannel());
  const ownRelay = !options.relay;
  const logger = options.logger ?? silentLogger;
  const relay =
    options.relay ??
    (await createOutboxRelay(live.outbox, channel, {
      onError: (error) => logger.warn({ error: String(error) }, "announcing failed; retried"),
    }));
  const fetch =
    typeof options.fetcher === "function" ? options.fetcher : createPoliteFetcher(options.fetcher ?? {});
  const byName = new Map(options.sources.map((s) => [s.name, s]));
  await live.registerSources(
    options.sources.map((s) => ({ name: s.name, type: s.type, address: s.url ?? s.path ?? "" })),
  );
  const stats = emptyStats();
  const processor = createJobProcessor({
    store: options.store,
    live,
    queue,
    relay,
    fetch,
    ctx: options.ctx,
    sources: byName,
    allowPrivate: options.allowPrivate,
    logger,
    stats,
  });
  if (options.warm) processor.warmUp();
  const concurrency = options.concurrency ?? 4;
  const consumer: Consumer | null = concurrency > 0 ? queue.consume(processor, { concurrency }) : null;
  const scheduler: Scheduler | null =
    options.schedule === false
      ? null
      : startScheduler({
          live,
          queue,
          sources: byName,
          tickMs: options.tickMs ?? 1000,
          ...(options.schedulerLock ? { lock: options.schedulerLock } : {}),
          onError: (error) => logger.error({ error: String(error) }, "scheduler"),
        });
  return {
    queue,
    channel,
    relay,
    live,
    stats,
    pollNow: (names) =>
      queuePolls(
        queue,
        options.sources.filter((s) => (names?.length ? names.includes(s.name) : s.enabled)),
        Date.now(),
      ),
    async drain({ checkMs = 100 } = {}) {
      for (;;) {
        const c = await queue.counts();
        if (c.waiting + c.delayed + c.active === 0) {
          await processor.flushCounts();
          return relay.flush();
        }
        await new Promise((r) => setTimeout(r, checkMs));
      }
    },
    counts: () => queue.counts(),
    // This process's counts first, so what it shows includes what it has stored.
    sourceStatus: async () => {
      await processor.flushCounts();
      return sourceReports(options.store, options.sources);
    },
    async stop() {
      await scheduler?.stop();
      await consumer?.close();
      await processor.flushCounts();
      if (ownRelay) {
        await relay.flush();
        await relay.close();
      }
      if (ownQueue) await queue.close();
      if (ownChannel) await channel.close();
    },
  };
}
