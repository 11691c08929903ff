// Durable announcements: the event log is the outbox. A document committed by a process that died
// before announcing it is announced by the next relay, in any process; each document once, in log
// order. In process on SQLite; across "processes" (separate store connections, channels and
// relays) on the real PostgreSQL and Redis, skipped with a printed reason when unreachable.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Announcement,
  createEventChannel,
  createMemoryChannel,
  createOutboxRelay,
  type EventAnnouncement,
  onDocument,
} from "../../src/queue/index.ts";
import { openLiveState, openStore, type Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { requireRedis } from "../helpers/redis.ts";
import { docWith } from "../serve/serve-fixture.ts";

const story = (i: number) =>
  docWith([makeEvent({ date: "2024-07-01", src: "TURMIL", tgt: i % 2 ? "SYRREB" : "IRQGOV", code: "190" })]);

describe("announcement outbox on SQLite, in process", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({
      dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-outbox-")), "o.db"),
      databaseUrl: null,
    });
  });
  afterAll(() => store.close());

  it("announces what was stored after the relay started, once each, in log order, without a kick", async () => {
    await store.saveDocument(story(0)); // before the relay: its listeners were not there
    const channel = createMemoryChannel();
    const heard: EventAnnouncement[] = [];
    onDocument(channel, (d) => heard.push(d));
    // Batches of two log rows: a run reads on while a batch comes back full, and stops after a
    // partial one.
    const relay = await createOutboxRelay((await openLiveState(store)).outbox, channel, {
      sweepMs: 60_000,
      batch: 2,
    });
    // Stored with no announcement, as by a worker killed right after its commit.
    const saved = [];
    for (let i = 1; i <= 5; i++) saved.push(await store.saveDocument(story(i)));
    await relay.flush();
    expect(heard.map((d) => d.docKey)).toEqual(saved.map((s) => s.docKey));
    expect(heard.every((d) => d.events.length === 1 && d.events[0]!.sourceCode === "TURMIL")).toBe(true);
    const seqs = heard.map((d) => d.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(heard[0]).toMatchObject({
      url: expect.stringContaining("news.example.org"),
      title: expect.any(String),
    });
    await relay.close();
    await channel.close();
  });

  it("announces a batch in one call, its documents in log order", async () => {
    const inner = createMemoryChannel();
    const calls: number[][] = [];
    // The channel as the relay sees it, recording each call's seqs (announce one by one is a call of one).
    const channel = {
      ...inner,
      announce: async (m: Parameters<typeof inner.announce>[0]) => {
        calls.push([m.type === "stored" ? (m.seq ?? -1) : -1]);
        await inner.announce(m);
      },
      announceAll: async (ms: Parameters<typeof inner.announceAll>[0]) => {
        calls.push(ms.map((m) => (m.type === "stored" ? (m.seq ?? -1) : -1)));
        await inner.announceAll(ms);
      },
    };
    const heard: EventAnnouncement[] = [];
    onDocument(channel, (d) => heard.push(d));
    const relay = await createOutboxRelay((await openLiveState(store)).outbox, channel, {
      sweepMs: 60_000,
      batch: 100,
    });
    const saved = [];
    for (let i = 10; i < 18; i++) saved.push(await store.saveDocument(story(i)));
    await relay.flush();
    expect(heard.map((d) => d.docKey)).toEqual(saved.map((s) => s.docKey));
    // Eight documents logged before the run: one call of eight, seqs rising.
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(heard.map((d) => d.seq));
    expect(calls[0]).toHaveLength(8);
    expect([...calls[0]!].sort((a, b) => a - b)).toEqual(calls[0]);
    await relay.close();
    await inner.close();
  });
  it("a kick wakes the log's readers at once with a bare message, and the run still announces the document once", async () => {
    const channel = createMemoryChannel();
    const heard: Announcement[] = [];
    channel.listen((m) => heard.push(m));
    const documents: EventAnnouncement[] = [];
    onDocument(channel, (d) => documents.push(d));
    // The relay has just run and may not start another for ten minutes: only the wake-up is heard.
    const relay = await createOutboxRelay((await openLiveState(store)).outbox, channel, {
      sweepMs: 600_000,
      minIntervalMs: 600_000,
    });
    await relay.flush();
    heard.length = 0;
    const saved = await store.saveDocument(story(30));
    relay.kick();
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual([{ type: "stored", docKeys: [], events: 0 }]);
    expect(documents).toEqual([]);
    // The durable path: the run announces the document with its seq, once.
    await relay.flush();
    expect(documents.map((d) => d.docKey)).toEqual([saved.docKey]);
    await relay.close();
    // A closed relay wakes no one.
    heard.length = 0;
    relay.kick();
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual([]);
    await channel.close();
  });
});

describe("announcement outbox on PostgreSQL and Redis, across processes", () => {
  let redis: Awaited<ReturnType<typeof requireRedis>> = null;
  let db: TestDatabase | null = null;
  beforeAll(async () => {
    redis = await requireRedis();
    db = redis ? await createTestDatabase() : null;
  });
  afterAll(async () => {
    await redis?.cleanup();
    await db?.drop();
  });

  it("a document committed by a process killed before announcing is announced by another, each once", {
    timeout: 60_000,
  }, async (t) => {
    if (!redis || !db) return t.skip();
    const config = { redisUrl: redis.url, prefix: redis.prefix };
    // Process A: stores documents and dies before announcing them (its relay never runs).
    const storeA = await openStore({ dbPath: "", databaseUrl: db.url });
    // Processes B and C: relays on the same channel and cursor; a listener in D.
    const storeB = await openStore({ dbPath: "", databaseUrl: db.url });
    const storeC = await openStore({ dbPath: "", databaseUrl: db.url });
    const [chB, chC, chD] = await Promise.all([1, 2, 3].map(() => createEventChannel(config)));
    const heard: EventAnnouncement[] = [];
    onDocument(chD!, (d) => heard.push(d));
    // Batches of 8 log rows: 30 documents take several, each read on from the last.
    const options = { sweepMs: 60_000, batch: 8 };
    const relayB = await createOutboxRelay((await openLiveState(storeB)).outbox, chB!, options);
    const relayC = await createOutboxRelay((await openLiveState(storeC)).outbox, chC!, options);
    try {
      const saved = [];
      for (let i = 0; i < 30; i++) saved.push(await storeA.saveDocument(story(i)));
      await storeA.close();
      // Both relays run at once: one announces, the other waits for the cursor and reads past it.
      await Promise.all([relayB.flush(), relayC.flush()]);
      for (let i = 0; i < 100 && heard.length < saved.length; i++)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 200));
      expect(heard.map((d) => d.docKey)).toEqual(saved.map((s) => s.docKey));
      // A later document is announced on the next run, not the earlier ones again.
      const later = await storeB.saveDocument(story(99));
      relayC.kick();
      for (let i = 0; i < 100 && heard.length <= saved.length; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(heard.slice(saved.length).map((d) => d.docKey)).toEqual([later.docKey]);
    } finally {
      await relayB.close();
      await relayC.close();
      await Promise.all([chB!.close(), chC!.close(), chD!.close()]);
      await storeB.close();
      await storeC.close();
    }
  });

  it("two writers each with a relay, running while documents are stored: every document once, in log order", {
    timeout: 90_000,
  }, async (t) => {
    if (!redis || !db) return t.skip();
    const config = { redisUrl: redis.url, prefix: `${redis.prefix}-two` };
    const stores = [
      await openStore({ dbPath: "", databaseUrl: db.url }),
      await openStore({ dbPath: "", databaseUrl: db.url }),
    ];
    const [chA, chB, listener] = await Promise.all([1, 2, 3].map(() => createEventChannel(config)));
    const heard: EventAnnouncement[] = [];
    onDocument(listener!, (d) => heard.push(d));
    // Small batches, so runs both move the cursor in their read and leave it to the update.
    const options = { sweepMs: 60_000, batch: 3, minIntervalMs: 0 };
    const relays = [
      await createOutboxRelay((await openLiveState(stores[0]!)).outbox, chA!, options),
      await createOutboxRelay((await openLiveState(stores[1]!)).outbox, chB!, options),
    ];
    try {
      const saved: string[] = [];
      await Promise.all(
        [0, 1].map(async (w) => {
          for (let i = 0; i < 20; i++) {
            const r = await stores[w]!.saveDocument(story(1000 + 100 * w + i));
            saved.push(r.docKey);
            relays[w]!.kick();
          }
        }),
      );
      await Promise.all(relays.map((r) => r.flush()));
      for (let i = 0; i < 200 && heard.length < saved.length; i++)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(new Set(heard.map((d) => d.docKey))).toEqual(new Set(saved));
      expect(heard).toHaveLength(saved.length);
      const seqs = heard.map((d) => d.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    } finally {
      for (const r of relays) await r.close();
      await Promise.all([chA!.close(), chB!.close(), listener!.close()]);
      for (const s of stores) await s.close();
    }
  });
});
