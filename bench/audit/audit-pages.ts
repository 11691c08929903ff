// bench/audit: the page sets the hand audit draws from (real news pages in ../shared), the
// deterministic tune/untuned split of those pages, and the sentence text the pipeline gives them.

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { AnnotatedDoc } from "../../src/types.ts";

type WithSentences = Pick<AnnotatedDoc, "text" | "sentences">;

export const SHARED = join(import.meta.dirname, "../../../shared");

/** The two page sets of issue 9: Dragnet's training pages (966) and the scrapinghub pages (181). */
export const PAGE_SETS = {
  "dragnet-train": join(SHARED, "bench/extraction/dragnet-train/html"),
  scrapinghub: join(SHARED, "bench/extraction/scrapinghub/html"),
} as const;
export type PageSet = keyof typeof PAGE_SETS;

export type Half = "tune" | "untuned";

/** Why the audit cannot run here, or null when the page sets are present. */
export function missingShared(): string | null {
  for (const [name, dir] of Object.entries(PAGE_SETS))
    if (!existsSync(dir)) return `${dir} not found (page set ${name}); ../shared is needed for bench:audit`;
  return null;
}

/**
 * A page's half, from a hash of "set/name": the split is by page, so no sentence of an untuned
 * page is ever looked at while tuning, and it never changes when the sample grows.
 */
export function halfOf(set: PageSet, page: string): Half {
  const byte = createHash("sha256").update(`${set}/${page}`).digest()[0]!;
  return byte % 2 === 0 ? "tune" : "untuned";
}

/** The text of one sentence of an annotated document, as the coder sees it. */
export function sentenceText(doc: WithSentences, index: number): string {
  const s = doc.sentences[index]!;
  return doc.text.slice(s.start, s.end);
}

/** Whitespace, quotes and dashes folded, so a sentence is found again after small extractor changes. */
export function normalizeSentence(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
