// The one place where stage order lives. Stages are created once per run (loading their
// models and dictionaries) and then applied to each document in turn.
import { createAnnotator } from "./annotate/index.ts";
import { toSitrepError } from "./errors.ts";
import { createExtractor } from "./extract/index.ts";
import type { AnnotatedDoc, Article, Context, DocFailure, RawDoc } from "./types.ts";

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
