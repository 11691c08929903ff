// Issue 11: random bytes, random HTML and truncated or mangled real pages (built from the demo
// corpus in data/demo) through every stage — ingest, extract, annotate, code + locate, store —
// for a bounded time. A document may fail, but only with a coded error about its input: never
// E_INTERNAL (an uncaught exception turned into a line), never a thrown error, and no stage may
// take longer than a generous budget on these small inputs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import { createAnnotator } from "../../src/annotate/index.ts";
import { createContext } from "../../src/context.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createEventStage, ingestInto } from "../../src/pipeline.ts";
import { openStore } from "../../src/store/index.ts";
import type { DocFailure, RawDoc } from "../../src/types.ts";
import { ROOT } from "../helpers/run-cli.ts";

/** How long the fuzz loop runs; every case already started finishes. */
const FUZZ_MS = 20_000;
/** Per stage and document (inputs are at most ~64 KB): ~50× what a healthy stage takes here. */
const STAGE_BUDGET_MS = 15_000;
const SEED = 20261205;

const DEMO = join(ROOT, "data", "demo");
const pages = readdirSync(DEMO)
  .filter((f) => /\.(txt|html)$/.test(f))
  .map((f) => ({ name: f, bytes: readFileSync(join(DEMO, f)) }));
const words = [
  ...new Set(
    pages
      .flatMap((p) => p.bytes.toString("utf8").split(/[\s<>"=]+/))
      .filter((w) => w.length > 1 && w.length < 20),
  ),
];

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]) => items[int(random, items.length)]!;

function randomBytes(random: Random): { name: string; bytes: Uint8Array } {
  const bytes = new Uint8Array(int(random, 8192));
  // Mostly printable with bursts of anything: both binary and near-text inputs.
  const printable = random() < 0.5;
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = printable && random() < 0.9 ? 32 + int(random, 95) : int(random, 256);
  return { name: pick(random, ["x.txt", "x.html", "x.bin", "x.jsonl"]), bytes };
}

const TAGS = [
  "div",
  "p",
  "span",
  "article",
  "section",
  "script",
  "style",
  "h1",
  "a",
  "figure",
  "figcaption",
  "table",
  "td",
  "li",
  "ul",
  "meta",
  "time",
  "noscript",
  "svg",
  "template",
  "iframe",
];
const ATTRS = [
  'class="article-body"',
  'id="main"',
  'itemprop="articleBody"',
  'class="nav menu"',
  'href="javascript:0"',
  'content="2020-06-16"',
  'property="og:title"',
  'datetime="2024-13-45"',
  'charset="koi8-r"',
  'class="caption"',
];

function randomHtml(random: Random): { name: string; bytes: Uint8Array } {
  const parts: string[] = [pick(random, ["<!doctype html>", "", "<?xml version='1.0'?>", "\ufeff"])];
  const open: string[] = [];
  const steps = 50 + int(random, 1500);
  for (let i = 0; i < steps; i++) {
    const r = random();
    if (r < 0.3) {
      const tag = pick(random, TAGS);
      parts.push(`<${tag}${random() < 0.5 ? ` ${pick(random, ATTRS)}` : ""}${random() < 0.05 ? "/" : ""}>`);
      open.push(tag);
    } else if (r < 0.5 && open.length) {
      parts.push(`</${open.pop()}>`);
    } else if (r < 0.55) {
      parts.push(
        pick(random, [
          "&amp;",
          "&#x0;",
          "&#99999999;",
          "&nbsp;",
          "&bogus;",
          "<!--",
          "-->",
          "<![CDATA[",
          "]]>",
          "<",
          ">",
          "\u0000",
          "\ud800",
        ]),
      );
    } else {
      const n = 1 + int(random, 25);
      parts.push(Array.from({ length: n }, () => pick(random, words)).join(" "));
      if (random() < 0.3) parts.push(". ");
    }
  }
  if (random() < 0.5) while (open.length) parts.push(`</${open.pop()}>`);
  return { name: "random.html", bytes: Buffer.from(parts.join(""), "utf8") };
}

function mangledPage(random: Random): { name: string; bytes: Uint8Array } {
  const page = pick(random, pages);
  let bytes: Uint8Array = Buffer.from(page.bytes);
  const edits = 1 + int(random, 6);
  for (let e = 0; e < edits; e++) {
    const at = int(random, bytes.length + 1);
    const kind = int(random, 5);
    if (kind === 0)
      bytes = bytes.subarray(0, at); // truncated
    else if (kind === 1 && bytes.length) {
      // flipped bytes
      const copy = Buffer.from(bytes);
      for (let i = 0; i < 1 + int(random, 40); i++) copy[int(random, copy.length)] = int(random, 256);
      bytes = copy;
    } else if (kind === 2) {
      // a range deleted
      const to = Math.min(bytes.length, at + int(random, 2000));
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(to)]);
    } else if (kind === 3) {
      // a range repeated
      const to = Math.min(bytes.length, at + int(random, 4000));
      const chunk = bytes.subarray(at, to);
      bytes = Buffer.concat([bytes.subarray(0, to), chunk, chunk, bytes.subarray(to)]);
    } else {
      // markup spliced in
      const junk = Buffer.from(
        pick(random, [
          "<div>".repeat(300),
          "</p></div></body>",
          "<script>",
          "\u00ff\u00fe",
          "\n\n\n",
          "((((((((",
          "Photo: ",
          "REUTERS/",
        ]),
      );
      bytes = Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]);
    }
  }
  return { name: random() < 0.8 ? page.name : page.name.replace(/\.\w+$/, ".txt"), bytes };
}

describe("fuzz: every stage on hostile input", () => {
  it("finds no uncaught error and no stage over its budget", { timeout: FUZZ_MS + 240_000 }, async () => {
    const ctx = createContext({ maxInputBytes: 1024 * 1024 });
    const extract = createExtractor(ctx);
    const annotate = createAnnotator(ctx);
    const code = createEventStage(ctx);
    const random = createRandom(SEED);
    const makers = [randomBytes, randomHtml, mangledPage];
    const internal: string[] = [];
    const slow: string[] = [];
    const survivors: RawDoc[] = [];
    const timed = <T>(stage: string, name: string, run: () => T): T => {
      const started = Date.now();
      try {
        return run();
      } finally {
        const ms = Date.now() - started;
        if (ms > STAGE_BUDGET_MS) slow.push(`${stage} ${name}: ${ms} ms`);
      }
    };
    const noteFailure = (name: string, failure: DocFailure) => {
      if (failure.error.code === "E_INTERNAL") internal.push(`${name}: ${failure.error.message}`);
    };
    let cases = 0;
    const deadline = Date.now() + FUZZ_MS;
    while (Date.now() < deadline) {
      const maker = makers[cases % makers.length]!;
      const { name, bytes } = maker(random);
      const label = `case ${cases} (${maker.name}, ${name}, ${bytes.length} bytes)`;
      cases++;
      const read = readInputs(["-"], {
        type: name.endsWith(".html") ? "html" : name.endsWith(".txt") ? "text" : "auto",
        maxBytes: ctx.config.maxInputBytes,
        readStdin: async () => bytes,
      });
      for await (const raw of read) {
        if (raw.kind === "failure") {
          noteFailure(label, raw);
          continue;
        }
        try {
          const article = timed("extract", label, () => extract(raw));
          const annotated = timed("annotate", label, () => annotate(article));
          timed("code", label, () => code(annotated));
          if (survivors.length < 40) survivors.push(raw);
        } catch (error) {
          const codeOf = (error as { code?: string }).code;
          // A coded error about the input is the contract; anything else escaped a stage.
          if (!codeOf?.startsWith("E_") || codeOf === "E_INTERNAL")
            internal.push(`${label}: ${(error as Error).stack}`);
        }
      }
    }
    // The store: the documents that came through, ingested (and once more: all skipped).
    const store = await openStore({ dbPath: ":memory:", databaseUrl: null });
    try {
      for (let round = 0; round < 2; round++) {
        async function* items() {
          yield* survivors;
        }
        const summary = await ingestInto(store, items(), ctx, (p) => {
          if (p.outcome === "failed" && p.detail?.startsWith("E_INTERNAL"))
            internal.push(`store ${p.input}: ${p.detail}`);
        });
        if (round === 1) expect(summary.stored).toBe(0);
      }
    } finally {
      await store.close();
    }
    expect(cases).toBeGreaterThan(20);
    expect(internal).toEqual([]);
    expect(slow).toEqual([]);
  });
});
