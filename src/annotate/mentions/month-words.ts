// English month names as words of running text ("May" the month, not a name). Read from the date
// parser's data file (data/dates/months.tsv: name, month number, language) by this stage itself,
// since a stage reads its own data and does not import another stage.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDictRows } from "./dict-line-reader.ts";

const MONTHS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "data",
  "dates",
  "months.tsv",
);

/** Each month's full English name in lower case ("september", not "sept"). */
export function englishMonthWords(path = MONTHS_FILE): ReadonlySet<string> {
  const byMonth = new Map<number, string>();
  const rows = readDictRows(
    "dates/months.tsv",
    readFileSync(path, "utf8"),
    ["name", "month", "language"],
    [],
  );
  for (const { fields } of rows) {
    const [name = "", month = "", language = ""] = fields;
    if (language !== "en") continue;
    const current = byMonth.get(Number(month)) ?? "";
    if (name.length > current.length) byMonth.set(Number(month), name.toLowerCase());
  }
  return new Set(byMonth.values());
}
