// The fetch time travels with a document from where it was read to the date finder: a JSON Lines
// record's `fetchedAt` (as a fetched URL, feed item or WARC record carries its own) is what a page
// dated only "3 hours ago" counts back from; a file read from disk has none, and such a page then
// gets no date rather than the day it happened to be read.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.ts";
import { extractFromHtml } from "../../../src/extract/html/extract-html.ts";
import { readInputs } from "../../../src/ingest/index.ts";
import { toInline } from "../../../src/queue/job-processors.ts";
import type { RawDoc } from "../../../src/types.ts";

const PAGE = `<html lang="en"><head><title>Dam opens after repairs</title></head><body><article>
<h1>Dam opens after repairs</h1><span class="date">3 hours ago</span>
<p>The dam reopened on the river after two years of repairs, officials said, and water began to flow to the farms downstream again.</p>
<p>Engineers had replaced the gates and strengthened the walls, and the work came in under its budget, the authority said.</p>
</article></body></html>`;

async function readAll(path: string): Promise<RawDoc[]> {
  const docs: RawDoc[] = [];
  const opts = { type: "auto" as const, maxBytes: 1_000_000, readStdin: async () => Buffer.from("") };
  for await (const d of readInputs([path], opts)) if (d.kind === "raw") docs.push(d);
  return docs;
}

describe("fetchedAt from input to publication date", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-fetched-"));
  const ctx = createContext();

  it("reads a JSON Lines fetchedAt and counts elapsed time back from it", async () => {
    const file = join(dir, "pages.jsonl");
    const record = {
      id: "dam",
      html: PAGE,
      url: "https://news.example/dam",
      fetchedAt: "2025-03-04T12:00:00+02:00",
    };
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    const [raw] = await readAll(file);
    expect(raw!.fetchedAt).toBe("2025-03-04T10:00:00.000Z");
    const article = extractFromHtml(raw!, ctx);
    expect(article.publishedAt?.slice(0, 16)).toBe("2025-03-04T07:00");
    expect(article.warnings.map((w) => w.code)).toContain("W_DATE_ELAPSED");
  });

  it("keeps fetchedAt on a queued inline document", () => {
    const raw: RawDoc = {
      kind: "raw",
      id: "x",
      input: "x",
      type: "html",
      content: PAGE,
      fetchedAt: "2025-03-04T10:00:00.000Z",
    };
    expect(toInline(raw).fetchedAt).toBe("2025-03-04T10:00:00.000Z");
  });

  it("gives a page read from disk, which has no fetch time, no elapsed-time date", async () => {
    const file = join(dir, "dam.html");
    writeFileSync(file, PAGE);
    const [raw] = await readAll(file);
    expect(raw!.fetchedAt).toBeUndefined();
    const article = extractFromHtml(raw!, ctx);
    expect(article.publishedAt).toBeNull();
    expect(article.warnings.map((w) => w.code)).toContain("W_DATE_ELAPSED_UNANCHORED");
  });
});
