// Rows of a query as CSV (RFC 4180, spreadsheet-safe) or TSV (tabs and newlines inside values
// become spaces): the header is the union of the rows' keys, in first-seen order.
import { csvField } from "../store/export/index.ts";

function tsvField(v: unknown): string {
  const s = Array.isArray(v) ? v.join(";") : v === null || v === undefined ? "" : String(v);
  return s.replace(/[\t\r\n]+/g, " ");
}

export function tableText(rows: readonly Record<string, unknown>[], format: "csv" | "tsv"): string {
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const field = format === "csv" ? csvField : tsvField;
  const sep = format === "csv" ? "," : "\t";
  const lines = [columns.join(sep), ...rows.map((r) => columns.map((c) => field(r[c])).join(sep))];
  return rows.length ? `${lines.join("\n")}\n` : "";
}
