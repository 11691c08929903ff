// Codes the pages of judged sentences with --explain and yields, for each judged sentence, the
// coder's explanation of it and the events it emitted there: shared by the tune-half debugging aids
// (explain-tune.ts, explain-misses-tune.ts), which must never be given untuned sentences.
import { join } from "node:path";
import { DocCoder, loadCoderDictionaries, type SentenceExplanation } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { CodedEvent } from "../../src/types.ts";
import { normalizeSentence, PAGE_SETS, sentenceText } from "./audit-pages.ts";
import type { JudgedSentence } from "./audit-record.ts";

export interface ExplainedJudgement {
  judged: JudgedSentence;
  /** Undefined when the sentence is no longer produced by the extractor. */
  explanation: SentenceExplanation | undefined;
  events: CodedEvent[];
}

export async function* explainJudged(judged: JudgedSentence[]): AsyncGenerator<ExplainedJudgement> {
  if (judged.some((j) => j.half !== "tune")) throw new Error("only tune-half sentences may be explained");
  const ctx = createContext();
  const annotate = createPipeline(ctx, "annotate");
  const coder = new DocCoder(loadCoderDictionaries(ctx.config.dataDir, ctx.config.dictDirs));
  const byPage = new Map<string, JudgedSentence[]>();
  for (const j of judged) byPage.set(`${j.set}/${j.page}`, [...(byPage.get(`${j.set}/${j.page}`) ?? []), j]);
  for (const items of byPage.values()) {
    const { set, page } = items[0]!;
    for await (const raw of readInputs([join(PAGE_SETS[set], `${page}.html`)], {
      type: "html",
      maxBytes: 20 * 1024 * 1024,
      readStdin: async () => new Uint8Array(),
    })) {
      if (raw.kind === "failure") continue;
      const doc = annotate(raw);
      if (doc.kind !== "annotated") continue;
      const explain: SentenceExplanation[] = [];
      const events = coder.code(doc, explain);
      for (const j of items) {
        const explanation = explain.find(
          (x) => normalizeSentence(sentenceText(doc, x.sentenceIndex)) === normalizeSentence(j.text),
        );
        const here = explanation ? events.filter((ev) => ev.sentenceIndex === explanation.sentenceIndex) : [];
        yield { judged: j, explanation, events: here };
      }
    }
  }
}
