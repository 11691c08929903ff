// One long newswire-like document of a chosen size, from the generated paragraphs of
// bench/annotate, for the scale benchmark and the large-input tests.
import { generateParagraphs } from "../annotate/corpus-generate.ts";

/** A newswire-like text of about `bytes` bytes: generated paragraphs, blank-line separated. */
export function generateDocument(bytes: number, seed = 11): string {
  const parts: string[] = [];
  let length = 0;
  let round = 0;
  while (length < bytes) {
    for (const paragraph of generateParagraphs(200, seed + round)) {
      parts.push(paragraph);
      length += paragraph.length + 2;
      if (length >= bytes) break;
    }
    round++;
  }
  return parts.join("\n\n");
}
