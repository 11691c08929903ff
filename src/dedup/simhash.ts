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

/** 32-bit hash of the UTF-16 code units of the word text[start, end). */
function wordHash(text: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = mix(h, text.charCodeAt(i));
  return avalanche(h, end - start);
}

// Words are runs of letters and digits (WORD), found by walking the text's code points rather
// than by WORD.matchAll: a match array and a word string for every word of the document were a
// large share of a long document's garbage. Non-ASCII code points are classified by WORD once.
const WORD_CHAR = new RegExp(`^${WORD.source}$`, "u");
const nonAsciiWordChar = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let known = nonAsciiWordChar.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    nonAsciiWordChar.set(cp, known);
  }
  return known;
}

/** Code units of the code point at i (2 for a surrogate pair). */
const unitsAt = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The start of the first word at or after i (text.length when none). */
function wordStart(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (isWordCodePoint(cp)) return i;
    i += unitsAt(cp);
  }
  return i;
}

/** The end of the word that starts at i. */
function wordEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordCodePoint(cp)) return i;
    i += unitsAt(cp);
  }
  return i;
}

/** Seeds of the two halves (arbitrary distinct odd constants). */
const LOW_SEED = 0x9747b28c;
const HIGH_SEED = 0x5bd1e995;

/**
 * How many shingles set each of the 64 bits. Counted eight bits at a time: lane counter j holds,
 * one per byte, the counts of bits j, j+8, j+16 and j+24 of a half, and is emptied into `ones`
 * every 255 shingles, before a byte could overflow (4 additions a half per shingle, not 32).
 */
class BitCounts {
  readonly ones = new Int32Array(64);
  total = 0;
  private readonly lanes = new Int32Array(16);
  private pending = 0;

  add(low: number, high: number): void {
    const lanes = this.lanes;
    for (let j = 0; j < 8; j++) {
      lanes[j]! += (low >>> j) & 0x01010101;
      lanes[j + 8]! += (high >>> j) & 0x01010101;
    }
    this.total++;
    if (++this.pending === 255) this.flush();
  }

  flush(): void {
    for (let j = 0; j < 8; j++)
      for (let b = 0; b < 4; b++) {
        this.ones[8 * b + j]! += (this.lanes[j]! >>> (8 * b)) & 0xff;
        this.ones[32 + 8 * b + j]! += (this.lanes[j + 8]! >>> (8 * b)) & 0xff;
      }
    this.lanes.fill(0);
    this.pending = 0;
  }

  /** Whether more shingles set the bit than clear it (SimHash's weight above 0). */
  isSet(bit: number): boolean {
    return 2 * this.ones[bit]! > this.total;
  }
}

/** 64-bit SimHash of the text's word 3-shingles (lower-cased), as 16 hex digits. */
export function simhash64(text: string): string {
  const counts = new BitCounts();
  // The last two words' hashes (low and high halves), and how many words have been read.
  let low1 = 0;
  let high1 = 0;
  let low2 = 0;
  let high2 = 0;
  let count = 0;
  const lower = text.toLowerCase();
  for (let at = wordStart(lower, 0); at < lower.length; ) {
    const end = wordEnd(lower, at);
    const low3 = wordHash(lower, at, end, LOW_SEED);
    const high3 = wordHash(lower, at, end, HIGH_SEED);
    at = wordStart(lower, end);
    count++;
    if (count >= 3)
      counts.add(
        avalanche(mix(mix(mix(LOW_SEED, low1), low2), low3), 3),
        avalanche(mix(mix(mix(HIGH_SEED, high1), high2), high3), 3),
      );
    low1 = low2;
    high1 = high2;
    low2 = low3;
    high2 = high3;
  }
  // Under three words, the words read are the one shingle.
  if (count === 1) counts.add(avalanche(mix(LOW_SEED, low2), 1), avalanche(mix(HIGH_SEED, high2), 1));
  else if (count === 2)
    counts.add(avalanche(mix(mix(LOW_SEED, low1), low2), 2), avalanche(mix(mix(HIGH_SEED, high1), high2), 2));
  counts.flush();
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let b = 0; b < 4; b++) if (counts.isSet(nibble * 4 + b)) v |= 1 << b;
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
