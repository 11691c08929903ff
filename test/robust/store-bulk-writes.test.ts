// Issue 11, item 1 (bench/scale): a large document's events are written a few hundred rows per
// statement. A document with thousands of events (many statements' worth, and events it reports
// more than once) must store the same rows one statement per event stored: every mention, each
// event once with its counts, one log line per stored mention (`new` for the one that created
// its event, `update` after), and the seen actors and places counted per mention.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import type { CodedEvent } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-bulk-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Event i of a document: 1,500 distinct events, each reported twice (3,000 mentions). */
function eventsOf(doc: string, count = 3000): CodedEvent[] {
  return Array.from({ length: count }, (_, i) => {
    // Mentions 2j and 2j+1 report event j: its own day, so its own key.
    const j = i >> 1;
    return makeEvent({
      docId: doc,
      eventId: `${doc}-${i}`,
      date: new Date(Date.UTC(2021, 0, 1 + j)).toISOString().slice(0, 10),
      code: ["040", "0311", "190", "112"][j % 4]!,
      src: ["PAKGOV", "INDMIL", "CHNGOV", "AFGREB"][(j >> 2) % 4]!,
      tgt: ["USAGOV", "RUSMIL", null][(j >> 4) % 3]!,
      sentenceIndex: i,
      confidence: 0.5 + (i % 5) / 10,
    });
  });
}

describe("a document with thousands of events", () => {
  it("stores every mention, counts and log line as one statement per event did", {
    timeout: 120_000,
  }, async () => {
    const path = join(dir, "bulk.db");
    const store = await openStore({ dbPath: path, databaseUrl: null });
    const base = {
      url: null,
      title: "t",
      publishedAt: "2021-01-01T00:00:00Z",
      lang: "en",
      simhash: "0000000000000000",
      clusterKey: null,
      article: { text: "t" },
      annotations: { sentences: [] },
      dictionaryVersion: "test-1",
    };
    const first = eventsOf("a");
    // The same event repeated under one id: stored once.
    first.push({ ...first[0]!, sentenceIndex: 9999 });
    const actors = Array.from({ length: 2500 }, (_, i) => ({ code: `PAKGOV`, name: `Name ${i % 700}` }));
    const places = Array.from({ length: 2500 }, (_, i) => ({
      name: `Town ${i % 900}`,
      country: "PAK",
      lat: i % 900,
      lon: 1,
    }));
    await store.saveDocument({
      ...base,
      inputId: "a",
      contentHash: "ha",
      source: "Site A",
      events: first,
      actors,
      places,
      tone: -2,
    });
    // A second document reporting half the same events: its log lines are updates.
    await store.saveDocument({
      ...base,
      inputId: "b",
      contentHash: "hb",
      source: "Site B",
      events: eventsOf("b", 1500),
      actors,
      places,
      tone: 1,
    });
    await store.close();

    const db = new Database(path, { readonly: true });
    const one = (sql: string) => Object.values(db.prepare(sql).get() as object)[0];
    expect(one("select count(*) from event_mentions")).toBe(4500);
    expect(one("select count(*) from events")).toBe(1500);
    // Every event reported twice in a, and 750 of them twice more in b.
    expect(
      one("select count(*) from events where num_mentions = 2 and num_articles = 1 and num_sources = 1"),
    ).toBe(750);
    expect(
      one("select count(*) from events where num_mentions = 4 and num_articles = 2 and num_sources = 2"),
    ).toBe(750);
    expect(one("select count(*) from events where avg_tone = -0.5 and num_articles = 2")).toBe(750);
    expect(one("select count(*) from events where avg_tone = -2 and num_articles = 1")).toBe(750);
    expect(one("select count(*) from events where confidence is null")).toBe(0);
    // One `new` per event, in the first document; every other stored mention an update.
    expect(one("select count(*) from event_log")).toBe(4500);
    expect(one("select count(*) from event_log where kind = 'new'")).toBe(1500);
    expect(one("select count(distinct event_key) from event_log where kind = 'new'")).toBe(1500);
    expect(
      one(
        "select count(*) from event_log where kind = 'new' and doc_key <> (select doc_key from documents where input_id = 'a')",
      ),
    ).toBe(0);
    // The log is in event order within a document: each `new` comes before its event's update.
    const order = db
      .prepare(
        "select count(*) as n from event_log u join event_log n on n.event_key = u.event_key and n.kind = 'new' where u.kind = 'update' and u.seq < n.seq",
      )
      .get() as { n: number };
    expect(order.n).toBe(0);
    expect(one("select count(*) from actors_seen")).toBe(700);
    expect(one("select sum(mentions) from actors_seen")).toBe(5000);
    expect(one("select count(*) from places_seen")).toBe(900);
    expect(one("select sum(mentions) from places_seen")).toBe(5000);
    db.close();
  });
});
