// The main thread's handle on the annotation worker (pipeline-annotate-worker.ts): a worker thread
// that loads the annotate stage and annotates windows of a long document while this thread
// annotates others, so a long document uses the machine's second core. Started for one long
// document and ended with it: its dictionaries and gazetteer (~150 MB) are not held while the
// document is coded and stored, nor by a process that only sees short documents.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PROJECT_DATA_DIR } from "./context.ts";
import { ERRORS, type ErrorCode, SitrepError } from "./errors.ts";
import type { WindowJob, WindowReply } from "./pipeline-annotate-worker.ts";
import type { WindowPart, WindowSpan } from "./pipeline-window-parts.ts";
import type { Article, Config } from "./types.ts";

/** The worker's entry, next to bin/sitrep.js: it loads dist/ or the sources as the command does. */
const WORKER_ENTRY = join(PROJECT_DATA_DIR, "..", "bin", "annotate-worker.js");

let threadsStarted = 0;

/** How many annotation workers this process has started: tests check that short documents start none. */
export function annotateThreadsStarted(): number {
  return threadsStarted;
}

/** The worker stopped (it could not start, or died): its windows are annotated here instead. */
export class WorkerLost extends Error {}

export class AnnotateThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<
    number,
    { resolve: (p: WindowPart) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private lost: Error | null = null;

  /** `entry`: the worker's script (tests give one that cannot start). */
  constructor(config: Config, entry = WORKER_ENTRY) {
    threadsStarted++;
    // A small young generation: the worker's garbage is collected young instead of piling up in
    // memory the process keeps after the worker ends (peak RSS of a 20 MB document, measured).
    this.worker = new Worker(entry, {
      workerData: { config },
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    // Not unref'd: while this thread waits for a window, the worker is all that keeps the process
    // alive. The schedule closes it when the document's windows are merged or one fails.
    this.worker.on("message", (reply: WindowReply) => {
      const job = this.waiting.get(reply.id);
      if (!job) return;
      this.waiting.delete(reply.id);
      if ("part" in reply) job.resolve(reply.part);
      else job.reject(rebuildError(reply.error));
    });
    const fail = (error: Error) => {
      this.lost ??= new WorkerLost(error.message);
      for (const job of this.waiting.values()) job.reject(this.lost);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`annotation worker exited with code ${code}`)));
  }

  /** False once the worker has stopped: no more windows should be sent to it. */
  get alive(): boolean {
    return this.lost === null;
  }

  /** The part of the window `span` of `article` (whose text is the whole document). */
  annotate(article: Article, span: WindowSpan): Promise<WindowPart> {
    if (this.lost) return Promise.reject(this.lost);
    const id = this.nextId++;
    const job: WindowJob = {
      id,
      // Only what annotate reads: the text read for this window, not the document's paragraphs.
      article: { ...article, text: article.text.slice(span.offset, span.to), paragraphs: [], images: [] },
      span,
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.lost ??= new WorkerLost("annotation worker closed");
    await this.worker.terminate();
  }
}

/** The worker's error as the main thread would have thrown it: the same code and message. */
function rebuildError({ code, message }: { code: string | null; message: string }): Error {
  if (code === null || !(code in ERRORS)) return new Error(message);
  const error = new SitrepError(code as ErrorCode);
  Object.defineProperty(error, "message", { value: message });
  return error;
}
