// The queue's contract: two job kinds, one JobQueue interface with two backends (the embedded
// SQLite job table and BullMQ on Redis), and one processor signature, so the same processor code
// runs on either and switching to Redis is configuration.
import type { SourceSpec } from "../sources/index.ts";
import type { DocType } from "../types.ts";

/** A document carried inline (folder files, WARC records, backlogs): its bytes travel with the job. */
export interface InlineDocument {
  readonly id: string;
  readonly input: string;
  readonly type: DocType;
  /** Raw bytes, base64 (JSON payloads carry no binary). */
  readonly contentBase64: string;
  readonly contentType?: string;
  readonly url?: string;
  readonly date?: string;
  /** RawDoc.fetchedAt: when the bytes were fetched or captured (ISO 8601). */
  readonly fetchedAt?: string;
}

export interface JobData {
  /** Poll one source: fetch its feed or sitemap (conditional GET) or list its folder, queue what is new. */
  poll: {
    readonly source: string;
    /** The source as configured when the poll was queued: workers elsewhere need no sources file. */
    readonly spec?: SourceSpec;
  };
  /** Fetch an article (url) or take an inline document, then extract, code, store and announce it. */
  document: {
    readonly source: string | null;
    readonly url?: string;
    readonly inline?: InlineDocument;
    /** The date the feed gave the item: a fallback when the page states none. */
    readonly date?: string;
    /** The source's fetch settings, carried so a worker without the sources file fetches alike. */
    readonly allowPrivate?: boolean;
    readonly maxBytes?: number | null;
  };
}

export type JobKind = keyof JobData;

export interface Job<K extends JobKind = JobKind> {
  readonly id: string;
  readonly kind: K;
  readonly data: JobData[K];
  /** 1 on the first try. */
  readonly attempt: number;
}

export type JobProcessor = (job: Job) => Promise<void>;

export interface NewJob<K extends JobKind = JobKind> {
  /** Idempotency key: a job whose id is already queued (or done) is not added again. */
  readonly id: string;
  readonly kind: K;
  readonly data: JobData[K];
  readonly delayMs?: number;
}

export interface QueueCounts {
  readonly waiting: number;
  /** Waiting for a retry's backoff or a delay to pass. */
  readonly delayed: number;
  readonly active: number;
  readonly done: number;
  /** Failed after every attempt (or at once, for a permanent error): the dead-letter list. */
  readonly dead: number;
}

export interface DeadJob {
  readonly id: string;
  readonly kind: string;
  readonly attempts: number;
  readonly error: string;
  readonly failedAt: string;
  readonly data: unknown;
}

export interface Consumer {
  /** Stops taking jobs and waits for the ones in hand to finish. */
  close(): Promise<void>;
}

export interface JobQueue {
  readonly backend: "embedded" | "bullmq";
  /** Adds jobs; ids already known are skipped. Returns how many were new (BullMQ: how many were sent). */
  add(jobs: readonly NewJob[]): Promise<number>;
  /** Runs `processor` on jobs as they come, `concurrency` at a time in this process. */
  consume(processor: JobProcessor, options: { concurrency: number }): Consumer;
  counts(): Promise<QueueCounts>;
  listDead(limit?: number): Promise<DeadJob[]>;
  /** Moves one dead job (or all, id null) back to the queue with fresh attempts; returns how many. */
  retryDead(id: string | null): Promise<number>;
  close(): Promise<void>;
}

/** Job ids carry only [A-Za-z0-9_-] (BullMQ refuses ":" in custom ids). */
export function safeJobId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
