// English month names for reading event dates in sentences. They come from the same data file as
// the date parser's (data/dates/months.tsv: name, month number, language), read here because a
// stage reads its own data and does not import another stage.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataLines, readDataFile } from "./tsv-lines.ts";

const MONTHS_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "dates", "months.tsv");

/** Each month's longest English name in calendar order ("september", not "sept"). */
export function readEnglishMonthNames(path = MONTHS_FILE): readonly string[] {
  const longest: string[] = Array.from({ length: 12 }, () => "");
  for (const line of dataLines(readDataFile(path), "dates/months.tsv")) {
    const [name, number, language] = line.text.split("\t").map((f) => f.trim());
    const month = Number(number);
    if (language !== "en" || !name || !(month >= 1 && month <= 12)) continue;
    if (name.length > longest[month - 1]!.length) longest[month - 1] = name.toLowerCase();
  }
  return longest;
}
