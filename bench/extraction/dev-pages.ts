// Per-page scores of the DEV halves (the untuned half is never read): one line per page with
// precision, recall, F1, whether it was kept as an article, the pass and the warnings, worst first.
//   node bin/run-ts.js bench/extraction/dev-pages.ts [SET] > out.tsv   (SET: scrapinghub | dragnet-train)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { createHtmlExtractor } from "../../src/extract/html/extract-html.ts";
import { withoutParagraphs } from "./layout-probe.ts";
import { extractionSetFiles } from "./set-files.ts";
import { halfOf } from "./split-halves.ts";

const sets = process.argv[2] ? [process.argv[2]] : ["scrapinghub", "dragnet-train"];
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const toks = text.match(TOKEN_RE) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, toks.length - 3);
  for (let i = 0; i < last; i++) {
    const key = toks.slice(i, i + 4).join("\u0000");
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function score(gold: string, pred: string): { p: number; r: number } {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = g.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, n] of g) fn += Math.max(0, n - (p.get(k) ?? 0));
  if (fp === 0 && fn === 0) return { p: 1, r: 1 };
  return { p: tp + fp > 0 ? tp / (tp + fp) : 0, r: tp + fn > 0 ? tp / (tp + fn) : 0 };
}

const extract = createHtmlExtractor(createContext());
for (const set of sets) {
  const { dir, gold } = extractionSetFiles(set);
  const rows: string[][] = [];
  let sp = 0;
  let sr = 0;
  let n = 0;
  for (const file of readdirSync(join(dir, "html"))) {
    const name = file.replace(/\.html$/, "");
    if (halfOf(name) !== "dev" || !gold[name]) continue;
    let content: Uint8Array = new Uint8Array(readFileSync(join(dir, "html", file)));
    if (process.env.NO_P) content = withoutParagraphs(content);
    const a = extract({ kind: "raw", id: name, input: name, type: "html", content });
    const { p, r } = score(gold[name].articleBody, a.text);
    sp += p;
    sr += r;
    n++;
    const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    const warn = a.warnings.map((w) => w.code).join(",");
    rows.push([
      f.toFixed(3),
      p.toFixed(3),
      r.toFixed(3),
      name,
      String(a.isArticle),
      String(a.text.length),
      String(gold[name].articleBody.length),
      warn,
    ]);
  }
  rows.sort((x, y) => Number(x[0]) - Number(y[0]));
  const P = sp / n;
  const R = sr / n;
  console.log(
    `# ${set} dev: ${n} pages, P ${P.toFixed(4)} R ${R.toFixed(4)} F1 ${((2 * P * R) / (P + R)).toFixed(4)}`,
  );
  for (const row of rows) console.log(row.join("\t"));
}
