// What each job does; the same code runs on the embedded queue and on BullMQ workers.
//   poll:     conditional GET of a feed/sitemap (or a folder listing) → new items queued as document jobs
//   document: fetch the article (or take the inline bytes) → pipeline (extract … store); the store's
//             event log is the announcement outbox, and the relay is kicked to announce it at once
// A failing poll records its coded error on the source and waits for its next poll (with backoff);
// a failing document job is retried (transient errors) or dead-lettered (permanent ones).
import { createHash } from "node:crypto";
import { ERRORS, type ErrorCode, SitrepError, toSitrepError } from "../errors.ts";
import { createDocumentIngester } from "../pipeline.ts";
import {
  emptyWarcCounts,
  listLocalFiles,
  type PoliteFetch,
  pollWebSource,
  readLocalDocuments,
  type SourceSpec,
} from "../sources/index.ts";
import type { LiveState, Store } from "../store/index.ts";
import type { Context, RawDoc } from "../types.ts";
import {
  type InlineDocument,
  type Job,
  type JobData,
  type JobProcessor,
  type JobQueue,
  safeJobId,
} from "./job-types.ts";
import { createSourceTally } from "./source-tally.ts";

/** Structured logging as pino does it: an object of fields, then a message. */
export interface LiveLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLogger: LiveLogger = { info() {}, warn() {}, error() {} };

/** Counters for the progress line and the benchmark. */
export interface LiveStats {
  polls: number;
  pollErrors: number;
  itemsNew: number;
  itemsSeen: number;
  documentsStored: number;
  documentsSkipped: number;
  documentsFailed: number;
  events: number;
  /** Times (epoch ms) of recent stored events, for events per minute. */
  readonly recentEventTimes: number[];
}

export function emptyStats(): LiveStats {
  return {
    polls: 0,
    pollErrors: 0,
    itemsNew: 0,
    itemsSeen: 0,
    documentsStored: 0,
    documentsSkipped: 0,
    documentsFailed: 0,
    events: 0,
    recentEventTimes: [],
  };
}

export interface ProcessorDeps {
  readonly store: Store;
  readonly live: LiveState;
  readonly queue: JobQueue;
  /** Announces what the store logged (outbox-relay.ts); kicked after every stored document. */
  readonly relay?: { kick(): void };
  readonly fetch: PoliteFetch;
  readonly ctx: Context;
  /** The configured sources by name (a poll of a source no longer configured does nothing). */
  readonly sources: ReadonlyMap<string, SourceSpec>;
  /** `--allow-private`: every source may reach private addresses. */
  readonly allowPrivate?: boolean;
  readonly logger?: LiveLogger;
  readonly stats?: LiveStats;
  readonly now?: () => number;
}

/** A failing source waits interval × 2^failures before its next poll, at most this long. */
const MAX_POLL_BACKOFF_MS = 6 * 3_600_000;

const sha1 = (s: string | Uint8Array) => createHash("sha1").update(s).digest("hex");

/** A feed's date for the item, as ISO 8601, or nothing when it cannot be read. */
function isoOrNothing(text: string | null): string | undefined {
  const t = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export function toInline(raw: RawDoc): InlineDocument {
  return {
    id: raw.id,
    input: raw.input,
    type: raw.type,
    contentBase64: Buffer.from(raw.content).toString("base64"),
    ...(raw.contentType ? { contentType: raw.contentType } : {}),
    ...(raw.url ? { url: raw.url } : {}),
    ...(raw.date ? { date: raw.date } : {}),
    ...(raw.fetchedAt ? { fetchedAt: raw.fetchedAt } : {}),
  };
}

function fromInline(d: InlineDocument): RawDoc {
  return {
    kind: "raw",
    id: d.id,
    input: d.input,
    type: d.type,
    content: new Uint8Array(Buffer.from(d.contentBase64, "base64")),
    ...(d.contentType ? { contentType: d.contentType } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(d.date ? { date: d.date } : {}),
    ...(d.fetchedAt ? { fetchedAt: d.fetchedAt } : {}),
  };
}

/** The job id of a document: its URL, or its bytes, so the same item is queued once. */
export function documentJobId(data: JobData["document"]): string {
  return safeJobId("doc", sha1(data.url ?? Buffer.from(data.inline?.contentBase64 ?? "", "base64")));
}

export function createJobProcessor(
  deps: ProcessorDeps,
): JobProcessor & { warmUp(): void; flushCounts(): Promise<void> } {
  const { store, live, queue, fetch, ctx, sources } = deps;
  const logger = deps.logger ?? silentLogger;
  // Each source's stored/failed counts, written a few documents at a time (source-tally.ts).
  const tally = createSourceTally(live, {
    onError: (error) => logger.warn({ error: String(error) }, "source counts not written; retried"),
  });
  const stats = deps.stats ?? emptyStats();
  const now = deps.now ?? Date.now;
  // Created on the first document: loading the models takes seconds, and a poll needs none of them.
  let ingester: ReturnType<typeof createDocumentIngester> | null = null;
  // Jobs are deduplicated by id, so a document a job finds stored is a retried job's: the save's
  // own first statement checks for it, instead of a lookup of its own before the coding
  // (pipeline-ingester.ts).
  const newIngester = () => createDocumentIngester(store, ctx, undefined, { checkWhenSaving: true });
  const ingestOne = (raw: RawDoc) => {
    ingester ??= newIngester();
    return ingester(raw);
  };

  const nextPoll = (spec: SourceSpec, failures: number, retryAfterMs: number | null) =>
    now() +
    Math.max(
      retryAfterMs ?? 0,
      failures ? Math.min(MAX_POLL_BACKOFF_MS, spec.intervalMs * 2 ** failures) : spec.intervalMs,
    );

  async function queueDocuments(jobs: JobData["document"][]): Promise<void> {
    if (!jobs.length) return;
    await queue.add(jobs.map((data) => ({ id: documentJobId(data), kind: "document" as const, data })));
  }

  async function pollLocal(spec: SourceSpec): Promise<{ items: number; fresh: number }> {
    const files = await listLocalFiles(spec.path!);
    const fresh = await live.unseen(files.map((f) => f.key));
    const freshSet = new Set(fresh);
    for (const file of files.filter((f) => freshSet.has(f.key))) {
      const warcCounts = emptyWarcCounts();
      const jobs: JobData["document"][] = [];
      for await (const item of readLocalDocuments(file.path, {
        maxBytes: ctx.config.maxInputBytes,
        warcCounts,
      })) {
        if (item.kind === "failure") {
          logger.warn({ source: spec.name, input: item.input, code: item.error.code }, item.error.message);
          tally.add(spec.name, "failed");
          continue;
        }
        jobs.push({ source: spec.name, inline: toInline(item) });
        // Queue in batches so a large archive never sits in memory whole.
        if (jobs.length >= 100) await queueDocuments(jobs.splice(0));
      }
      await queueDocuments(jobs);
      if (warcCounts.records)
        logger.info({ source: spec.name, file: file.path, ...warcCounts }, "archive read");
      await live.markSeen([file.key], spec.name);
    }
    return { items: files.length, fresh: fresh.length };
  }

  async function poll(job: Job<"poll">): Promise<void> {
    const spec = job.data.spec ?? sources.get(job.data.source);
    if (!spec?.enabled) return;
    const state = await live.sourceStatus(spec.name);
    stats.polls++;
    try {
      if (spec.type === "folder" || spec.type === "warc") {
        const { items, fresh } = await pollLocal(spec);
        stats.itemsNew += fresh;
        stats.itemsSeen += items - fresh;
        await live.recordPoll(spec.name, {
          status: null,
          error: null,
          items,
          newItems: fresh,
          nextPollAt: nextPoll(spec, 0, null),
        });
        return;
      }
      const r = await pollWebSource(
        spec,
        { etag: state?.etag ?? null, lastModified: state?.lastModified ?? null },
        fetch,
        { allowPrivate: deps.allowPrivate },
      );
      if (r.status === 304) {
        stats.itemsSeen += state?.itemsLast ?? 0;
        await live.recordPoll(spec.name, {
          status: 304,
          error: null,
          items: state?.itemsLast ?? 0,
          newItems: 0,
          nextPollAt: nextPoll(spec, 0, null),
        });
        logger.info({ source: spec.name, status: 304 }, "not modified");
        return;
      }
      const urls = [...new Set(r.items.map((i) => i.url))];
      const fresh = await live.unseen(urls);
      const dates = new Map(r.items.map((i) => [i.url, isoOrNothing(i.published)]));
      await queueDocuments(
        fresh.map((url) => {
          const date = dates.get(url);
          return {
            source: spec.name,
            url,
            allowPrivate: spec.allowPrivate,
            maxBytes: spec.maxBytes,
            ...(date ? { date } : {}),
          };
        }),
      );
      // Marked after queueing: a crash in between queues them again next poll, and the job id
      // (and the store's own idempotence) keeps that from becoming a second fetch or a duplicate.
      await live.markSeen(fresh, spec.name);
      stats.itemsNew += fresh.length;
      stats.itemsSeen += urls.length - fresh.length;
      await live.recordPoll(spec.name, {
        status: r.status,
        error: null,
        items: urls.length,
        newItems: fresh.length,
        etag: r.etag,
        lastModified: r.lastModified,
        nextPollAt: nextPoll(spec, 0, null),
      });
      logger.info({ source: spec.name, status: r.status, items: urls.length, new: fresh.length }, "polled");
    } catch (error) {
      const e = toSitrepError(error, spec.url ?? spec.path ?? spec.name);
      const extra = error as { status?: number | null; retryAfterMs?: number | null };
      stats.pollErrors++;
      await live.recordPoll(spec.name, {
        status: extra.status ?? null,
        error: { code: e.code, message: e.message },
        items: 0,
        newItems: 0,
        nextPollAt: nextPoll(spec, (state?.consecutiveFailures ?? 0) + 1, extra.retryAfterMs ?? null),
      });
      logger.warn({ source: spec.name, code: e.code }, e.message);
    }
  }

  async function document(job: Job<"document">): Promise<void> {
    const { source, url, inline, date } = job.data;
    let raw: RawDoc;
    if (inline) raw = fromInline(inline);
    else if (url) {
      if (await store.findDocument("", url)) {
        stats.documentsSkipped++;
        return;
      }
      const r = await fetch(url, {
        kind: "page",
        allowPrivate: Boolean(job.data.allowPrivate || deps.allowPrivate),
        maxBytes: job.data.maxBytes ?? ctx.config.maxInputBytes,
      });
      const contentType = r.headers["content-type"];
      raw = {
        kind: "raw",
        id: url,
        input: url,
        type: /^text\/plain/i.test(contentType ?? "") ? "text" : "html",
        content: new Uint8Array(r.body),
        ...(contentType ? { contentType } : {}),
        url: r.url,
        ...(date ? { date } : {}),
        // What "2 hours ago" on the page counts back from.
        fetchedAt: new Date(now()).toISOString(),
      };
    } else throw new SitrepError("E_INTERNAL", `document job ${job.id} has neither url nor inline content`);
    const outcome = await ingestOne(raw);
    if (outcome.outcome === "skipped") {
      stats.documentsSkipped++;
      return;
    }
    if (outcome.outcome === "failed") {
      stats.documentsFailed++;
      if (source) tally.add(source, "failed");
      const code = (outcome.error.code in ERRORS ? outcome.error.code : "E_INTERNAL") as ErrorCode;
      const e = new SitrepError(code, undefined, raw.input);
      e.message = outcome.error.message;
      throw e;
    }
    stats.documentsStored++;
    stats.events += outcome.events;
    const t = now();
    for (let i = 0; i < outcome.events; i++) stats.recentEventTimes.push(t);
    if (stats.recentEventTimes.length > 10_000) stats.recentEventTimes.splice(0, 5000);
    // Announced from the event log the store wrote in the same transaction: a process killed
    // here loses no announcement, the next relay run (in any process) makes it.
    deps.relay?.kick();
    if (source) tally.add(source, "stored");
  }

  const processor = async (job: Job) => {
    if (job.kind === "poll") return poll(job as Job<"poll">);
    if (job.kind === "document") return document(job as Job<"document">);
    throw new SitrepError("E_INTERNAL", `unknown job kind ${job.kind}`);
  };
  return Object.assign(processor, {
    warmUp() {
      ingester ??= newIngester();
    },
    flushCounts: () => tally.flush(),
  });
}
