// Decoding of plain-text inputs: BOM, then UTF-8, then Windows-1252 (HTML has its own decoder in html/),
// and the rule both use to read mostly-UTF-8 bytes with a few broken ones as UTF-8.
import { SitrepError } from "../errors.ts";
import type { Warning } from "../types.ts";

/**
 * The rule for bytes that are not strictly UTF-8 but nearly so (one stray `\xff` in a UTF-8 file):
 * read as UTF-8 with U+FFFD for each invalid sequence when the bytes hold at least one valid
 * multi-byte sequence and either
 *   - at least REPAIR_MIN_VALID_PER_INVALID valid multi-byte sequences per invalid one, or
 *   - invalid sequences are at most REPAIR_MAX_INVALID_SHARE of all bytes.
 * Legacy single-byte text (Latin-1, Windows-1252, KOI8-R ...) practically never holds a valid UTF-8
 * multi-byte sequence (a lead byte 0xC2–0xF4 followed by exactly the right continuation bytes is
 * mojibake, not prose), while every non-ASCII letter in it is an invalid sequence: it fails both.
 * Three valid per invalid (75%) rather than 99% so that a short UTF-8 file (one dateline "BOGOTÁ",
 * three accented names, one stray byte) is repaired too; legacy text stays far below either bound.
 * Read as Windows-1252 instead, one broken byte turned every "Á" of a UTF-8 file into "Ã\x81".
 */
const REPAIR_MIN_VALID_PER_INVALID = 3;
/** 0.1%: one broken byte per kilobyte, far fewer than the accented letters of legacy prose. */
const REPAIR_MAX_INVALID_SHARE = 0.001;

export interface Utf8Repair {
  readonly text: string;
  /** Invalid sequences, each replaced by one U+FFFD. */
  readonly replaced: number;
}

/** The bytes read as UTF-8 with replacement characters, when the repair rule above holds; else null. */
export function repairUtf8(bytes: Uint8Array): Utf8Repair | null {
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  // U+FFFD the bytes spell out themselves (EF BF BD) are text, not repairs.
  let spelled = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1))
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) spelled++;
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) replacements++;
    // A surrogate pair is one 4-byte sequence: count its high half only.
    else if (c < 0xdc00 || c > 0xdfff) nonAscii++;
  }
  const replaced = replacements - spelled;
  const valid = nonAscii + spelled;
  if (replaced <= 0 || valid === 0) return null;
  const overwhelming =
    valid >= replaced * REPAIR_MIN_VALID_PER_INVALID || replaced <= bytes.length * REPAIR_MAX_INVALID_SHARE;
  return overwhelming ? { text, replaced } : null;
}

/** The warning a repaired decoding carries. */
export function repairWarning(repair: Utf8Repair): Warning {
  return {
    code: "W_ENCODING_REPAIRED",
    message: `${repair.replaced} invalid UTF-8 byte sequence${repair.replaced === 1 ? " was" : "s were"} replaced by U+FFFD; the rest was read as UTF-8`,
  };
}

export interface DecodedText {
  readonly text: string;
  readonly warnings: readonly Warning[];
}

/** Plain-text decoding: BOM, then strict UTF-8, then repaired UTF-8, then Windows-1252. */
export function decodeTextWithWarnings(content: Uint8Array | string, input: string): DecodedText {
  if (typeof content === "string") return { text: content, warnings: [] };
  if (content.length >= 2 && content[0] === 0xff && content[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(content.subarray(2)), warnings: [] };
  }
  if (content.length >= 2 && content[0] === 0xfe && content[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(content.subarray(2)), warnings: [] };
  }
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content),
      warnings: [],
    };
  } catch {
    const repair = repairUtf8(content);
    if (repair) return { text: repair.text, warnings: [repairWarning(repair)] };
    // Not UTF-8: Windows-1252 is the most common legacy encoding of English text and maps every byte.
    try {
      return { text: new TextDecoder("windows-1252").decode(content), warnings: [] };
    } catch {
      throw new SitrepError("E_ENCODING", `Cannot decode ${input}`, input);
    }
  }
}

/** Plain-text decoding without the warnings (callers that only need the text). */
export function decodeText(content: Uint8Array | string, input: string): string {
  return decodeTextWithWarnings(content, input).text;
}
