// Stage 3, annotate: sentences, tokens (offsets, lemma, POS) and mentions of actors, places,
// dates and equipment.
import type { AnnotatedDoc, Article, Context } from "../types.ts";
import { createTokenizer } from "./sentences-tokens.ts";

export type Annotator = (article: Article) => AnnotatedDoc;

export function createAnnotator(_ctx: Context): Annotator {
  const tokenize = createTokenizer();
  return (article) => {
    const { kind: _kind, ...rest } = article;
    return { ...rest, kind: "annotated", sentences: tokenize(article.text), mentions: [] };
  };
}
