import { join } from "node:path";
import { createMentionRecognizer, type MentionDeps } from "../../../src/annotate/mentions/index.ts";
import { createTokenizer } from "../../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../../src/context.ts";
import type { Mention } from "../../../src/types.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");
const silent = { debug() {}, info() {}, warn() {} };

/** A recognizer over the fixture dictionaries (plus user folders), with the real tokenizer. */
export function fixtureRecognizer(dictDirs: string[] = [], deps: MentionDeps = {}) {
  const ctx = createContext({ dataDir: join(FIXTURES, "dict-basic"), dictDirs }, silent);
  const recognize = createMentionRecognizer(ctx, deps);
  const tokenize = createTokenizer();
  return (text: string, publishedAt: string | null = "2020-06-16T12:00:00Z"): Mention[] =>
    recognize({ text, sentences: tokenize(text), publishedAt });
}

/** The mention whose text is exactly `text` (the first one). */
export function find(mentions: readonly Mention[], text: string): Mention | undefined {
  return mentions.find((m) => m.text === text);
}
