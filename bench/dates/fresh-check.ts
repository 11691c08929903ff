// Fresh evidence for the date extractor: the extraction sets (dragnet-train, scrapinghub) carry no
// publication-day gold, but their human-copied article text and their URL often state a day. This
// lists the pages where our publishedDay disagrees with that evidence, or where we give no day and
// the evidence has one, for judging by hand (the evidence is not gold: a copied text may open with
// an update stamp or a related story's date).
//   node bin/run-ts.js bench/dates/fresh-check.ts [--set dragnet-train|scrapinghub] [--list]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "htmlparser2";
import { parseDateText } from "../../src/extract/dates/index.ts";
import { decodeHtml } from "../../src/extract/html/decode-html.ts";
import { extractHtmlMetadata } from "../../src/extract/html/meta-extract.ts";
import { halfOf } from "../extraction/split-halves.ts";

const SHARED = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "shared",
  "bench",
  "extraction",
);

interface GoldPage {
  readonly url: string;
  readonly articleBody: string;
}

/** The day a URL states as /YYYY/MM/DD/ or YYYY-MM-DD; null when none. */
function urlDay(url: string): string | null {
  const m = /(?:^|[/_-])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(
    url,
  );
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The first day stated in the opening of the copied article text (where a dateline sits). */
function textDay(body: string): string | null {
  const head = body.slice(0, 400);
  for (const line of head.split(/\n+/)) {
    const d = parseDateText(line);
    if (d) return d.iso.slice(0, 10);
  }
  return null;
}

function main(argv: string[]): number {
  const setIndex = argv.indexOf("--set");
  const sets = setIndex >= 0 ? [argv[setIndex + 1]!] : ["dragnet-train", "scrapinghub"];
  const list = argv.includes("--list");
  const now = new Date();
  for (const set of sets) {
    const gold = JSON.parse(readFileSync(join(SHARED, set, "gold.json"), "utf8")) as Record<string, GoldPage>;
    const counts = { pages: 0, evidence: 0, agree: 0, disagree: 0, noneWithEvidence: 0, predNoEvidence: 0 };
    const rows: string[] = [];
    for (const [id, page] of Object.entries(gold)) {
      counts.pages++;
      const url = page.url && page.url !== "None" ? page.url : undefined;
      const { html } = decodeHtml(readFileSync(join(SHARED, set, "html", `${id}.html`)));
      const meta = extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url, now });
      const fromUrl = url ? urlDay(url) : null;
      const fromText = textDay(page.articleBody ?? "");
      const evidence = fromUrl ?? fromText;
      const pred = meta.publishedDay;
      if (!evidence) {
        if (pred) counts.predNoEvidence++;
        continue;
      }
      counts.evidence++;
      if (pred === evidence || (fromText !== null && pred === fromText)) counts.agree++;
      else if (pred === null) counts.noneWithEvidence++;
      else counts.disagree++;
      if (pred !== evidence && pred !== fromText)
        rows.push(
          `${id}\t${halfOf(id)}\tpred=${pred}\t${meta.publishedSource ?? "none"}\turl=${fromUrl}\ttext=${fromText}`,
        );
    }
    console.log(`${set}: ${JSON.stringify(counts)}`);
    if (list) for (const r of rows) console.log(`  ${r}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
