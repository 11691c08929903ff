// The lines Sitrep lost and the lines it added on DEV-half pages (the untuned half is refused):
// a gold line counts as lost when under half its 4-gram shingles appear in the prediction, a
// predicted paragraph as added when under half of its shingles appear in the gold text.
//   node bin/run-ts.js bench/extraction/dev-diff.ts SET NAME [NAME...]   (SET: scrapinghub | dragnet-train)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { createHtmlExtractor } from "../../src/extract/html/extract-html.ts";
import { withoutParagraphs } from "./layout-probe.ts";
import { extractionSetFiles } from "./set-files.ts";
import { halfOf } from "./split-halves.ts";

const [set = "dragnet-train", ...names] = process.argv.slice(2);
const { dir, gold } = extractionSetFiles(set);
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

function shingleSet(text: string): string[] {
  const toks = text.match(TOKEN_RE) ?? [];
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, toks.length - 3); i++) out.push(toks.slice(i, i + 4).join(" "));
  return out.filter(Boolean);
}

function covered(line: string, pool: Set<string>): number {
  const s = shingleSet(line);
  return s.length === 0 ? 1 : s.filter((x) => pool.has(x)).length / s.length;
}

const extract = createHtmlExtractor(createContext());
for (const name of names) {
  if (halfOf(name) !== "dev") {
    console.log(`${name}: in the untuned half, not shown`);
    continue;
  }
  let content: Uint8Array = new Uint8Array(readFileSync(join(dir, "html", `${name}.html`)));
  if (process.env.NO_P) content = withoutParagraphs(content);
  const a = extract({ kind: "raw", id: name, input: name, type: "html", content });
  const goldText = gold[name]?.articleBody ?? "";
  const goldPool = new Set(shingleSet(goldText));
  const predPool = new Set(shingleSet(a.text));
  console.log(`=== ${name} (title: ${a.title})`);
  for (const line of goldText.split(/\n+/)) {
    if (line.trim() && covered(line, predPool) < 0.5) console.log(`  - ${line.trim().slice(0, 200)}`);
  }
  for (const p of a.paragraphs) if (covered(p, goldPool) < 0.5) console.log(`  + ${p.slice(0, 200)}`);
}
