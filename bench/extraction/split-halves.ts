// The development split every Sitrep benchmark uses on a set it may study: a page goes to the
// half we look at ("dev") or the half we only score ("untuned") by a hash of its own name, so the
// split is deterministic, independent of file order and the same on every machine. A gap between
// the two halves' scores means a rule was fitted to pages in the dev half.

export type Half = "dev" | "untuned";

/** 32-bit FNV-1a of the UTF-16 code units: small, fast, and spreads short numeric names evenly. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function halfOf(name: string): Half {
  return fnv1a(name) % 2 === 0 ? "dev" : "untuned";
}
