// The DocCoder for TABARI/PETRARCH dictionaries. Patterns with `%` before the verb ("% * [030:030]")
// code only when the subject is a compound actor, so each sentence goes to one of two coders: one
// that holds those patterns, for sentences that open with a compound actor, and one without them.
import type { AnnotatedDoc, CodedEvent } from "../../types.ts";
import type { CoderDictionaries } from "../dictionary-load.ts";
import { type CoderOptions, DocCoder, type SentenceExplanation } from "../doc-coder.ts";
import { buildSentenceView } from "../sentence-view.ts";
import { needsCompoundSource } from "./petrarch-verbs.ts";

/** True when the sentence's first actor group joins several actors ("Gondor and Arnor agree"). */
function opensWithCompound(doc: AnnotatedDoc, si: number): boolean {
  const mentions = doc.mentions.filter((m) => m.sentenceIndex === si);
  const view = buildSentenceView(si, doc.sentences[si]!, mentions);
  return (view.groups[0]?.members.length ?? 0) > 1;
}

export class PetrarchDocCoder extends DocCoder {
  private readonly singleSource: DocCoder;

  constructor(dict: CoderDictionaries, options: CoderOptions) {
    super(dict, options);
    this.singleSource = new DocCoder(
      { ...dict, patterns: dict.patterns.filter((p) => !needsCompoundSource(p)) },
      options,
    );
  }

  override code(doc: AnnotatedDoc, explain?: SentenceExplanation[]): CodedEvent[] {
    const compound = new Set<number>();
    doc.sentences.forEach((_, si) => {
      if (opensWithCompound(doc, si)) compound.add(si);
    });
    if (!compound.size) return this.singleSource.code(doc, explain);
    const only = (keep: (si: number) => boolean): AnnotatedDoc => ({
      ...doc,
      mentions: doc.mentions.filter((m) => keep(m.sentenceIndex)),
    });
    const a: SentenceExplanation[] = [];
    const b: SentenceExplanation[] = [];
    const events = [
      ...super.code(only((si) => compound.has(si)), explain ? a : undefined),
      ...this.singleSource.code(only((si) => !compound.has(si)), explain ? b : undefined),
    ].sort((x, y) => x.sentenceIndex - y.sentenceIndex);
    if (explain)
      for (const [si] of doc.sentences.entries())
        explain.push((compound.has(si) ? a : b).find((x) => x.sentenceIndex === si)!);
    return events;
  }
}
