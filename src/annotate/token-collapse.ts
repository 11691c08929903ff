// Replaces runs of tokens by one token each (a web address, a masked long run), keeping the
// map from wink token indexes to ours in step.
import type { Token } from "../types.ts";

/** Tokens `first`..`last` (inclusive) become `replacement` (usually one token). */
export interface TokenRun {
  readonly first: number;
  readonly last: number;
  readonly replacement: readonly Token[];
}

/**
 * Collapses each run (ascending, disjoint) into its tokens and rewrites `fromWinkIndex` in place:
 * wink tokens inside a run, after its first, map to -1, since a sentence never starts inside it.
 */
export function collapseTokenRuns(
  tokens: readonly Token[],
  runs: readonly TokenRun[],
  fromWinkIndex: Int32Array,
): Token[] {
  if (runs.length === 0) return tokens as Token[];
  const collapsed: Token[] = [];
  const newIndex = new Int32Array(tokens.length + 1);
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    newIndex[i] = collapsed.length;
    const run = runs[r];
    if (run && run.first === i) {
      for (let k = i + 1; k <= run.last; k++) newIndex[k] = -1;
      collapsed.push(...run.replacement);
      i = run.last;
      r++;
      continue;
    }
    collapsed.push(tokens[i]!);
  }
  newIndex[tokens.length] = collapsed.length;
  for (let w = 0; w < fromWinkIndex.length; w++) {
    const index = fromWinkIndex[w]!;
    if (index >= 0) fromWinkIndex[w] = newIndex[index]!;
  }
  return collapsed;
}
