// The editable tables behind metadata extraction, read from data/html-meta/*.tsv once and shared
// read-only afterwards (they are facts about page conventions, not per-run state).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** data/html-meta/, found relative to this file so it works from any working directory. */
export const HTML_META_DATA_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "data",
  "html-meta",
);

export interface DateMetaKey {
  readonly role: "published" | "modified";
  readonly rank: number;
}

export interface RegionZone {
  /** Standard offset from UTC in minutes. */
  readonly offset: number;
  readonly dst: "eu" | "us" | "au" | "none";
}

export interface MetaTables {
  /** ".de" (country) or "de" (language) -> the usual zone of sites there. */
  readonly regionZones: ReadonlyMap<string, RegionZone>;
  /** Lower-case meta key -> what date it carries and how much to trust it. */
  readonly dateKeys: ReadonlyMap<string, DateMetaKey>;
  /** Words before a visible date that say what it is, longest first. */
  readonly dateKeywords: readonly { word: string; role: "published" | "modified" | "other" }[];
}

function readRows(file: string): string[][] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t").map((cell) => cell.trim()));
}

export function loadMetaTables(dir: string = HTML_META_DATA_DIR): MetaTables {
  const dateKeys = new Map<string, DateMetaKey>();
  for (const [key, role, rank] of readRows(join(dir, "date-meta-keys.tsv"))) {
    if (!key || (role !== "published" && role !== "modified")) {
      throw new Error(`date-meta-keys.tsv: bad line for key "${key}" (role must be published or modified)`);
    }
    dateKeys.set(key.toLowerCase(), { role, rank: Number(rank) || 3 });
  }
  const dateKeywords: { word: string; role: "published" | "modified" | "other" }[] = [];
  for (const [word, role] of readRows(join(dir, "date-keywords.tsv"))) {
    if (!word || (role !== "published" && role !== "modified" && role !== "other")) {
      throw new Error(
        `date-keywords.tsv: bad line for "${word}" (role must be published, modified or other)`,
      );
    }
    dateKeywords.push({ word: word.toLowerCase(), role });
  }
  dateKeywords.sort((a, b) => b.word.length - a.word.length);
  const regionZones = new Map<string, RegionZone>();
  for (const [key, offset, dst] of readRows(join(dir, "region-zones.tsv"))) {
    if (
      !key ||
      !/^-?\d+$/.test(offset ?? "") ||
      (dst !== "eu" && dst !== "us" && dst !== "au" && dst !== "none")
    ) {
      throw new Error(`region-zones.tsv: bad line for "${key}" (offset in minutes, rule eu|us|au|none)`);
    }
    regionZones.set(key.toLowerCase(), { offset: Number(offset), dst });
  }
  return { dateKeys, dateKeywords, regionZones };
}

let defaultTables: MetaTables | null = null;

export function getDefaultMetaTables(): MetaTables {
  defaultTables ??= loadMetaTables();
  return defaultTables;
}
