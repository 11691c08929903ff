// Discard phrases (data/verbs discards): a sentence or a whole story holding one is not coded.
import type { Discard } from "./pattern-load.ts";

function matchesPhrase(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** The first discard phrase found in `words`, looked up by each word (discards are indexed by first word). */
export function findDiscard(
  words: readonly string[],
  byFirst: ReadonlyMap<string, readonly Discard[]>,
): Discard | undefined {
  for (let i = 0; i < words.length; i++) {
    const list = byFirst.get(words[i]!);
    if (!list) continue;
    for (const d of list) if (matchesPhrase(words, i, d.words)) return d;
  }
  return undefined;
}

export function indexDiscards(discards: readonly Discard[]): Map<string, Discard[]> {
  const map = new Map<string, Discard[]>();
  for (const d of discards) map.set(d.words[0]!, [...(map.get(d.words[0]!) ?? []), d]);
  return map;
}
