// Kinds of publication-day errors on the dates set, counted per half: which kind of mistake the
// extractor makes tells which mechanism to work on, and the untuned half's counts say whether a kind
// seen on dev pages is general. Only counts are printed for the untuned half (never its pages);
// --list names the dev half's errors with their kind.
//   node bin/run-ts.js bench/dates/error-kinds.ts [--list]
// Kinds, from the answer and the gold day alone (plus the page's own modified date):
//   no-date        we gave none, the page has a day
//   false-date     we gave one, the gold says the page has none
//   off-by-one     one day either side (a zone conversion or a "yesterday")
//   day-month-swap the gold day with its day and month read the other way round
//   wrong-year     the right month and day in another year (a copyright year, a year-less stamp)
//   modified-date  the page's own modified date (an update stamp taken for publication)
//   later / earlier any other day after or before the gold (comments, related stories, archives)
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "htmlparser2";
import { decodeHtml } from "../../src/extract/html/decode-html.ts";
import { extractHtmlMetadata } from "../../src/extract/html/meta-extract.ts";
import { type Half, halfOf } from "../extraction/split-halves.ts";

const DATASET = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "bench", "dates");

export type ErrorKind =
  | "no-date"
  | "false-date"
  | "off-by-one"
  | "day-month-swap"
  | "wrong-year"
  | "modified-date"
  | "later"
  | "earlier";

const DAY_MS = 86_400_000;

/** The kind of a wrong answer, or null when it is right. */
export function errorKind(
  pred: string | null,
  gold: string | null,
  modifiedDay: string | null,
): ErrorKind | null {
  if (pred === gold) return null;
  if (pred === null) return "no-date";
  if (gold === null) return "false-date";
  const gap = (Date.parse(`${pred}T00:00:00Z`) - Date.parse(`${gold}T00:00:00Z`)) / DAY_MS;
  if (Math.abs(gap) === 1) return "off-by-one";
  const [gy, gm, gd] = gold.split("-");
  if (gm !== gd && pred === `${gy}-${gd}-${gm}`) return "day-month-swap";
  if (pred.slice(5) === gold.slice(5)) return "wrong-year";
  if (modifiedDay !== null && pred === modifiedDay && gap > 0) return "modified-date";
  return gap > 0 ? "later" : "earlier";
}

function main(argv: string[]): number {
  if (!existsSync(join(DATASET, "gold.json"))) {
    console.log(`skipped: ${DATASET} is absent (the shared benchmark folder is not checked out)`);
    return 0;
  }
  const list = argv.includes("--list");
  const gold = JSON.parse(readFileSync(join(DATASET, "gold.json"), "utf8")) as Record<
    string,
    { url: string; date: string | null; file: string }
  >;
  const now = new Date();
  const counts: Record<Half, Map<string, number>> = { dev: new Map(), untuned: new Map() };
  const pages: Record<Half, number> = { dev: 0, untuned: 0 };
  const rows: string[] = [];
  for (const [id, entry] of Object.entries(gold)) {
    const { html } = decodeHtml(readFileSync(join(DATASET, "html", entry.file)));
    const meta = extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url: entry.url, now });
    const half = halfOf(id);
    pages[half]++;
    const kind = errorKind(meta.publishedDay, entry.date, meta.modifiedAt?.slice(0, 10) ?? null);
    if (!kind) continue;
    // The source of the wrong answer is counted with the kind: "off-by-one via jsonld" is a zone.
    const key = `${kind} (${(meta.publishedSource ?? "none").replace(/:.*/, "")})`;
    counts[half].set(key, (counts[half].get(key) ?? 0) + 1);
    if (list && half === "dev")
      rows.push(`${kind}\t${id}\tgold=${entry.date}\tpred=${meta.publishedDay}\t${meta.publishedSource}`);
  }
  for (const half of ["dev", "untuned"] as const) {
    const total = [...counts[half].values()].reduce((a, b) => a + b, 0);
    console.log(`${half}: ${total} wrong of ${pages[half]} pages (exact day, null = null right)`);
    for (const [key, n] of [...counts[half]].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      console.log(`  ${String(n).padStart(3)}  ${key}`);
  }
  for (const row of rows) console.log(row);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
