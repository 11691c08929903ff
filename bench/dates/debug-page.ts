// Prints what the metadata extractor saw on one benchmark page: for studying a failure class.
//   node bin/run-ts.js bench/dates/debug-page.ts NAME        (a page of ../shared/bench/dates)
//   node bin/run-ts.js bench/dates/debug-page.ts FILE.html [URL] (any saved page, e.g. of the extraction sets)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "htmlparser2";
import { decodeHtml } from "../../src/extract/html/decode-html.ts";
import { collectPageFacts } from "../../src/extract/html/meta-collect.ts";
import { extractHtmlMetadata } from "../../src/extract/html/meta-extract.ts";

const DATASET = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "bench", "dates");
const name = process.argv[2] ?? "";
const file = name.endsWith(".html");
const gold = file
  ? { url: process.argv[3] ?? "", date: "(no gold)" }
  : (JSON.parse(readFileSync(join(DATASET, "gold.json"), "utf8"))[name] as { url: string; date: string });
const { html, encoding } = decodeHtml(readFileSync(file ? name : join(DATASET, "html", `${name}.html`)));
const dom = parseDocument(html, { decodeEntities: true });
const facts = collectPageFacts(dom);
console.log({ gold, encoding, h1s: facts.h1s, times: facts.times.slice(0, 5) });
console.log("datedElements", facts.datedElements.slice(0, 8));
console.log("datedTexts", facts.datedTexts.slice(0, 8));
console.log(extractHtmlMetadata(dom, { url: gold.url || undefined, now: new Date() }));
