// The one place where stage order lives. Stages are created once per run (loading their
// models and dictionaries) and then applied to each document in turn.
import { createAnnotator } from "./annotate/index.ts";
import { createCoder } from "./code/index.ts";
import { toSitrepError } from "./errors.ts";
import { createExtractor } from "./extract/index.ts";
import { createLocator } from "./locate/index.ts";
import {
  type DocOutcome,
  createDocumentIngester as documentIngester,
  type IngesterOptions,
  type IngestProgress,
  type IngestSummary,
  ingestInto as ingestWith,
} from "./pipeline-ingester.ts";
import { annotateAndCode, annotateAndStream, documentWindows, type StreamedDoc } from "./pipeline-windows.ts";
import type { Store } from "./store/index.ts";
import type { AnnotatedDoc, Article, CodedDoc, CodedEvent, Context, DocFailure, RawDoc } from "./types.ts";

export type {
  DocOutcome,
  IngestedDoc,
  IngesterOptions,
  IngestProgress,
  IngestSummary,
} from "./pipeline-ingester.ts";

/** The stages in order. ingest reads inputs; store persists; the rest transform one document. */
export const STAGES = ["ingest", "extract", "annotate", "code", "locate", "dedup", "store"] as const;
export type StageName = (typeof STAGES)[number];

/** The last stage a run goes through, and what each such run yields per document. */
export interface StageOutput {
  extract: Article;
  annotate: AnnotatedDoc;
  code: CodedDoc;
}
export type DocStage = keyof StageOutput;

export type DocProcessor<S extends DocStage> = (raw: RawDoc) => StageOutput[S] | DocFailure;

/**
 * Builds a function that runs one raw document through every stage up to `until`. A failing
 * document becomes a DocFailure with a code, so a batch reports it and goes on.
 */
export function createPipeline<S extends DocStage>(ctx: Context, until: S): DocProcessor<S> {
  const extract = createExtractor(ctx);
  const reaches = (stage: StageName) => STAGES.indexOf(until) >= STAGES.indexOf(stage);
  const annotate = reaches("annotate") ? createAnnotator(ctx) : null;
  const code = reaches("code") ? { code: createCoder(ctx), locate: createLocator(ctx) } : null;
  return (raw) => {
    try {
      const article = extract(raw);
      if (!annotate) return article as StageOutput[S];
      if (!code) return annotate(article) as StageOutput[S];
      return annotateAndCode(article, { annotate, ...code }) as StageOutput[S];
    } catch (error) {
      const e = toSitrepError(error, raw.input);
      return { kind: "failure", id: raw.id, input: raw.input, error: e.toJSON() };
    }
  };
}

/** What ingest runs on a raw document: annotated, with its events coded as the store reads them. */
export type IngestProcessor = (raw: RawDoc) => Promise<StreamedDoc | DocFailure>;

/**
 * extract → annotate, with code → locate left to run a window at a time while the store writes
 * (pipeline-windows.ts): a long document's events are never all held at once.
 */
export function createIngestPipeline(ctx: Context, windows = documentWindows()): IngestProcessor {
  const extract = createExtractor(ctx);
  const stages = { annotate: createAnnotator(ctx), code: createCoder(ctx), locate: createLocator(ctx) };
  return async (raw) => {
    try {
      // With windows.twoThreadsFrom, a long document is annotated on two threads (the worker loads this configuration).
      return await annotateAndStream(extract(raw), stages, windows, ctx.config);
    } catch (error) {
      const e = toSitrepError(error, raw.input);
      return { kind: "failure", id: raw.id, input: raw.input, error: e.toJSON() };
    }
  };
}

/** code → locate: the events of one annotated document, each placed where it happened. */
export function createEventStage(ctx: Context): (doc: AnnotatedDoc) => CodedEvent[] {
  const coder = createCoder(ctx);
  const locate = createLocator(ctx);
  return (doc) => locate(doc, coder(doc));
}

/**
 * extract → annotate → code → dedup → store for one raw document, in its own transaction
 * (pipeline-ingester.ts), with the ingest pipeline loaded here unless `run` is given.
 */
export function createDocumentIngester(
  store: Store,
  ctx: Context,
  run: DocProcessor<"code"> | IngestProcessor = createIngestPipeline(ctx),
  options: IngesterOptions = {},
): (raw: RawDoc) => Promise<DocOutcome> {
  return documentIngester(store, run, options);
}

/**
 * ingest → extract → annotate → code → dedup → store, one document at a time, each stored in
 * its own transaction: a run killed at any point and run again loses nothing and stores nothing
 * twice (documents already stored are recognised by content hash or canonical URL and skipped).
 */
export function ingestInto(
  store: Store,
  items: AsyncIterable<RawDoc | DocFailure>,
  ctx: Context,
  onProgress: IngestProgress = () => {},
  /** A pipeline built earlier: long-running processes (the API server) load dictionaries once. */
  run: DocProcessor<"code"> | IngestProcessor = createIngestPipeline(ctx),
): Promise<IngestSummary> {
  return ingestWith(store, items, run, onProgress);
}

export { type RecodeReport, recodeStored } from "./pipeline-recode.ts";
