// bench/audit: real news pages that no coder change was tuned on, for news-precision's `fresh` sets.
//   audit  the TUNE-half pages of the hand audit (dragnet-train, scrapinghub), only the sentences
//          nobody judged (the judged ones are bench:audit's); untuned audit pages are never opened
//   dates  the DEV-half pages of the publication-date bench (../shared/bench/dates, htmldate's real
//          pages of 2020, many not in English); its untuned half is never opened
// Both are read as HTML through the whole pipeline, as `sitrep code` reads a page.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readInputs } from "../../src/ingest/index.ts";
import type { DocProcessor } from "../../src/pipeline.ts";
import type { CodedDoc } from "../../src/types.ts";
import { halfOf as extractionHalf } from "../extraction/split-halves.ts";
import {
  halfOf as auditHalf,
  normalizeSentence,
  PAGE_SETS,
  type PageSet,
  SHARED,
  sentenceText,
} from "./audit-pages.ts";
import { readJsonl } from "./audit-record.ts";

export type FreshSet = "audit" | "dates";
export const DATES_DIR = join(SHARED, "bench/dates");

export interface FreshPage {
  set: FreshSet;
  /** "dragnet-train/NAME" or "scrapinghub/NAME" for audit pages, the file name for dates pages. */
  id: string;
  doc: CodedDoc;
}

/** The pages of both fresh sets that may be read, as [set, id, path]. */
function freshPaths(): [FreshSet, string, string][] {
  const out: [FreshSet, string, string][] = [];
  for (const set of Object.keys(PAGE_SETS) as PageSet[]) {
    const pages = readdirSync(PAGE_SETS[set])
      .filter((f) => f.endsWith(".html"))
      .map((f) => f.slice(0, -".html".length));
    for (const page of pages.sort())
      if (auditHalf(set, page) === "tune")
        out.push(["audit", `${set}/${page}`, join(PAGE_SETS[set], `${page}.html`)]);
  }
  const gold = JSON.parse(readFileSync(join(DATES_DIR, "gold.json"), "utf8")) as Record<string, unknown>;
  for (const id of Object.keys(gold).sort())
    if (extractionHalf(id) === "dev") out.push(["dates", id, join(DATES_DIR, "html", `${id}.html`)]);
  return out;
}

/**
 * Codes every readable fresh page with `run`. An audit page keeps only the events of sentences
 * that are not in judged-tune.jsonl, so the fresh sample never re-judges bench:audit's sentences.
 */
export async function codeFreshPages(run: DocProcessor<"code">): Promise<FreshPage[]> {
  const judged = new Set(
    readJsonl<{ text: string }>(join(import.meta.dirname, "judged-tune.jsonl")).map((r) =>
      normalizeSentence(r.text),
    ),
  );
  const out: FreshPage[] = [];
  for (const [set, id, path] of freshPaths()) {
    for await (const raw of readInputs([path], {
      type: "html",
      maxBytes: 20 * 1024 * 1024,
      readStdin: async () => new Uint8Array(),
    })) {
      const coded = raw.kind === "failure" ? null : run({ ...raw, id });
      if (coded?.kind !== "coded") continue;
      const events =
        set === "audit"
          ? coded.events.filter((e) => !judged.has(normalizeSentence(sentenceText(coded, e.sentenceIndex))))
          : coded.events;
      out.push({ set, id, doc: { ...coded, events } });
    }
  }
  return out;
}
