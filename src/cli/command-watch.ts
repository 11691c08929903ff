// `sitrep watch --sources FILE [--once]`: the scheduler and workers in one process (the embedded
// default, or BullMQ when SITREP_REDIS_URL is set), and `sitrep worker`: workers only, on Redis.
// A live line on a terminal; JSON logs (pino) otherwise.
import pino from "pino";
import { createContext } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { type LiveLogger, openJobQueue, startWatching, type WatchHandle } from "../queue/index.ts";
import { loadSourcesFile, parseInterval } from "../sources/index.ts";
import { openStore } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import { queuePrefix, WATCH_COMMAND, WORKER_COMMAND } from "./live-options.ts";
import { parseCommand } from "./option-table.ts";

function parseConcurrency(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new SitrepError(
      "E_OPTION_VALUE",
      `--concurrency ${String(value)}: use a whole number from 0 to 256`,
    );
  return n;
}

function liveLogger(io: CliIo, tty: boolean): LiveLogger {
  // On a terminal the live line says it all; warnings still show. Elsewhere: JSON lines on stderr.
  if (tty)
    return {
      info() {},
      warn: (f, m) => io.stderr(`\nsitrep: ${m} ${JSON.stringify(f)}\n`),
      error: (f, m) => io.stderr(`\nsitrep: ${m} ${JSON.stringify(f)}\n`),
    };
  return pino({ base: { pid: process.pid }, level: "info" }, pino.destination({ fd: 2, sync: true }));
}

function startLiveLine(handle: WatchHandle, io: CliIo): () => void {
  const timer = setInterval(async () => {
    const c = await handle.counts().catch(() => null);
    const s = handle.stats;
    const minuteAgo = Date.now() - 60_000;
    const perMin = s.recentEventTimes.filter((t) => t >= minuteAgo).length;
    io.stderr(
      `\r\x1b[2Ksitrep watch: ${s.polls} polls (${s.pollErrors} failed) | items ${s.itemsNew} new, ${s.itemsSeen} seen | ` +
        `queue ${c ? `${c.waiting + c.delayed} waiting, ${c.active} active, ${c.dead} dead` : "?"} | ` +
        `${s.documentsStored} stored | ${perMin} events/min`,
    );
  }, 1000);
  return () => {
    clearInterval(timer);
    io.stderr("\n");
  };
}

/** Time allowed for jobs in hand to finish after a stop signal before the process exits anyway. */
const STOP_GRACE_MS = 10_000;

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      // A job that does not finish, or a connection that will not close, must not keep a stopped
      // process alive: an unfinished job is retried by another worker (its lock runs out).
      setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
      resolve(signal);
    };
    process.once("SIGINT", on);
    process.once("SIGTERM", on);
  });
}

export async function runWatch(args: readonly string[], io: CliIo): Promise<number> {
  const values = parseCommand(WATCH_COMMAND, args).values as Record<string, unknown>;
  if (!values.sources) throw new SitrepError("E_USAGE", "sitrep watch needs --sources FILE");
  const file = await loadSourcesFile(values.sources as string);
  const ctx = createContext(values.db ? { dbPath: values.db as string } : {});
  const redisUrl = (values.redis as string | undefined) ?? process.env.SITREP_REDIS_URL ?? null;
  const tty = Boolean(process.stderr.isTTY) && !values.once;
  const logger = liveLogger(io, tty);
  const store = await openStore(ctx.config);
  try {
    const q = await openJobQueue(store, {
      redisUrl,
      prefix: queuePrefix(),
      databaseUrl: ctx.config.databaseUrl,
    });
    try {
      const handle = await startWatching({
        sources: file.sources,
        store,
        ctx,
        queue: q.queue,
        channel: q.channel,
        schedule: !values.once,
        concurrency: parseConcurrency(values.concurrency, 4),
        fetcher: {
          contact: file.contact ?? process.env.SITREP_CONTACT_URL ?? null,
          ...(q.hostGate ? { gate: q.hostGate } : {}),
        },
        allowPrivate: Boolean(values["allow-private"]),
        ...(q.schedulerLock ? { schedulerLock: q.schedulerLock } : {}),
        logger,
      });
      if (values.once) {
        await handle.pollNow();
        await handle.drain();
        const reports = await handle.sourceStatus();
        const counts = await handle.counts();
        await handle.stop();
        const { recentEventTimes: _t, ...stats } = handle.stats;
        io.stdout(
          `${JSON.stringify(
            {
              ...stats,
              queue: counts,
              sources: reports.map((r) => ({
                name: r.name,
                httpStatus: r.status?.lastStatus ?? null,
                items: r.status?.itemsLast ?? 0,
                newItems: r.status?.itemsNewLast ?? 0,
                error: r.status?.lastError?.code ?? null,
              })),
            },
            null,
            2,
          )}\n`,
        );
        return stats.pollErrors || counts.dead ? 1 : 0;
      }
      const stopLine = tty ? startLiveLine(handle, io) : () => {};
      await untilSignal();
      stopLine();
      await handle.stop();
      return 0;
    } finally {
      await q.close();
    }
  } finally {
    await store.close();
  }
}

export async function runWorker(args: readonly string[], io: CliIo): Promise<number> {
  const values = parseCommand(WORKER_COMMAND, args).values as Record<string, unknown>;
  const redisUrl = (values.redis as string | undefined) ?? process.env.SITREP_REDIS_URL ?? null;
  if (!redisUrl)
    throw new SitrepError(
      "E_QUEUE_UNAVAILABLE",
      "sitrep worker needs SITREP_REDIS_URL (with the embedded queue, `sitrep watch` runs the workers itself)",
    );
  const lockText = values["lock-duration"] as string;
  const lockDurationMs = parseInterval(lockText);
  if (!lockDurationMs) throw new SitrepError("E_OPTION_VALUE", `--lock-duration ${lockText}: use e.g. 30s`);
  const ctx = createContext(values.db ? { dbPath: values.db as string } : {});
  const logger = liveLogger(io, false);
  const store = await openStore(ctx.config);
  try {
    const q = await openJobQueue(store, {
      redisUrl,
      prefix: queuePrefix(),
      lockDurationMs,
      // A worker announces what it stores and listens to nothing.
      subscribe: "lazily",
    });
    try {
      const handle = await startWatching({
        sources: [],
        store,
        ctx,
        queue: q.queue,
        channel: q.channel,
        schedule: false,
        warm: true,
        concurrency: Math.max(1, parseConcurrency(values.concurrency, 1)),
        fetcher: {
          contact: process.env.SITREP_CONTACT_URL ?? null,
          ...(q.hostGate ? { gate: q.hostGate } : {}),
        },
        allowPrivate: Boolean(values["allow-private"]),
        logger,
      });
      logger.info({ backend: store.backend, queue: "bullmq" }, "worker started");
      await untilSignal();
      await handle.stop();
      return 0;
    } finally {
      await q.close();
    }
  } finally {
    await store.close();
  }
}
