// Random text built from awkward pieces (quotes, emoji, CRLF, abbreviations, URLs, datelines,
// combining marks, lone surrogates): the tokenizer must never throw and its offsets must hold.
import { describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";

const PIECES = [
  "Gen.",
  "U.S.",
  "Sept.",
  "Jan. 5",
  "etc.",
  "e.g.",
  "F.",
  "3.5%",
  "$1.2bn",
  "...",
  "…",
  "?!",
  ".",
  ",",
  '"',
  "“",
  "”",
  "‘",
  "’",
  "'",
  "(",
  ")",
  "[",
  "]",
  " - ",
  " -- ",
  " — ",
  "ISLAMABAD (Reuters) -",
  "BEIJING, June 16 (Xinhua) --",
  "www.un.org/news",
  "https://example.org/a?b=1",
  "press@mofa.example",
  "😀",
  "👨‍👩‍👧",
  "🇺🇦",
  "𝔸",
  "𠀀",
  "e\u0301",
  "\u200b",
  "\u00ad",
  "\u00a0",
  "\t",
  "\r\n",
  "\n",
  "\n\n",
  "\r\n\r\n",
  " ",
  "  ",
  "The",
  "talks",
  "Pakistan",
  "said",
  "can't",
  "O'Neil's",
  "1.",
  "2)",
  "- ",
  "• ",
  "Z".repeat(300),
  "a.b.".repeat(80),
  "\ud800",
  "\udc00",
  "Київ",
  "北京",
  "اسلام",
];

describe("tokenizer on random awkward text", () => {
  const tokenize = createTokenizer();
  it("keeps offsets exact and ordered on 1,000 random texts", () => {
    const random = createRandom(7);
    for (let round = 0; round < 1000; round++) {
      const parts: string[] = [];
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) {
        parts.push(PIECES[Math.floor(random() * PIECES.length)]!);
        if (random() < 0.5) parts.push(" ");
      }
      const text = parts.join("");
      const sentences = tokenize(text);
      let previousEnd = 0;
      for (const sentence of sentences) {
        expect(sentence.tokens.length, JSON.stringify(text)).toBeGreaterThan(0);
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        for (const token of sentence.tokens) {
          expect(text.slice(token.start, token.end), JSON.stringify(text)).toBe(token.text);
          expect(token.start, JSON.stringify(text)).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          previousEnd = token.end;
        }
        expect(sentence.end).toBe(previousEnd);
      }
      // Text with a paragraph break between two words never comes back as one sentence.
      if (/\S\s*\n\s*\n\s*\S/.test(text) && /\p{L}/u.test(text)) {
        for (const s of sentences) expect(text.slice(s.start, s.end)).not.toMatch(/\n[^\S\n]*\n/);
      }
    }
  });
});
