// Bounded memory for long documents. A long text is read a window at a time (pipeline-windows.ts)
// so that what stays live is small (~30 MB of heap per 5 MB of text: packed tokens, stored-form
// mentions), but V8 collects old-space garbage only when its own heuristics say so: with the
// default heap limit (4 GB on a 64-bit machine) each window's dead wink records, token objects and
// match arrays piled up to 560 MB of heap at 5 MB of text (27 MB of it live) and 1.8 GB of RSS at
// 20 MB. Between windows, once the heap has grown a budget past what the last collection left,
// a full collection is asked for: memory is then bounded by what is live plus the budget plus one
// window, whatever the process's heap limit.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const MB = 1024 * 1024;

/**
 * Heap growth between windows before a full collection. A collection with the dictionaries and
 * the gazetteer live (~150 MB) costs ~0.1-0.2 CPU s, so it should come every few windows (a
 * window of 300,000 characters leaves ~40-80 MB of garbage), not after each.
 */
export const HEAP_BUDGET_BYTES = 256 * MB;

/**
 * The budget between windows of coding. A coded window leaves less garbage than an annotated one
 * (~15 MB at 20 MB of text, promoted because it lives through the window), but the store's page
 * cache fills at the same time: with 256 MB the heap went from ~300 MB live to ~560 before each
 * collection, the process's peak. 128 MB costs about twice the collections (each ~0.3 s with a
 * 20 MB document live), ~2 s in all at 20 MB.
 */
export const CODE_HEAP_BUDGET_BYTES = 128 * MB;

/**
 * The budget of the annotation worker (pipeline-annotate-worker.ts) and of this thread while the
 * worker runs: two heaps each piling up a window's garbage to 256 MB took a 20 MB document from
 * 918 to 1,379 MB of peak RSS. Each window of 300,000 characters leaves ~40-80 MB of garbage.
 */
export const WORKER_HEAP_BUDGET_BYTES = 96 * MB;

let collect: (() => void) | null | undefined;

/** V8's full collection, exposed without a command-line flag; null where the runtime refuses. */
function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    collect = typeof gc === "function" ? () => (gc as () => void)() : null;
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * A check to call between windows of one document: collects when the heap has grown more than
 * `budget` bytes since the check began or since the last collection it asked for.
 */
export function createHeapBudget(budget = HEAP_BUDGET_BYTES): () => void {
  let floor = process.memoryUsage().heapUsed;
  return () => {
    const used = process.memoryUsage().heapUsed;
    // A collection since (V8's own, or collectNow's) lowers the floor: a budget begun while the
    // heap held garbage would otherwise let the heap grow past what is live by that garbage too.
    floor = Math.min(floor, used);
    if (used - floor < budget) return;
    const gc = fullCollection();
    if (!gc) return;
    collectAndNote(gc);
    floor = heapAfterCollection;
  };
}

/**
 * How far the heap must have grown since the last collection asked for here before collectNow
 * collects again. A forced collection is atomic: it marks everything live (~300 MB with a 20 MB
 * document and the dictionaries) whatever little garbage there is, ~0.3-0.5 s on the main thread
 * at 20 MB. A long document asks for one before its document passes, its article JSON and its
 * coding windows, the last two a few steps apart: at 5 MB the third freed 12 MB of 188 in 2.8 s
 * (wall, under load). 32 MB is what a window of coding leaves in garbage, give or take (above).
 */
export const COLLECT_MIN_GROWTH_BYTES = 32 * MB;

/** The heap used right after the last collection asked for here (budget or collectNow). */
let heapAfterCollection = Number.NEGATIVE_INFINITY;

function collectAndNote(gc: () => void): void {
  gc();
  heapAfterCollection = process.memoryUsage().heapUsed;
}

/**
 * A full collection now, where the runtime allows it: before a step that builds one large value
 * (a long document's annotation JSON, tens of millions of characters) on top of the garbage the
 * windows before it left. Skipped when the heap has grown less than `minGrowth` since the last
 * collection asked for here: there is too little to free for a full mark of what is live.
 */
export function collectNow(minGrowth = COLLECT_MIN_GROWTH_BYTES): boolean {
  const gc = fullCollection();
  if (!gc) return false;
  if (process.memoryUsage().heapUsed - heapAfterCollection < minGrowth) return false;
  collectAndNote(gc);
  return true;
}
