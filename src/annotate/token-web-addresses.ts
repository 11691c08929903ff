// wink cuts web addresses without a scheme into pieces ("www" "." "un" "." "org"); a downstream
// matcher would then see the word "un". Each such run becomes one SYM token, as wink tags
// addresses that have a scheme ("https://...").
import type { Token } from "../types.ts";
import type { TokenRun } from "./token-collapse.ts";

/** A bare domain or www address, with an optional path: "www.un.org/news", "mofa.gov.pk". */
const WEB_ADDRESS = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}(?:\/[^\s]*)?$/u;
/** Far more pieces than a real address has; bounds the work on long runs without spaces. */
const MAX_ADDRESS_TOKENS = 64;
const TRAILING_PUNCTUATION = /^[.,;:!?)\]"'”’]$/u;

export function findWebAddressRuns(text: string, tokens: readonly Token[]): TokenRun[] {
  const runs: TokenRun[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const next = tokens[i + 1]!;
    if (next.text !== "." || next.start !== tokens[i]!.end) continue;
    let last = i + 1;
    while (
      last + 1 < tokens.length &&
      last - i < MAX_ADDRESS_TOKENS &&
      tokens[last + 1]!.start === tokens[last]!.end
    ) {
      last++;
    }
    while (last > i && TRAILING_PUNCTUATION.test(tokens[last]!.text)) last--;
    if (last < i + 2) continue;
    const candidate = text.slice(tokens[i]!.start, tokens[last]!.end);
    if (!WEB_ADDRESS.test(candidate)) continue;
    const token = {
      start: tokens[i]!.start,
      end: tokens[last]!.end,
      text: candidate,
      lemma: candidate.toLowerCase(),
      pos: "SYM",
    };
    runs.push({ first: i, last, replacement: [token] });
    i = last;
  }
  return runs;
}
