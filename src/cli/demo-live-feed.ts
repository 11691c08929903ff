// The demo's live feed: while `npm start` serves, the bundled demo documents are posted again, one
// every REPLAY_INTERVAL_MS, dated now and marked as replays, through the same intake as
// POST /api/v1/documents. They are coded, stored and announced like any new document, so a
// newcomer watches the dashboard's live view move without a network or a feed to configure.
import type { DocumentIntake } from "../serve/document-intake.ts";
import type { LiveState, Store } from "../store/index.ts";

/** One document every 45 s: demo documents hold 3–13 events each, so a few events a minute. */
export const REPLAY_INTERVAL_MS = 45_000;
/** The first replay comes soon, so a newcomer sees the live view move within seconds. */
const FIRST_REPLAY_MS = 8_000;

/** Input ids of replayed documents start with this, so a replay is never replayed again. */
const REPLAY_PREFIX = "demo-replay-";

/**
 * The replay as a watched source: its status lives in the store's source table (live-state.ts)
 * like a feed's, one "poll" per replayed document, so the Sources page and GET /api/v1/sources
 * show its health (last replay, errors in a row, documents stored) as they show any source's.
 */
export const DEMO_REPLAY_SOURCE = {
  name: "demo-replay",
  type: "replay",
  address: "data/demo (bundled corpus)",
};

interface Original {
  readonly inputId: string;
  readonly title: string | null;
  readonly text: string;
}

async function originals(store: Store): Promise<Original[]> {
  const docs: Original[] = [];
  for await (const d of store.listDocuments()) {
    if (d.inputId.includes(REPLAY_PREFIX)) continue;
    const article = d.article as { title?: string | null; text?: string } | null;
    if (article?.text) docs.push({ inputId: d.inputId, title: article.title ?? null, text: article.text });
  }
  return docs.sort((a, b) => a.inputId.localeCompare(b.inputId));
}

/** The record posted for one replay: the original's title and text, dated now; the closing line
 * makes its content (and so its content hash) new, or the store would skip it as already seen. */
export function replayRecord(original: Original, n: number, now: Date): string {
  const stamp = now.toISOString();
  const body = `${original.title ? `${original.title}\n\n` : ""}${original.text}\n\n(Replayed by the Sitrep demo feed at ${stamp}.)`;
  return JSON.stringify({ id: `${REPLAY_PREFIX}${n}`, text: body, date: stamp });
}

/** Starts replaying; returns the function that stops it. */
export function startDemoReplay(
  store: Store,
  intake: DocumentIntake,
  log: (line: string) => void,
  intervalMs = REPLAY_INTERVAL_MS,
  live: LiveState | null = null,
): () => void {
  let n = 0;
  let stopped = false;
  let docs: Original[] | null = null;
  const name = DEMO_REPLAY_SOURCE.name;
  const firstMs = Math.min(FIRST_REPLAY_MS, intervalMs);
  const registered = live
    ? live
        .registerSources([DEMO_REPLAY_SOURCE])
        .then(() => live.setNextPoll(name, Date.now() + firstMs))
        .catch((error) => log(`live feed: ${(error as Error).message}\n`))
    : Promise.resolve();
  const tick = async () => {
    await registered;
    docs ??= await originals(store);
    if (!docs.length || stopped) return;
    const original = docs[n % docs.length]!;
    n++;
    const [result] = await intake.ingestLines(replayRecord(original, Date.now() * 1000 + n, new Date()));
    const stored = result?.outcome === "stored";
    const failed = !result || result.outcome === "failed";
    if (live) {
      await live.recordPoll(name, {
        status: null,
        error: failed
          ? (result?.error ?? { code: "E_INTERNAL", message: "the replay gave no result" })
          : null,
        items: 1,
        newItems: stored ? 1 : 0,
        nextPollAt: Date.now() + intervalMs,
      });
      if (stored || failed) await live.recordDocument(name, stored ? "stored" : "failed");
    }
    if (stored)
      log(`live feed: replayed ${original.inputId.split("/").pop()} → ${result.events.length} events\n`);
  };
  const run = () => {
    tick().catch(async (error) => {
      log(`live feed: ${(error as Error).message}\n`);
      const code = (error as { code?: string }).code ?? "E_INTERNAL";
      await live
        ?.recordPoll(name, {
          status: null,
          error: { code, message: (error as Error).message },
          items: 0,
          newItems: 0,
          nextPollAt: Date.now() + intervalMs,
        })
        .catch(() => {});
    });
  };
  const first = setTimeout(run, firstMs);
  const timer = setInterval(run, intervalMs);
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
