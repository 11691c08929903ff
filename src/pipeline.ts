// The one place where stage order lives. Stages are created once per run (loading their
// models and dictionaries) and then applied to each document in turn.
import { createHash } from "node:crypto";
import { createAnnotator } from "./annotate/index.ts";
import { chooseCluster, simhash64 } from "./dedup/index.ts";
import { toSitrepError } from "./errors.ts";
import { createExtractor } from "./extract/index.ts";
import type { Store } from "./store/index.ts";
import type { AnnotatedDoc, Article, CodedEvent, Context, DocFailure, RawDoc } from "./types.ts";

/** The stages in order. ingest reads inputs; store persists; the rest transform one document. */
export const STAGES = ["ingest", "extract", "annotate", "code", "locate", "dedup", "store"] as const;
export type StageName = (typeof STAGES)[number];

/** The last stage a run goes through, and what each such run yields per document. */
export interface StageOutput {
  extract: Article;
  annotate: AnnotatedDoc;
}
export type DocStage = keyof StageOutput;

export type DocProcessor<S extends DocStage> = (raw: RawDoc) => StageOutput[S] | DocFailure;

/**
 * Builds a function that runs one raw document through every stage up to `until`. A failing
 * document becomes a DocFailure with a code, so a batch reports it and goes on.
 */
export function createPipeline<S extends DocStage>(ctx: Context, until: S): DocProcessor<S> {
  const extract = createExtractor(ctx);
  const annotate = STAGES.indexOf(until) >= STAGES.indexOf("annotate") ? createAnnotator(ctx) : null;
  return (raw) => {
    try {
      const article = extract(raw);
      if (!annotate) return article as StageOutput[S];
      return annotate(article) as StageOutput[S];
    } catch (error) {
      const e = toSitrepError(error, raw.input);
      return { kind: "failure", id: raw.id, input: raw.input, error: e.toJSON() };
    }
  };
}

/** What one ingest run did. */
export interface IngestSummary {
  seen: number;
  stored: number;
  /** Already in the store (same content or canonical URL): not processed again. */
  skipped: number;
  failed: number;
  events: number;
  /** Stored documents that joined an existing near-duplicate cluster. */
  nearDuplicates: number;
}

export type IngestProgress = (item: {
  input: string;
  outcome: "stored" | "skipped" | "failed";
  detail?: string;
}) => void;

function contentHash(raw: RawDoc): string {
  return createHash("sha256").update(raw.content).digest("hex");
}

function sourceOf(article: Article): string | null {
  if (article.siteName) return article.siteName;
  if (!article.url) return null;
  try {
    return new URL(article.url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/**
 * ingest → extract → annotate → code → dedup → store, one document at a time, each stored in
 * its own transaction: a run killed at any point and run again loses nothing and stores nothing
 * twice (documents already stored are recognised by content hash or canonical URL and skipped).
 */
export async function ingestInto(
  store: Store,
  items: AsyncIterable<RawDoc | DocFailure>,
  ctx: Context,
  onProgress: IngestProgress = () => {},
): Promise<IngestSummary> {
  const run = createPipeline(ctx, "annotate");
  const summary: IngestSummary = { seen: 0, stored: 0, skipped: 0, failed: 0, events: 0, nearDuplicates: 0 };
  for await (const item of items) {
    summary.seen++;
    if (item.kind === "failure") {
      summary.failed++;
      onProgress({
        input: item.input,
        outcome: "failed",
        detail: `${item.error.code}: ${item.error.message}`,
      });
      continue;
    }
    const hash = contentHash(item);
    if (await store.findDocument(hash, item.url ?? null)) {
      summary.skipped++;
      onProgress({ input: item.input, outcome: "skipped" });
      continue;
    }
    const doc = run(item);
    if (doc.kind === "failure") {
      summary.failed++;
      onProgress({ input: item.input, outcome: "failed", detail: `${doc.error.code}: ${doc.error.message}` });
      continue;
    }
    const events: CodedEvent[] = "events" in doc ? [...(doc as { events: CodedEvent[] }).events] : [];
    const simhash = simhash64(doc.text);
    const clusterKey = chooseCluster(simhash, await store.nearDuplicateCandidates(simhash));
    const { sentences, mentions, ...article } = doc;
    const result = await store.saveDocument({
      inputId: doc.id,
      contentHash: hash,
      url: doc.url,
      source: sourceOf(doc as unknown as Article),
      title: doc.title,
      publishedAt: doc.publishedAt,
      lang: doc.lang,
      simhash,
      clusterKey,
      article: { ...article, kind: "article" },
      annotations: { sentences, mentions },
      events,
      dictionaryVersion: events[0]?.dictionaryVersion ?? null,
      actors: mentions
        .filter((m) => m.code && m.kind !== "place" && m.kind !== "date" && m.kind !== "equipment")
        .map((m) => ({ code: m.code!, name: m.name })),
      places: mentions.flatMap((m) =>
        m.place ? [{ name: m.place.name, country: m.place.country, lat: m.place.lat, lon: m.place.lon }] : [],
      ),
    });
    if (!result.inserted) {
      summary.skipped++;
      onProgress({ input: item.input, outcome: "skipped" });
      continue;
    }
    summary.stored++;
    summary.events += result.events;
    if (clusterKey) summary.nearDuplicates++;
    onProgress({ input: item.input, outcome: "stored" });
  }
  return summary;
}
