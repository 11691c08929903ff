// The tokens phrases are matched over: runs of letters/digits, and every other non-space character
// on its own ("U.S." -> U . S ., "Pakistan's" -> Pakistan ' s). Dictionary phrases are split the
// same way, so a phrase matches exactly the text it spells, independent of the sentence tokenizer.

export interface MatchToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, with typographic apostrophes folded to ' so "Pakistan’s" matches "Pakistan's". */
  readonly key: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function foldKey(text: string): string {
  return text.length === 1 && (text === "’" || text === "‘" || text === "`") ? "'" : text.toLowerCase();
}

export function splitMatchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    out.push({ start: m.index, end: m.index + t.length, text: t, key: foldKey(t) });
  }
  return out;
}

export const isCapitalized = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = s[0]!;
  return first !== first.toLowerCase();
};

export const isWord = (s: string): boolean => /^[\p{L}\p{M}\p{N}]/u.test(s);
