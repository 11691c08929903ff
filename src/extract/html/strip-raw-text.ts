// Script and style bodies are about half the bytes of a modern page (55% of the scrapinghub set)
// and nothing downstream reads them, except JSON-LD. Inline <svg> drawings are another 8% of what
// remains (icons repeated in every share bar: path data, symbols), and no walker reads inside one
// either (content-blocks.ts and meta-collect.ts skip the element whole). Cutting them out of the bytes, before the
// page is decoded into a string and tokenized, saves that share of both costs. The cut follows the
// tokenizer's own rule (a raw-text body ends at the first "</script" or "</style", whatever the
// JavaScript around it says), so the tree keeps the same elements, with empty bodies.
// Only for ASCII-compatible encodings: in UTF-8 and the legacy single- and multi-byte codepages a
// "<" byte is always the character "<" (multi-byte trail bytes start at 0x40).

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const DASH = 0x2d;

const SCRIPT = [0x73, 0x63, 0x72, 0x69, 0x70, 0x74]; // "script"
const STYLE = [0x73, 0x74, 0x79, 0x6c, 0x65]; // "style"
const SVG = [0x73, 0x76, 0x67]; // "svg"
const COMMENT_END = Buffer.from("-->");

/** Whether the bytes at `at` spell `name` (ASCII, any case) followed by a tag-name delimiter. */
function nameAt(bytes: Uint8Array, at: number, name: readonly number[]): boolean {
  for (let k = 0; k < name.length; k++) if ((bytes[at + k]! | 0x20) !== name[k]) return false;
  const next = bytes[at + name.length];
  return (
    next === GT || next === SLASH || next === 0x20 || (next !== undefined && next >= 0x09 && next <= 0x0d)
  );
}

/** Index of the ">" that ends the tag starting at `lt`, skipping quoted attribute values; -1 if none. */
function tagEnd(bytes: Uint8Array, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) {
      // A quote only opens a value after "="; a stray quote in an attribute name is just a character.
      let j = i - 1;
      while (j > lt && (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === 0x0a || bytes[j] === 0x0d))
        j--;
      if (bytes[j] === 0x3d) quote = b;
    } else if (b === GT) return i;
  }
  return -1;
}

/** Index of the "<" of the first "</name" (any case, then a delimiter) from `from`; -1 if none. */
function closingTag(buffer: Buffer, from: number, name: readonly number[]): number {
  for (let i = buffer.indexOf("</", from); i >= 0; i = buffer.indexOf("</", i + 2)) {
    if (nameAt(buffer, i + 2, name)) return i;
  }
  return -1;
}

/**
 * Index of the "<" of the "</svg" that closes the drawing opened before `from`, counting drawings
 * nested inside it; -1 if none. Unlike script and style, SVG is markup: an inner <svg> has its own
 * closing tag, and cutting at the first one would leave the outer drawing's rest as page text.
 */
function closingSvg(buffer: Buffer, from: number): number {
  let depth = 1;
  for (let i = buffer.indexOf(LT, from); i >= 0; i = buffer.indexOf(LT, i + 1)) {
    if (buffer[i + 1] === BANG && buffer[i + 2] === DASH && buffer[i + 3] === DASH) {
      const end = buffer.indexOf(COMMENT_END, i + 4);
      if (end < 0) return -1;
      i = end + 2;
    } else if (buffer[i + 1] === SLASH) {
      if (nameAt(buffer, i + 2, SVG) && --depth === 0) return i;
    } else if (nameAt(buffer, i + 1, SVG)) {
      const end = tagEnd(buffer, i);
      if (end < 0) return -1;
      if (buffer[end - 1] !== SLASH) depth++;
      i = end;
    }
  }
  return -1;
}

/** The element name at `at` whose body is cut, if it is one. */
function rawTextName(buffer: Buffer, at: number): readonly number[] | null {
  const c = buffer[at]! | 0x20;
  if (c !== 0x73) return null; // every name cut starts with "s"
  return nameAt(buffer, at, SCRIPT)
    ? SCRIPT
    : nameAt(buffer, at, STYLE)
      ? STYLE
      : nameAt(buffer, at, SVG)
        ? SVG
        : null;
}

/** A <script> start tag whose type is JSON-LD: its body is metadata the extractor reads. */
function isJsonLd(tag: Buffer): boolean {
  return /\btype\s*=\s*["']?[^"'>]*ld\+json/i.test(tag.toString("latin1"));
}

/**
 * The page with the bodies of its <script> (except JSON-LD), <style> and <svg> elements removed;
 * the same array when there is nothing to remove. Comments are stepped over, so a "<script" inside
 * a comment is left alone; an element with no closing tag is left as it is, and so is a
 * self-closing "<svg/>" (the parser reads it as empty: there is no body to cut).
 */
export function stripRawTextBodies(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const kept: Buffer[] = [];
  let last = 0;
  let i = 0;
  while (i < buffer.length) {
    const lt = buffer.indexOf(LT, i);
    if (lt < 0) break;
    if (buffer[lt + 1] === BANG && buffer[lt + 2] === DASH && buffer[lt + 3] === DASH) {
      const end = buffer.indexOf(COMMENT_END, lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const name = rawTextName(buffer, lt + 1);
    if (!name) {
      i = lt + 1;
      continue;
    }
    const open = tagEnd(buffer, lt);
    if (open < 0) break;
    if (name === SVG && buffer[open - 1] === SLASH) {
      i = open + 1;
      continue;
    }
    const close = name === SVG ? closingSvg(buffer, open + 1) : closingTag(buffer, open + 1, name);
    if (close < 0 && name === SVG) {
      i = open + 1; // an unclosed drawing runs to the end of the page: nothing to cut, read on
      continue;
    }
    if (close < 0) break; // an unclosed script or style is raw text to the end of the page
    const keep = name === SCRIPT && isJsonLd(buffer.subarray(lt, open + 1));
    if (!keep && close > open + 1) {
      kept.push(buffer.subarray(last, open + 1));
      last = close;
    }
    i = close + 2;
  }
  if (kept.length === 0) return bytes;
  kept.push(buffer.subarray(last));
  return new Uint8Array(Buffer.concat(kept));
}
