// Issue 11, item 1 (memory bounded): ingest hands the store a long document's events a window at a
// time (DocumentRecord.moreEvents), each window coded only when the store is ready to write it, so
// the document's events are never all held at once. What is stored must be what storing them all
// at once stored: the same events with the same counts, mentions, log lines (`new` once per event,
// in order) and seen actors and places, also for events that windows report again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { generateDocument } from "../../bench/scale/document-generate.ts";
import { createAnnotator } from "../../src/annotate/index.ts";
import { createCoder } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { createExtractor } from "../../src/extract/index.ts";
import { createLocator } from "../../src/locate/index.ts";
import { createIngestPipeline, ingestInto } from "../../src/pipeline.ts";
import { annotateAndCode } from "../../src/pipeline-windows.ts";
import { openStore } from "../../src/store/index.ts";
import type { CodedEvent, RawDoc } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every stored row that says what was coded (not when it was stored), in a fixed order. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const rows = (sql: string) => db.prepare(sql).all();
  const out = {
    events: rows(
      "select event_key, day, source_code, target_code, cameo_code, num_mentions, num_articles, num_sources, avg_tone, confidence, evidence, place_name from events order by event_key",
    ),
    mentions: rows("select * from event_mentions order by doc_key, event_id"),
    log: rows("select event_key, doc_key, kind from event_log order by seq"),
    actors: rows("select * from actors_seen order by code, name"),
    places: rows("select * from places_seen order by name, lat, lon"),
  };
  db.close();
  return out;
}

/** 1,200 reports of 400 events, each event reported three times far apart (windows apart). */
function reports(doc: string): CodedEvent[] {
  return Array.from({ length: 1200 }, (_, i) => {
    const j = i % 400;
    return makeEvent({
      docId: doc,
      eventId: `${doc}-${i}`,
      date: new Date(Date.UTC(2022, 0, 1 + (j >> 2))).toISOString().slice(0, 10),
      code: ["040", "0311", "190", "112"][j % 4]!,
      src: ["PAKGOV", "INDMIL"][(j >> 3) % 2]!,
      tgt: ["USAGOV", null][(j >> 4) % 2]!,
      sentenceIndex: i,
      confidence: 0.4 + (i % 6) / 10,
    });
  });
}

describe("a document's events written a window at a time", () => {
  it("store the same rows as the same events written at once", async () => {
    const base = {
      url: null,
      title: "t",
      publishedAt: "2022-01-01T00:00:00Z",
      lang: "en",
      simhash: "0000000000000000",
      clusterKey: null,
      article: { text: "t" },
      annotations: { sentences: [] },
      dictionaryVersion: "test-1",
      actors: [{ code: "PAKGOV", name: "Islamabad" }],
      places: [{ name: "Lahore", country: "PAK", lat: 31.5, lon: 74.3 }],
      tone: -1.5,
    };
    const paths = ["whole.db", "windows.db"].map((f) => join(dir, f));
    for (const [k, path] of paths.entries()) {
      const store = await openStore({ dbPath: path, databaseUrl: null });
      // A document stored first shares some events, so recounts of earlier documents' events run too.
      await store.saveDocument({
        ...base,
        inputId: "a",
        contentHash: "ha",
        source: "A",
        events: reports("a").slice(0, 300),
      });
      const events = reports("b");
      // Windows of uneven size, one of them empty, as a long document's are.
      const cuts = [0, 150, 150, 430, 800, 1111, 1200];
      const windows = cuts.slice(1).map((end, i) => events.slice(cuts[i]!, end));
      const saved = await store.saveDocument(
        k === 0
          ? { ...base, inputId: "b", contentHash: "hb", source: "B", events }
          : {
              ...base,
              inputId: "b",
              contentHash: "hb",
              source: "B",
              events: windows[0]!,
              moreEvents: windows.slice(1),
            },
      );
      expect(saved.events).toBe(1200);
      await store.close();
    }
    const [whole, windowed] = paths.map(dump);
    expect(whole?.events?.length).toBe(400);
    expect(whole?.log?.length).toBe(1500);
    expect(windowed).toEqual(whole);
  });

  it("ingest stores what coding the whole document at once stores", { timeout: 600_000 }, async () => {
    const ctx = createContext();
    // Windows of 8 KB (a document is read in windows of 300,000 characters): ~60 KB, eight windows.
    const windows = { window: 8_000, lookback: 1_500 };
    const text = generateDocument(60_000, 5);
    const raw: RawDoc = {
      kind: "raw",
      id: "long",
      input: "long.txt",
      type: "text",
      content: Buffer.from(text),
    };
    const extract = createExtractor(ctx);
    const stages = { annotate: createAnnotator(ctx), code: createCoder(ctx), locate: createLocator(ctx) };
    const runs = {
      whole: (r: RawDoc) => annotateAndCode(extract(r), stages, windows),
      streamed: createIngestPipeline(ctx, windows),
      // The windows annotated on this thread and the annotation worker (pipeline-window-schedule.ts).
      twoThreads: createIngestPipeline(ctx, { ...windows, twoThreadsFrom: 0 }),
    };
    const dumps: Record<string, unknown[]>[] = [];
    for (const [name, run] of Object.entries(runs)) {
      const path = join(dir, `${name}-ingest.db`);
      const store = await openStore({ dbPath: path, databaseUrl: null });
      async function* items() {
        yield raw;
      }
      const summary = await ingestInto(store, items(), ctx, () => {}, run);
      expect(summary.stored).toBe(1);
      expect(summary.events).toBeGreaterThan(100);
      await store.close();
      dumps.push(dump(path));
    }
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
  });

  it("fails the document, not the batch, when a later window cannot be coded", async () => {
    const ctx = createContext();
    const path = join(dir, "failing.db");
    const store = await openStore({ dbPath: path, databaseUrl: null });
    const good: RawDoc = {
      kind: "raw",
      id: "good",
      input: "good.txt",
      type: "text",
      content: Buffer.from("Talks."),
    };
    const bad: RawDoc = { ...good, id: "bad", input: "bad.txt", content: Buffer.from("Talks resumed.") };
    const real = createIngestPipeline(ctx);
    const run = async (r: RawDoc) => {
      const doc = await real(r);
      if (doc.kind === "failure") return doc;
      return {
        ...doc,
        eventBatches: (function* () {
          yield [
            makeEvent({
              docId: r.id,
              eventId: `${r.id}-0`,
              code: "040",
              src: "PAKGOV",
              tgt: null,
              sentenceIndex: 0,
            }),
          ];
          if (r.id === "bad") throw new Error("window 2 broke");
          yield [];
        })(),
      };
    };
    async function* items() {
      yield bad;
      yield good;
    }
    const outcomes: string[] = [];
    const summary = await ingestInto(
      store,
      items(),
      ctx,
      (p) => outcomes.push(`${p.input}:${p.outcome}`),
      run,
    );
    expect(outcomes).toEqual(["bad.txt:failed", "good.txt:stored"]);
    expect(summary.failed).toBe(1);
    await store.close();
    const db = new Database(path, { readonly: true });
    // Nothing of the failed document is left: its transaction rolled back.
    expect(db.prepare("select count(*) as n from documents where input_id = 'bad'").get()).toEqual({ n: 0 });
    expect(db.prepare("select count(*) as n from event_mentions").get()).toEqual({ n: 1 });
    db.close();
  });
});
