// Command-line option parsing shared by the document commands, with coded errors for bad values.
import { parseArgs } from "node:util";
import { SitrepError } from "../errors.ts";

/** Options every document command shares. Commands add their own with `extra`. */
export const COMMON_OPTIONS = {
  jsonl: { type: "boolean", default: false },
  pretty: { type: "boolean", default: false },
  type: { type: "string", default: "auto" },
  "max-bytes": { type: "string" },
  date: { type: "string" },
  dict: { type: "string", multiple: true },
  db: { type: "string" },
  verbose: { type: "boolean", short: "v", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

type OptionSpec = Record<
  string,
  { type: "string" | "boolean"; multiple?: boolean; short?: string; default?: unknown }
>;

export function parseCommandArgs(args: readonly string[], extra: OptionSpec = {}) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...extra } as typeof COMMON_OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new SitrepError("E_USAGE", (error as Error).message);
  }
}

export function parseByteSize(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m)
    throw new SitrepError("E_OPTION_VALUE", `--max-bytes ${value}: use a number of bytes, or e.g. 20MB`);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(m[1]) * unit);
}

/** `--type`: text, html, auto, or clean (text that is already the article body: no chrome removed). */
export function parseDocType(value: string): "text" | "html" | "auto" | "clean" {
  if (value === "text" || value === "html" || value === "auto" || value === "clean") return value;
  throw new SitrepError("E_OPTION_VALUE", `--type ${value}: use text, html, clean or auto`);
}

export function parseIsoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new SitrepError("E_DATE_INVALID", `--date ${value}`);
  }
  return value;
}
