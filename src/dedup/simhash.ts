// SimHash (Charikar 2002) over word 3-shingles: near-duplicate texts (wire copies, updated
// versions) get fingerprints a few bits apart, unrelated texts about 32 bits apart.

/** Texts whose fingerprints differ in at most this many of 64 bits are one story. Measured on our
 * fixtures: a 120-word wire story with one phrase changed and a byline added lands 6 bits away,
 * an unrelated story on the same topic 32 (chance level; its spread is ±4), so 7 is far from
 * chance; 7 is also the largest distance that eight 8-bit bands are sure to find. */
export const NEAR_DUPLICATE_BITS = 7;

const WORD = /[\p{L}\p{N}]+/gu;

// Each shingle is hashed to 64 bits by two 32-bit MurmurHash3-style mixes with different seeds (not
// md5: a cryptographic digest per shingle cost 0.35 CPU s per MB of text, and SimHash needs only
// bits that are balanced and independent, which the murmur finaliser gives). Words are hashed once
// and a shingle's hash mixes its three word hashes in order, so no shingle string is ever built.
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3's block step: `k` folded into the running hash `h`. */
function mix(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser: every input bit flips each output bit with probability about 1/2. */
function avalanche(h: number, length: number): number {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 32-bit hash of a word's UTF-16 code units. */
function wordHash(word: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return avalanche(h, word.length);
}

/** Seeds of the two halves (arbitrary distinct odd constants). */
const LOW_SEED = 0x9747b28c;
const HIGH_SEED = 0x5bd1e995;

/** Adds one shingle's 64 bits (low and high halves) to the per-bit weights. */
function addBits(weights: Int32Array, low: number, high: number): void {
  for (let bit = 0; bit < 32; bit++) {
    weights[bit]! += (low >>> bit) & 1 ? 1 : -1;
    weights[bit + 32]! += (high >>> bit) & 1 ? 1 : -1;
  }
}

/** 64-bit SimHash of the text's word 3-shingles (lower-cased), as 16 hex digits. */
export function simhash64(text: string): string {
  const weights = new Int32Array(64);
  // The last two words' hashes (low and high halves), and how many words have been read.
  let low1 = 0;
  let high1 = 0;
  let low2 = 0;
  let high2 = 0;
  let count = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    const low3 = wordHash(word, LOW_SEED);
    const high3 = wordHash(word, HIGH_SEED);
    count++;
    if (count >= 3)
      addBits(
        weights,
        avalanche(mix(mix(mix(LOW_SEED, low1), low2), low3), 3),
        avalanche(mix(mix(mix(HIGH_SEED, high1), high2), high3), 3),
      );
    low1 = low2;
    high1 = high2;
    low2 = low3;
    high2 = high3;
  }
  // Under three words, the words read are the one shingle.
  if (count === 1) addBits(weights, avalanche(mix(LOW_SEED, low2), 1), avalanche(mix(HIGH_SEED, high2), 1));
  else if (count === 2)
    addBits(
      weights,
      avalanche(mix(mix(LOW_SEED, low1), low2), 2),
      avalanche(mix(mix(HIGH_SEED, high1), high2), 2),
    );
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
