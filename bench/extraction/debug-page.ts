// Prints what the main-text extractor kept on benchmark pages of the DEV half (the untuned half is
// refused): page type, warnings, the pass and container, and the body beside the gold text's length.
//   node bin/run-ts.js bench/extraction/debug-page.ts SET NAME [NAME...]   (SET: scrapinghub | dragnet-train)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { extractMainText } from "../../src/extract/html/content-extract.ts";
import { loadContentHints } from "../../src/extract/html/content-hints.ts";
import { decodeHtml } from "../../src/extract/html/decode-html.ts";
import { createHtmlExtractor } from "../../src/extract/html/extract-html.ts";
import { parseHtml } from "../../src/extract/html/parse-html.ts";
import { extractionSetFiles } from "./set-files.ts";
import { halfOf } from "./split-halves.ts";

const [set = "dragnet-train", ...names] = process.argv.slice(2);
const { dir, gold } = extractionSetFiles(set);
const ctx = createContext();
const extract = createHtmlExtractor(ctx);
const hints = loadContentHints(ctx.config.dataDir);
for (const name of names) {
  if (halfOf(name) !== "dev") {
    console.log(`${name}: in the untuned half, not shown`);
    continue;
  }
  const content = new Uint8Array(readFileSync(join(dir, "html", `${name}.html`)));
  const article = extract({ kind: "raw", id: name, input: name, type: "html", content });
  console.log(
    `=== ${name}: isArticle ${article.isArticle}, ${article.text.length} chars (gold ${gold[name]?.articleBody.length ?? "?"})`,
  );
  for (const w of article.warnings) console.log(`  ${w.code}: ${w.message}`);
  console.log(`  title: ${article.title}`);
  for (const p of article.paragraphs) console.log(`  | ${p.slice(0, 160)}`);
  if (!article.isArticle || process.env.BLOCKS) {
    // What the body finder chose before the page-type decision, and (BLOCKS=1) every block.
    const { dom } = parseHtml(decodeHtml(content).html);
    const main = extractMainText(dom, hints, { title: article.title });
    console.log(
      `  body (${main.pass} pass, container <${"name" in main.container ? main.container.name : "#document"}>):`,
    );
    for (const b of main.body) console.log(`  ~ [${b.kind}] ${b.text.slice(0, 150)}`);
    if (process.env.BLOCKS)
      for (const b of main.blocks)
        console.log(
          `  # [${b.kind} ${b.linkChars}/${b.text.length} neg${b.negatives.length}] ${b.text.slice(0, 120)}`,
        );
  }
  if (process.env.GOLD) console.log(`--- gold ---\n${gold[name]?.articleBody}`);
}
