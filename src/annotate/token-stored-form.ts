// How a document's sentences are stored: offsets and tags in a few short arrays per sentence
// instead of one JSON object per token. The object form took 65 characters a token, so the stored
// annotations of a 20 MB text came to 400 MB of JSON (and as much again inside SQLite's write);
// this form takes about 12. Token texts are read back from the document text.
import type { Sentence, Token } from "../types.ts";
import { PackedSentence } from "./token-pack.ts";

/** A sentence as stored. */
export interface StoredSentence {
  readonly start: number;
  readonly end: number;
  /** Tokens, compactly: see StoredTokens. (Documents stored before this form have `tokens`.) */
  readonly packedTokens?: StoredTokens;
  readonly tokens?: readonly Token[];
}

export interface StoredTokens {
  /** Per token: characters from the end of the token before (or the sentence start), then its length. */
  readonly spans: readonly number[];
  /** Universal POS tags, one per token, space-separated. */
  readonly pos: string;
  /** [token index in the sentence, lemma] for each lemma that is not the lower-cased token text. */
  readonly lemmas: readonly (readonly [number, string])[];
}

export function toStoredSentence(sentence: Sentence): StoredSentence {
  // A long document's sentences keep their tokens in a table: read from it, with no Token objects.
  if (sentence instanceof PackedSentence)
    return { start: sentence.start, end: sentence.end, packedTokens: sentence.storedTokens() };
  const spans: number[] = [];
  const tags: string[] = [];
  const lemmas: [number, string][] = [];
  let at = sentence.start;
  const tokens = sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    spans.push(t.start - at, t.end - t.start);
    at = t.end;
    tags.push(t.pos);
    if (t.lemma !== t.text.toLowerCase()) lemmas.push([k, t.lemma]);
  }
  return { start: sentence.start, end: sentence.end, packedTokens: { spans, pos: tags.join(" "), lemmas } };
}

/** A stored sentence back as a Sentence of `text` (either stored form). */
export function fromStoredSentence(text: string, stored: StoredSentence): Sentence {
  if (!stored.packedTokens) return { start: stored.start, end: stored.end, tokens: stored.tokens ?? [] };
  const { spans, pos, lemmas } = stored.packedTokens;
  const tags = pos ? pos.split(" ") : [];
  const lemmaAt = new Map(lemmas);
  const tokens: Token[] = [];
  let at = stored.start;
  for (let k = 0; k < tags.length; k++) {
    const start = at + spans[2 * k]!;
    const end = start + spans[2 * k + 1]!;
    at = end;
    const tokenText = text.slice(start, end);
    tokens.push({
      start,
      end,
      text: tokenText,
      lemma: lemmaAt.get(k) ?? tokenText.toLowerCase(),
      pos: tags[k]!,
    });
  }
  return { start: stored.start, end: stored.end, tokens };
}
