// The live side's jobs: one queue interface with two backends (the embedded job table in the
// store's database, BullMQ on Redis), the processors that carry sources through the pipeline, the
// scheduler, the announcement channel and its outbox relay, and `startWatching`, which runs it all in one process.

export { type BullmqJobQueue, type BullmqQueueOptions, createBullmqQueue } from "./bullmq-queue.ts";
export { createEmbeddedQueue, type EmbeddedQueueOptions } from "./embedded-queue.ts";
export {
  type Announcement,
  type AnnouncementListener,
  createEventChannel,
  createMemoryChannel,
  createRedisChannel,
  type EventAnnouncement,
  type EventChannel,
  type EventChannelConfig,
  onDocument,
} from "./event-channel.ts";
export {
  createJobProcessor,
  documentJobId,
  emptyStats,
  type LiveLogger,
  type LiveStats,
  type ProcessorDeps,
  silentLogger,
  toInline,
} from "./job-processors.ts";
export type {
  Consumer,
  DeadJob,
  InlineDocument,
  Job,
  JobData,
  JobKind,
  JobProcessor,
  JobQueue,
  NewJob,
  QueueCounts,
} from "./job-types.ts";
export {
  type SourceReport,
  sourceReports,
  startWatching,
  type WatchHandle,
  type WatchOptions,
} from "./live-runtime.ts";
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from "./outbox-relay.ts";
export { openJobQueue } from "./queue-config.ts";
export { DEFAULT_RETRY, type RetryPolicy } from "./retry-policy.ts";
export { type SchedulerLock, startScheduler } from "./scheduler.ts";
