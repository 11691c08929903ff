// Where a shared extraction set's pages and gold text lie (../shared/bench/extraction/SET), for
// the dev-half debugging aids (dev-pages.ts, dev-diff.ts, debug-page.ts).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface ExtractionSetFiles {
  /** The set's folder: gold.json and html/NAME.html. */
  dir: string;
  /** The human-copied article body of each page, by page name. */
  gold: Record<string, { articleBody: string }>;
}

export function extractionSetFiles(set: string): ExtractionSetFiles {
  const dir = join(ROOT, "..", "shared", "bench", "extraction", set);
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as ExtractionSetFiles["gold"];
  return { dir, gold };
}
