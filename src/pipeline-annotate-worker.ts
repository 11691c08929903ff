// The annotation worker's side (a worker thread started by pipeline-annotate-thread.ts): loads the
// annotate stage once from the caller's configuration, then annotates the windows it is sent, one
// at a time, and posts each back as a WindowPart (pipeline-window-parts.ts), its typed arrays
// transferred. A failure is posted as the error's code and message, so the document fails with the
// code it would have had on the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { createAnnotator } from "./annotate/index.ts";
import { isSitrepError } from "./errors.ts";
import { createHeapBudget, WORKER_HEAP_BUDGET_BYTES } from "./heap-budget.ts";
import { partBuffers, type WindowSpan, windowPart } from "./pipeline-window-parts.ts";
import type { Article, Config, Logger } from "./types.ts";

/** A window to annotate: the article with its text cut to what is read, and where it sits. */
export interface WindowJob {
  readonly id: number;
  readonly article: Article;
  readonly span: WindowSpan;
}

export type WindowReply =
  | { readonly id: number; readonly part: import("./pipeline-window-parts.ts").WindowPart }
  | { readonly id: number; readonly error: { code: string | null; message: string } };

/** The main thread has already reported what loading the dictionaries found: said once, not twice. */
const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {} };

const port = parentPort;
if (port) {
  const config = (workerData as { config: Config }).config;
  const annotate = createAnnotator({ config, clock: () => new Date(), logger: silent });
  // The worker's heap is its own: its windows' garbage is collected on its own budget.
  const settle = createHeapBudget(WORKER_HEAP_BUDGET_BYTES);
  port.on("message", (job: WindowJob) => {
    let reply: WindowReply;
    try {
      settle();
      const part = windowPart(annotate(job.article, { documentPasses: false }), job.span);
      port.postMessage({ id: job.id, part } satisfies WindowReply, partBuffers(part));
      return;
    } catch (error) {
      const code = isSitrepError(error) ? error.code : null;
      reply = {
        id: job.id,
        error: { code, message: error instanceof Error ? error.message : String(error) },
      };
    }
    port.postMessage(reply);
  });
}
