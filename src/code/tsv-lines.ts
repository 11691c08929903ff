// Reads the plain-text data files of the coder: one record a line, `#` starts a comment, blank
// lines are skipped. Every record keeps its file and line so errors and --explain can name them.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { SitrepError } from "../errors.ts";

export interface DataLine {
  /** `file:line`, with the file named relative to its data folder, e.g. `verbs/04-consult.txt:12`. */
  readonly where: string;
  readonly text: string;
}

/** The text of a data file, or a coded error naming the file when it cannot be read. */
export function readDataFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new SitrepError("E_DICT_NOT_FOUND", `${path}: ${(error as Error).message}`, path);
  }
}

/** Non-blank, non-comment lines with their positions. A `#` inside a line starts a comment. */
export function dataLines(text: string, label: string): DataLine[] {
  const out: DataLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const hash = raw.indexOf("#");
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trimEnd();
    if (!body.trim()) continue;
    out.push({ where: `${label}:${i + 1}`, text: body });
  }
  return out;
}

/** Rows of a TSV with a header line; the header names the columns. */
export function tsvRecords(text: string, label: string): { where: string; fields: Record<string, string> }[] {
  const lines = dataLines(text, label);
  const header = lines.shift();
  if (!header) return [];
  const names = header.text.split("\t").map((s) => s.trim());
  return lines.map((line) => {
    const cells = line.text.split("\t");
    const fields: Record<string, string> = {};
    names.forEach((name, i) => {
      fields[name] = (cells[i] ?? "").trim();
    });
    return { where: line.where, fields };
  });
}

export function labelOf(path: string, folder: string): string {
  return `${folder}/${basename(path)}`;
}
