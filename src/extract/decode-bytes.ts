// Decoding of plain-text inputs: BOM, then UTF-8, then Windows-1252 (HTML has its own decoder in html/).
import { SitrepError } from "../errors.ts";

/** Plain-text decoding: BOM, then strict UTF-8. Legacy encodings for HTML live in html/. */
export function decodeText(content: Uint8Array | string, input: string): string {
  if (typeof content === "string") return content;
  if (content.length >= 2 && content[0] === 0xff && content[1] === 0xfe) {
    return new TextDecoder("utf-16le").decode(content.subarray(2));
  }
  if (content.length >= 2 && content[0] === 0xfe && content[1] === 0xff) {
    return new TextDecoder("utf-16be").decode(content.subarray(2));
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    // Not UTF-8: Windows-1252 is the most common legacy encoding of English text and maps every byte.
    try {
      return new TextDecoder("windows-1252").decode(content);
    } catch {
      throw new SitrepError("E_ENCODING", `Cannot decode ${input}`, input);
    }
  }
}
