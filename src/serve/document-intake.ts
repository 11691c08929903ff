// Documents posted to the API go through the same record reader as JSON Lines files and the same
// ingest as `sitrep ingest`; the pipeline (dictionaries, gazetteer) is loaded once per process, on
// first use, and documents are coded one request at a time so a burst cannot run the store's
// transactions against each other.
import { parseJsonlRecords } from "../ingest/jsonl-records.ts";
import { createPipeline, type DocProcessor, ingestInto } from "../pipeline.ts";
import type { Store, StoredEvent } from "../store/index.ts";
import type { Context, DocFailure, RawDoc } from "../types.ts";
import type { Announcer } from "./announcer.ts";
import type { Metrics } from "./metrics.ts";

export interface IntakeResult {
  readonly id: string;
  readonly outcome: "stored" | "skipped" | "failed";
  readonly docKey: string | null;
  readonly error: { code: string; message: string } | null;
  readonly events: readonly StoredEvent[];
}

export interface DocumentIntake {
  /** Codes and stores the JSON Lines records (one document a line), announcing what was stored. */
  ingestLines(jsonl: string): Promise<IntakeResult[]>;
}

export function createDocumentIntake(
  store: Store,
  ctx: Context,
  announcer: Announcer,
  metrics: Metrics,
): DocumentIntake {
  let pipeline: DocProcessor<"code"> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const run = async (jsonl: string): Promise<IntakeResult[]> => {
    pipeline ??= createPipeline(ctx, "code");
    const records = [
      ...parseJsonlRecords(jsonl, "api", { type: "auto", maxBytes: ctx.config.maxInputBytes }),
    ];
    const outcomes = new Map<
      string,
      { outcome: IntakeResult["outcome"]; docKey: string | null; detail?: string }
    >();
    async function* items(): AsyncIterable<RawDoc | DocFailure> {
      yield* records;
    }
    // Each stored document is announced as soon as its transaction commits, before the reply is
    // built (reading its events back) and before the next line of a JSON Lines body is coded:
    // streams hear of it that much sooner.
    const announced: Promise<void>[] = [];
    await ingestInto(
      store,
      items(),
      ctx,
      (p) => {
        outcomes.set(p.input, { outcome: p.outcome, docKey: p.docKey ?? null, detail: p.detail });
        if (p.outcome === "stored" && p.docKey)
          announced.push(
            announcer.announce({ type: "stored", docKeys: [p.docKey], events: p.doc?.events ?? 0 }),
          );
      },
      pipeline,
    );
    await Promise.all(announced);
    const results: IntakeResult[] = [];
    for (const r of records) {
      const o = outcomes.get(r.input);
      const failure = r.kind === "failure" ? r.error : null;
      const error =
        failure ??
        (o?.outcome === "failed" && o.detail
          ? { code: o.detail.split(":")[0]!, message: o.detail.slice(o.detail.indexOf(":") + 1).trim() }
          : null);
      const docKey = o?.docKey ?? null;
      const detail = docKey && o?.outcome !== "failed" ? await store.documentDetail(docKey) : null;
      results.push({
        id: r.id,
        outcome: failure ? "failed" : (o?.outcome ?? "failed"),
        docKey,
        error,
        events: detail?.events ?? [],
      });
    }
    const stored = results.filter((r) => r.outcome === "stored");
    if (stored.length) {
      const events = stored.reduce((n, r) => n + r.events.length, 0);
      metrics.inc("sitrep_documents_stored_total", {}, stored.length);
      metrics.inc("sitrep_events_stored_total", {}, events);
    }
    return results;
  };

  return {
    ingestLines: (jsonl) => {
      const next = queue.then(() => run(jsonl));
      queue = next.catch(() => {});
      return next;
    },
  };
}
