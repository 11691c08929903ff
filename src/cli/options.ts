// Option values shared by the commands (sizes, document types, dates), with coded errors for bad values.
import { SitrepError } from "../errors.ts";

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
