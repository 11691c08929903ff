import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Sentence, Token } from "../types.ts";

export type Tokenizer = (text: string) => Sentence[];

/** Sentences and tokens with offsets into the text, lemma and universal POS, from wink-nlp. */
export function createTokenizer(): Tokenizer {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const sentences: Sentence[] = [];
    let cursor = 0;
    doc
      .sentences()
      .each((s: ReturnType<typeof doc.sentences> extends { itemAt(i: number): infer T } ? T : never) => {
        const values = s.tokens().out(its.value) as string[];
        const lemmas = s.tokens().out(its.lemma as unknown as typeof its.value) as string[];
        const pos = s.tokens().out(its.pos) as string[];
        const tokens: Token[] = [];
        for (let i = 0; i < values.length; i++) {
          const value = values[i]!;
          const at = text.indexOf(value, cursor);
          if (at < 0) continue;
          cursor = at + value.length;
          tokens.push({
            start: at,
            end: cursor,
            text: value,
            lemma: lemmas[i] ?? value.toLowerCase(),
            pos: pos[i] ?? "X",
          });
        }
        if (tokens.length)
          sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
      });
    return sentences;
  };
}
