// A long document's windows annotated on this thread and the annotation worker
// (src/pipeline-window-schedule.ts) give the document one thread gives; a worker that cannot start
// leaves every window to this thread; a window that fails fails the document with its code; and a
// short document starts no worker at all.
import { describe, expect, it } from "vitest";
import { generateDocument } from "../../bench/scale/document-generate.ts";
import { createAnnotator } from "../../src/annotate/index.ts";
import { createContext } from "../../src/context.ts";
import { SitrepError } from "../../src/errors.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { createIngestPipeline } from "../../src/pipeline.ts";
import { AnnotateThread, annotateThreadsStarted } from "../../src/pipeline-annotate-thread.ts";
import { WindowMerger, windowPart } from "../../src/pipeline-window-parts.ts";
import { annotateOnTwoThreads } from "../../src/pipeline-window-schedule.ts";
import {
  DOCUMENT_WINDOWS,
  documentWindows,
  TWO_THREADS_FROM,
  windowSpans,
} from "../../src/pipeline-windows.ts";
import type { RawDoc } from "../../src/types.ts";

const ctx = createContext();
const annotate = createAnnotator(ctx);
const extract = createExtractor(ctx);
const rawOf = (text: string): RawDoc => ({
  kind: "raw",
  id: "long",
  input: "long.txt",
  type: "text",
  content: Buffer.from(text),
});
// ~40 KB in windows of 6 KB: seven windows, enough for both threads to take several.
const article = extract(rawOf(generateDocument(40_000, 3)));
const spans = windowSpans(article.text, { window: 6_000, lookback: 1_000 });

/** What a merged document holds, as plain JSON (sentences with their tokens, mentions, dateline). */
function contents(merger: WindowMerger): unknown {
  return JSON.parse(
    JSON.stringify({ sentences: merger.sentences, mentions: merger.mentions, dateline: merger.dateline }),
  );
}

function oneThread(): WindowMerger {
  const merger = new WindowMerger(article.text, article.dateline);
  for (const span of spans) {
    const text = article.text.slice(span.offset, span.to);
    merger.add(windowPart(annotate({ ...article, text }, { documentPasses: false }), span));
  }
  return merger;
}

describe("a long document annotated on two threads", { timeout: 300_000 }, () => {
  it("merges the same sentences, tokens and mentions as one thread", async () => {
    expect(spans.length).toBeGreaterThan(5);
    const expected = contents(oneThread());
    const started = annotateThreadsStarted();
    const merged = await annotateOnTwoThreads(article, annotate, spans, ctx.config);
    expect(annotateThreadsStarted()).toBe(started + 1);
    expect(contents(merged)).toEqual(expected);
    expect(merged.mentions.length).toBeGreaterThan(100);
  });

  it("annotates every window on this thread when the worker cannot start", async () => {
    const merged = await annotateOnTwoThreads(
      article,
      annotate,
      spans,
      ctx.config,
      (config) => new AnnotateThread(config, "/nonexistent/annotate-worker.js"),
    );
    expect(contents(merged)).toEqual(contents(oneThread()));
  });

  it("fails with the coded error of a window that fails", async () => {
    let calls = 0;
    const failing: typeof annotate = (a, options) => {
      if (++calls === 1) throw new SitrepError("E_DICT_SYNTAX", "window broke");
      return annotate(a, options);
    };
    await expect(annotateOnTwoThreads(article, failing, spans, ctx.config)).rejects.toMatchObject({
      code: "E_DICT_SYNTAX",
    });
  });

  it("starts no worker for a document shorter than twoThreadsFrom, one for a longer", async () => {
    const started = annotateThreadsStarted();
    const run = createIngestPipeline(ctx, { window: 6_000, lookback: 1_000, twoThreadsFrom: 30_000 });
    const short = await run(rawOf(generateDocument(20_000, 3)));
    expect(short.kind).toBe("streamed");
    expect(annotateThreadsStarted()).toBe(started);
    const long = await run(rawOf(generateDocument(40_000, 3)));
    expect(long.kind).toBe("streamed");
    expect(annotateThreadsStarted()).toBe(started + 1);
  });
});

describe("SITREP_ANNOTATE_THREADS", () => {
  it("turns two annotating threads on for long documents only when set to 2, and refuses other values", () => {
    expect(documentWindows({}).twoThreadsFrom).toBeUndefined();
    expect(documentWindows({ SITREP_ANNOTATE_THREADS: "1" })).toBe(DOCUMENT_WINDOWS);
    expect(documentWindows({ SITREP_ANNOTATE_THREADS: "2" })).toEqual({
      ...DOCUMENT_WINDOWS,
      twoThreadsFrom: TWO_THREADS_FROM,
    });
    expect(() => documentWindows({ SITREP_ANNOTATE_THREADS: "4; rm -rf /" })).toThrow(
      /E_OPTION_VALUE|1 \(default\) or 2/,
    );
  });
});
