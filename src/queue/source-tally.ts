// Each source's document counts (stored, failed) for `sitrep sources status`, added up in this
// process and written as one UPDATE per source a short while after the first outcome, instead of
// one UPDATE per document. Per document that UPDATE was a round trip, a transaction and a commit
// (a WAL flush on PostgreSQL) of its own, on the source's one row, which every worker storing that
// source's documents updates: a row lock the workers take in turn, document after document.
// The counts are status, not data: documents and events are stored (and deduplicated) by the
// store's own transaction whatever happens here; a process killed with counts not yet written
// undercounts its source's status by at most what it stored in the last `delayMs`. drain() and
// stop() write them (flush), so a run that ends as runs end counts exactly.
import type { LiveState } from "../store/index.ts";

export interface SourceTally {
  /** Counts one document's outcome; written within `delayMs`. */
  add(source: string, outcome: "stored" | "failed"): void;
  /** Writes what is counted and not yet written. */
  flush(): Promise<void>;
}

/** Long enough that a busy worker's documents share a statement, short enough for a status page. */
const DEFAULT_DELAY_MS = 250;

export function createSourceTally(
  live: Pick<LiveState, "recordDocuments">,
  options: { readonly delayMs?: number; readonly onError?: (error: unknown) => void } = {},
): SourceTally {
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  let pending = new Map<string, { stored: number; failed: number }>();
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  const write = async (counts: Map<string, { stored: number; failed: number }>) => {
    for (const [source, c] of counts) {
      try {
        await live.recordDocuments(source, c);
      } catch (error) {
        // Kept for the next write (the store may be back by then); the caller hears of it.
        const again = pending.get(source) ?? { stored: 0, failed: 0 };
        pending.set(source, { stored: again.stored + c.stored, failed: again.failed + c.failed });
        options.onError?.(error);
      }
    }
  };
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const counts = pending;
    pending = new Map();
    // One write at a time, in order: the last flush's promise covers everything counted before it.
    writing = writing.then(() => (counts.size ? write(counts) : undefined));
    return writing;
  };
  return {
    add(source, outcome) {
      const c = pending.get(source) ?? { stored: 0, failed: 0 };
      c[outcome]++;
      pending.set(source, c);
      if (!timer) {
        timer = setTimeout(() => void flush(), delayMs);
        // A pending write never holds a process open; stop() flushes it.
        timer.unref();
      }
    },
    flush,
  };
}
