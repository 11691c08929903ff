// The windows of a long document annotated on two threads: this one and the annotation worker
// (pipeline-annotate-thread.ts). Whichever is free takes the next window; the parts are merged in
// text order, so the document is the one a single thread makes (pipeline-window-parts.ts). This
// thread never waits while there is a window it could take: it annotates ahead of the merge, up to
// AHEAD windows, and the worker is kept WORKER_QUEUE windows deep, so it never waits either. A
// worker that cannot start or dies leaves its windows to this thread; a window that fails fails
// the document with its error, as it would on one thread.
import type { Annotator } from "./annotate/index.ts";
import { createHeapBudget, WORKER_HEAP_BUDGET_BYTES } from "./heap-budget.ts";
import { AnnotateThread, WorkerLost } from "./pipeline-annotate-thread.ts";
import { WindowMerger, type WindowPart, type WindowSpan, windowPart } from "./pipeline-window-parts.ts";
import type { Article, Config } from "./types.ts";

/** Windows sent to the worker before it has answered: one to work on, one waiting, so it never idles. */
const WORKER_QUEUE = 2;
/**
 * Windows taken (by either thread) past the first not yet merged. Parts waiting to be merged are
 * compact (~20 bytes a token), but each window this thread annotates leaves its annotation objects
 * as garbage: a few windows keep both threads busy without raising the peak.
 */
const AHEAD = 4;

type Slot =
  | { state: "pending"; promise: Promise<void> }
  | { state: "ready"; part: WindowPart }
  | { state: "failed"; error: Error }
  | { state: "lost" };

/** Every window of `article` annotated, on this thread and the worker, merged in text order. */
export async function annotateOnTwoThreads(
  article: Article,
  annotate: Annotator,
  spans: readonly WindowSpan[],
  config: Config,
  startThread: (config: Config) => AnnotateThread = (c) => new AnnotateThread(c),
): Promise<WindowMerger> {
  const merger = new WindowMerger(article.text, article.dateline);
  const slots: (Slot | undefined)[] = new Array(spans.length);
  const thread = startThread(config);
  const settle = createHeapBudget(WORKER_HEAP_BUDGET_BYTES);
  let taken = 0;
  let queued = 0;
  const annotateHere = (i: number): WindowPart => {
    settle();
    const span = spans[i]!;
    const text = article.text.slice(span.offset, span.to);
    return windowPart(annotate({ ...article, text }, { documentPasses: false }), span);
  };
  const feedWorker = (merged: number) => {
    while (thread.alive && queued < WORKER_QUEUE && taken < spans.length && taken - merged < AHEAD) {
      const i = taken++;
      queued++;
      const promise = thread.annotate(article, spans[i]!).then(
        (part) => {
          slots[i] = { state: "ready", part };
        },
        (error: Error) => {
          slots[i] = error instanceof WorkerLost ? { state: "lost" } : { state: "failed", error };
        },
      );
      slots[i] = { state: "pending", promise: promise.finally(() => queued--) };
    }
  };
  try {
    for (let merged = 0; merged < spans.length; ) {
      // The first window is this thread's, while the worker loads its dictionaries.
      if (taken > 0) feedWorker(merged);
      const head = slots[merged];
      if (head?.state === "ready") {
        merger.add(head.part);
        slots[merged++] = undefined;
        continue;
      }
      if (head?.state === "failed") throw head.error;
      if (head?.state === "lost") {
        slots[merged] = { state: "ready", part: annotateHere(merged) };
        continue;
      }
      if (taken < spans.length && taken - merged < AHEAD) {
        const i = taken++;
        feedWorker(merged);
        slots[i] = { state: "ready", part: annotateHere(i) };
        // Let the worker's replies in before the next window.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (head?.state === "pending") await head.promise;
    }
  } finally {
    await thread.close();
  }
  return merger;
}
