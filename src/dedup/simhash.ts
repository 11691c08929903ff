// SimHash (Charikar 2002) over word 3-shingles: near-duplicate texts (wire copies, updated
// versions) get fingerprints a few bits apart, unrelated texts about 32 bits apart.
import { createHash, hash } from "node:crypto";

/** Texts whose fingerprints differ in at most this many of 64 bits are one story. Measured on our
 * fixtures: a 120-word wire story with one phrase changed and a byline added lands 6 bits away,
 * an unrelated story on the same topic 32 (chance level; its spread is ±4), so 7 is far from
 * chance; 7 is also the largest distance that eight 8-bit bands are sure to find. */
export const NEAR_DUPLICATE_BITS = 7;

const WORD = /[\p{L}\p{N}]+/gu;

/** Word 3-shingles of the text, one at a time: a long document never holds them all. */
function* shingles(text: string): Generator<string> {
  let first: string | undefined;
  let second: string | undefined;
  let count = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    count++;
    if (count >= 3) yield `${first} ${second} ${word}`;
    first = second;
    second = word;
  }
  // Under three words, the words joined are the one shingle.
  if (count === 1) yield second!;
  else if (count === 2) yield `${first} ${second}`;
}

/** One-shot digests (Node ≥ 20.12): a Hash object per shingle cost more than the counting. */
const md5: (s: string) => Buffer =
  typeof hash === "function" ? (s) => hash("md5", s, "buffer") : (s) => createHash("md5").update(s).digest();

/** 64-bit SimHash as 16 hex digits. */
export function simhash64(text: string): string {
  const weights = new Int32Array(64);
  for (const s of shingles(text)) {
    const h = md5(s);
    for (let bit = 0; bit < 64; bit++) {
      const byte = h[bit >> 3]!;
      weights[bit]! += (byte >> (bit & 7)) & 1 ? 1 : -1;
    }
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let b = 0; b < 4; b++) if (weights[nibble * 4 + b]! > 0) v |= 1 << b;
    hex += v.toString(16);
  }
  return hex;
}

export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i++) {
    let x = Number.parseInt(a[i]!, 16) ^ Number.parseInt(b[i]!, 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}

/** The cluster a new document joins: that of the nearest candidate within NEAR_DUPLICATE_BITS. */
export function chooseCluster(
  hash: string,
  candidates: readonly { simhash: string; clusterKey: string }[],
): string | null {
  let best: { d: number; key: string } | null = null;
  for (const c of candidates) {
    const d = hammingDistance(hash, c.simhash);
    if (d <= NEAR_DUPLICATE_BITS && (!best || d < best.d)) best = { d, key: c.clusterKey };
  }
  return best?.key ?? null;
}
