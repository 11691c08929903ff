// The publisher of the announcement outbox: reads what the event log holds past its cursor and
// announces it on the channel, one message per stored document, in log order, a batch at a time
// (one Redis round trip while the shared cursor is held). Kicked after every
// stored document (announced within milliseconds) and swept on a timer (what a killed process left
// unannounced, or what another process without a relay stored, is announced within `sweepMs`).
// A kick also sends a wake-up at once, before the relay's run: a message with no seq and no
// document, one PUBLISH on Redis and no store read. Listeners that read the log themselves (the
// SSE stream, the alert engine) follow the commit on it, instead of waiting for the run, which
// on a shared channel starts at most every SHARED_MIN_INTERVAL_MS (measured: 30-250 ms of the
// stream's cross-process latency, bench/api/relay-hop.ts). The run stays the durable path: a
// wake-up lost with its process or its Redis connection is made up by the run, or by the sweep.
// On Redis the cursor is in the store, shared by every process on the channel; in process it is
// this process's own, starting at the log's end (its listeners were not there before).
import type { Outbox, OutboxBatch } from "../store/index.ts";
import type { EventChannel } from "./event-channel.ts";

export interface OutboxRelay {
  /** Called after a commit that logged something: wakes the log's readers at once and asks for a
   * run within a few tens of milliseconds; returns at once. */
  kick(): void;
  /** Runs until everything logged so far is announced (or another process is announcing it). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface OutboxRelayOptions {
  /** How often to look at the log without a kick (default 1 s). */
  readonly sweepMs?: number;
  /** Least time between the starts of two kicked runs (default 250 ms on a shared channel, 0 in
   * process). */
  readonly minIntervalMs?: number;
  /** Log rows read per batch (default 200). */
  readonly batch?: number;
  readonly onError?: (error: unknown) => void;
}

/** When the outbox answers "busy" (another process holds the shared cursor), look again this soon:
 * it may have read the log before this process's last commit. PostgreSQL's outbox now waits for
 * the holder instead (postgres/outbox-read-postgres.ts), so this is the path of other outboxes. */
const BUSY_RETRY_MS = 50;
/** A kick waits this long before the run, so documents stored close together share one run (one
 * read of the log, one cursor move) instead of a run each: a busy worker stores one every few tens
 * of milliseconds, and a run costs about as many round trips as storing a document. */
const KICK_DELAY_MS = 30;
/** On a shared channel every worker process runs a relay over the one log, each run a transaction
 * of several statements: runs start at most this often per process, so under load a run announces
 * many documents (measured: a run per document was a third of a worker's store round trips, and
 * more with two workers taking turns on the cursor). An idle process still announces within
 * KICK_DELAY_MS. */
const SHARED_MIN_INTERVAL_MS = 250;

export async function createOutboxRelay(
  outbox: Outbox,
  channel: EventChannel,
  options: OutboxRelayOptions = {},
): Promise<OutboxRelay> {
  const batchSize = options.batch ?? 200;
  const shared = channel.backend !== "memory";
  const cursorName = `channel:${channel.topic}`;
  if (shared) await outbox.startCursor(cursorName);
  let cursor = shared ? 0 : await outbox.lastSeq();
  let closed = false;
  let running: Promise<void> | null = null;
  let again = false;
  let busyTimer: NodeJS.Timeout | null = null;
  let kickTimer: NodeJS.Timeout | null = null;
  const minIntervalMs = options.minIntervalMs ?? (shared ? SHARED_MIN_INTERVAL_MS : 0);
  let lastRunAt = Number.NEGATIVE_INFINITY;

  // A batch's documents in one call (one round trip on Redis), each its own message in log order.
  const publish = (batch: OutboxBatch) =>
    channel.announceAll(
      batch.documents.map((d) => ({
        type: "stored" as const,
        docKeys: [d.docKey],
        events: d.events.length,
        seq: d.seq,
        document: d,
      })),
    );

  const runOnce = async (): Promise<void> => {
    for (;;) {
      if (!shared) {
        const batch = await outbox.after(cursor, batchSize);
        if (batch.lastSeq === cursor) return;
        await publish(batch);
        cursor = batch.lastSeq;
        if (!batch.more) return;
        continue;
      }
      const r = await outbox.relay(cursorName, batchSize, publish);
      if (r === "busy") {
        if (!busyTimer && !closed)
          busyTimer = setTimeout(() => {
            busyTimer = null;
            runNow();
          }, BUSY_RETRY_MS);
        return;
      }
      if (!r.more) return;
    }
  };

  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    lastRunAt = performance.now();
    running = (async () => {
      do {
        again = false;
        try {
          await runOnce();
        } catch (error) {
          options.onError?.(error);
        }
      } while (again && !closed);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const runNow = () => {
    if (!closed) void run();
  };
  // The wake-up names nothing: its listeners read the log past their own position.
  const wake = () => {
    channel.announce({ type: "stored", docKeys: [], events: 0 }).catch((error) => options.onError?.(error));
  };
  const kick = () => {
    if (closed) return;
    wake();
    if (kickTimer) return;
    const wait = Math.max(KICK_DELAY_MS, lastRunAt + minIntervalMs - performance.now());
    kickTimer = setTimeout(() => {
      kickTimer = null;
      runNow();
    }, wait);
  };
  const sweep = setInterval(runNow, options.sweepMs ?? 1000);
  sweep.unref();

  return {
    kick,
    async flush() {
      await run();
      // A run already under way may have read the log before the caller's commit: one more.
      await run();
    },
    async close() {
      closed = true;
      clearInterval(sweep);
      if (busyTimer) clearTimeout(busyTimer);
      if (kickTimer) clearTimeout(kickTimer);
      await running;
    },
  };
}
