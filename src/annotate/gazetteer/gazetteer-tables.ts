// Reads our own plain-text gazetteer tables (data/gazetteer/*.tsv, *.txt): `#` comments, blank
// lines ignored, fields separated by one TAB, `|` between alternatives inside a field.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../../errors.ts";

export interface TableRow {
  /** `data/gazetteer/<file>:<line>`, for error messages and `source`. */
  readonly where: string;
  readonly fields: readonly string[];
}

/** A folder of gazetteer tables and how to name it in messages. */
export interface TableDir {
  readonly dir: string;
  /** "data/gazetteer" for ours, the folder's path for a user's. */
  readonly label: string;
}

/**
 * Our tables, then each user dictionary folder's `gazetteer/` subfolder (`--dict DIR`, config
 * dictDirs): users add regions, aliases and word lists, and later folders' country points win.
 */
export function gazetteerTableDirs(dataDir: string, dictDirs: readonly string[]): TableDir[] {
  const user = dictDirs.map((d) => join(d, "gazetteer")).filter((d) => existsSync(d));
  return [
    { dir: join(dataDir, "gazetteer"), label: "data/gazetteer" },
    ...user.map((dir) => ({ dir, label: dir })),
  ];
}

/** The rows of one table across folders, ours first. */
export function readTablesRows(dirs: readonly TableDir[], file: string, minFields: number): TableRow[] {
  return dirs.flatMap((d) => readTableRows(d.dir, file, minFields, d.label));
}

/** One line list across folders, ours first. */
export function readLineLists(dirs: readonly TableDir[], file: string): string[] {
  return dirs.flatMap((d) => readLineList(d.dir, file));
}

/** The rows of one TSV table, each with at least `minFields` fields (else E_DICT_SYNTAX). */
export function readTableRows(
  dir: string,
  file: string,
  minFields: number,
  label = "data/gazetteer",
): TableRow[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const rows: TableRow[] = [];
  readFileSync(path, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith("#")) return;
      const where = `${label}/${file}:${i + 1}`;
      const fields = line.split("\t").map((f) => f.trim());
      if (fields.length < minFields) {
        throw new SitrepError("E_DICT_SYNTAX", `${where}: expected ${minFields} tab-separated fields`);
      }
      rows.push({ where, fields });
    });
  return rows;
}

/** One entry per non-comment line (line lists such as not-places.txt). */
export function readLineList(dir: string, file: string): string[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

export function splitAlternatives(field: string | undefined): string[] {
  return field
    ? field
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** A decimal degree field; E_DICT_SYNTAX when it is not a number in range. */
export function parseDegrees(value: string | undefined, limit: number, where: string): number {
  const n = Number(value);
  if (!value || !Number.isFinite(n) || Math.abs(n) > limit) {
    throw new SitrepError("E_DICT_SYNTAX", `${where}: "${value ?? ""}" is not a coordinate within ±${limit}`);
  }
  return n;
}
