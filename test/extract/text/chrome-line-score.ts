// Per-line chrome scores for the scrapes golden suite: every non-empty input line is labelled body
// or not-body by whether the expected paragraphs keep it, and the same for the produced paragraphs.
import { normalizeSpaces } from "../../../src/extract/text/split-units.ts";

/** Lines shorter than this count as kept only when a paragraph is exactly that line, so a widget
 * item "Russia" is not "kept" because a paragraph mentions Russia. */
const MIN_SUBSTRING_CHARS = 25;

export function isLineKept(line: string, paragraphs: readonly string[]): boolean {
  if (paragraphs.includes(line)) return true;
  if (line.length < MIN_SUBSTRING_CHARS) return false;
  // A hard-wrapped line is inside its paragraph; a photo credit line ends with its paragraph.
  return paragraphs.some((p) => p.includes(line) || (p.length >= MIN_SUBSTRING_CHARS && line.endsWith(p)));
}

export interface LineCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  lines: number;
}

/** Counts for the "chrome" class (lines that are not body) of one case. */
export function countChromeLines(
  input: string,
  expected: readonly string[],
  produced: readonly string[],
  into: LineCounts,
): LineCounts {
  for (const raw of input.split(/\r?\n/)) {
    const line = normalizeSpaces(raw);
    if (!line) continue;
    const isChrome = !isLineKept(line, expected);
    const predictedChrome = !isLineKept(line, produced);
    into.lines++;
    if (isChrome && predictedChrome) into.truePositive++;
    else if (predictedChrome) into.falsePositive++;
    else if (isChrome) into.falseNegative++;
  }
  return into;
}

export function f1(c: LineCounts): { precision: number; recall: number; f1: number } {
  const precision = c.truePositive / Math.max(1, c.truePositive + c.falsePositive);
  const recall = c.truePositive / Math.max(1, c.truePositive + c.falseNegative);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
