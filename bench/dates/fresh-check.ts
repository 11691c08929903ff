// Fresh evidence for the date extractor: the extraction sets (dragnet-train, scrapinghub) carry no
// publication-day gold, but their human-copied article text and their URL often state a day. This
// counts, by half, the pages where our publishedDay agrees with that evidence, where we give none,
// and where we give another day; --list shows the dev half's disagreements for judging by hand (the
// evidence is not gold: see stated-days.ts). The untuned half is only counted.
//   node bin/run-ts.js bench/dates/fresh-check.ts [--set dragnet-train|scrapinghub] [--list]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "htmlparser2";
import { decodeHtml } from "../../src/extract/html/decode-html.ts";
import { extractHtmlMetadata } from "../../src/extract/html/meta-extract.ts";
import { halfOf } from "../extraction/split-halves.ts";
import { compareStated, textDay, urlDay } from "./stated-days.ts";

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

function main(argv: string[]): number {
  const setIndex = argv.indexOf("--set");
  const sets = setIndex >= 0 ? [argv[setIndex + 1]!] : ["dragnet-train", "scrapinghub"];
  const list = argv.includes("--list");
  const now = new Date();
  for (const set of sets) {
    const gold = JSON.parse(readFileSync(join(SHARED, set, "gold.json"), "utf8")) as Record<string, GoldPage>;
    const counts = {
      dev: { evidence: 0, agree: 0, none: 0, disagree: 0 },
      untuned: { evidence: 0, agree: 0, none: 0, disagree: 0 },
    };
    const rows: string[] = [];
    for (const [id, page] of Object.entries(gold)) {
      const url = page.url && page.url !== "None" ? page.url : undefined;
      const { html } = decodeHtml(readFileSync(join(SHARED, set, "html", `${id}.html`)));
      const meta = extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { url, now });
      const body = page.articleBody ?? "";
      const verdict = compareStated(meta.publishedDay, url, body);
      if (verdict === "no-evidence") continue;
      const half = halfOf(id);
      counts[half].evidence++;
      counts[half][verdict]++;
      // Only the dev half's pages are ever listed.
      if (verdict !== "agree" && half === "dev")
        rows.push(
          `${id}\tpred=${meta.publishedDay}\t${meta.publishedSource ?? "none"}\turl=${url ? urlDay(url) : null}\ttext=${textDay(body)}`,
        );
    }
    for (const half of ["dev", "untuned"] as const) {
      const c = counts[half];
      console.log(
        `${set} ${half}: ${c.evidence} pages state a day; agree ${c.agree} (${(c.agree / Math.max(1, c.evidence)).toFixed(3)}), no date ${c.none}, another day ${c.disagree}`,
      );
    }
    if (list) for (const r of rows) console.log(`  ${r}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
