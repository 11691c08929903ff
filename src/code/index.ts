// Stage 4, code: who did what to whom, in CAMEO and PLOVER, with the sentence that says so.
import type { AnnotatedDoc, CodedEvent, Context } from "../types.ts";
import { type CoderDictionaries, loadCoderDictionaries } from "./dictionary-load.ts";
import { type CoderOptions, DocCoder, type SentenceExplanation } from "./doc-coder.ts";

export type Coder = (doc: AnnotatedDoc) => CodedEvent[];
export { loadWordnetSeeds } from "./wordnet-seeds.ts";
export type { CoderDictionaries, CoderOptions, SentenceExplanation };
export { DocCoder, loadCoderDictionaries };

/** Loads the ontology and pattern data once (data/ plus --dict folders) and returns the coder. */
export function createCoder(ctx: Context, options: CoderOptions = {}): Coder {
  const coder = new DocCoder(loadCoderDictionaries(ctx.config.dataDir, ctx.config.dictDirs), options);
  return (doc) => coder.code(doc);
}
