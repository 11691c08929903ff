// The announcement channel over PostgreSQL's LISTEN/NOTIFY (processes sharing a PostgreSQL store
// and no Redis). A message longer than one NOTIFY payload travels as parts and arrives whole; a
// lost listening connection is opened again; documents stored by one "process" (its own store,
// channel and relay) are heard by another's listener, each once, in log order, with their events.
// The PostgreSQL parts skip with a printed reason outside CI when the server is unreachable.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SitrepError } from "../../src/errors.ts";
import {
  type Announcement,
  createEventChannel,
  createOutboxRelay,
  type EventAnnouncement,
  onDocument,
} from "../../src/queue/index.ts";
import { createPartJoiner, notifyChannelName, notifyPayloads } from "../../src/queue/postgres-channel.ts";
import { openLiveState, openStore } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { docWith } from "../serve/serve-fixture.ts";

const until = async (done: () => boolean, ms = 10_000) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end; )
    await new Promise((r) => setTimeout(r, 20));
};

/** A stored announcement whose JSON is about `chars` long, with multi-byte text and astral
 * characters throughout (so part boundaries fall among them). */
function longMessage(seq: number, chars: number): Announcement {
  const unit = "Łódź 😀 Ελλάδα — 東京 ";
  return {
    type: "stored",
    docKeys: [`long-${seq}`],
    events: 0,
    seq,
    document: {
      docKey: `long-${seq}`,
      seq,
      url: null,
      title: unit.repeat(Math.ceil(chars / unit.length)),
      publishedAt: null,
      source: null,
      storedAt: "2024-07-01T00:00:00Z",
      events: [],
    },
  };
}

describe("NOTIFY payloads", () => {
  it("sends a short message as itself and a long one as parts each under 8,000 bytes that join back", () => {
    const short: Announcement = { type: "stored", docKeys: ["d"], events: 1, seq: 7 };
    expect(notifyPayloads(short, "x-1")).toEqual([JSON.stringify(short)]);
    const long = longMessage(8, 40_000);
    const payloads = notifyPayloads(long, "x-2");
    expect(payloads.length).toBeGreaterThan(4);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8000);
    // What PostgreSQL carries is UTF-8: a part that split a surrogate pair would not survive it.
    const carried = payloads.map((p) => Buffer.from(p, "utf8").toString("utf8"));
    const join = createPartJoiner();
    const joined = carried.map(join);
    expect(joined.slice(0, -1).every((m) => m === null)).toBe(true);
    expect(joined.at(-1)).toEqual(long);
  });

  it("joins two messages whose parts interleave, drops a message with a lost part, ignores what is not JSON", () => {
    const a = notifyPayloads(longMessage(1, 20_000), "a-1");
    const b = notifyPayloads(longMessage(2, 20_000), "b-1");
    const lost = notifyPayloads(longMessage(3, 20_000), "c-1").slice(1);
    const join = createPartJoiner();
    const heard: Announcement[] = [];
    const feed = (p: string) => {
      const m = join(p);
      if (m) heard.push(m);
    };
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) feed(a[i]!);
      if (b[i]) feed(b[i]!);
    }
    for (const p of lost) feed(p);
    feed("not json");
    feed('{"part":');
    expect(heard.map((m) => (m.type === "stored" ? m.seq : null))).toEqual([1, 2]);
  });

  it("refuses a key prefix that is not a plain name", () => {
    expect(notifyChannelName("sitrep")).toBe("sitrep:announcements");
    expect(() => notifyChannelName('x"; drop table events; --')).toThrow(SitrepError);
  });
});

describe("announcement channel on PostgreSQL (LISTEN/NOTIFY)", () => {
  let db: TestDatabase | null = null;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("delivers short and long messages from another connection whole, once each, in order", {
    timeout: 30_000,
  }, async (t) => {
    if (!db) return t.skip();
    const config = { databaseUrl: db.url, prefix: "pgch-order" };
    const announcer = await createEventChannel(config);
    const listener = await createEventChannel(config);
    const other = await createEventChannel({ ...config, prefix: "pgch-other" });
    try {
      expect(listener.backend).toBe("postgres");
      const heard: Announcement[] = [];
      const elsewhere: Announcement[] = [];
      listener.listen((m) => heard.push(m));
      other.listen((m) => elsewhere.push(m));
      const batch: Announcement[] = [
        { type: "stored", docKeys: ["s1"], events: 1, seq: 1 },
        longMessage(2, 30_000),
        { type: "stored", docKeys: ["s3"], events: 0, seq: 3 },
      ];
      await announcer.announce(batch[0]!);
      await announcer.announceAll(batch.slice(1));
      await announcer.announceAll([]);
      await announcer.announce({ type: "alert", alert: { rule: "r1" } });
      await until(() => heard.length >= 4);
      await new Promise((r) => setTimeout(r, 100));
      expect(heard).toEqual([...batch, { type: "alert", alert: { rule: "r1" } }]);
      expect(elsewhere).toEqual([]); // another prefix is another deployment
    } finally {
      await Promise.all([announcer.close(), listener.close(), other.close()]);
    }
  });

  it("opens its listening connection again when the server drops it", { timeout: 30_000 }, async (t) => {
    if (!db) return t.skip();
    const config = { databaseUrl: db.url, prefix: "pgch-reconnect" };
    const announcer = await createEventChannel(config);
    const listener = await createEventChannel(config);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const sent: Promise<void>[] = [];
    try {
      const heard: Announcement[] = [];
      listener.listen((m) => heard.push(m));
      const killed = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN %pgch-reconnect%'",
      );
      // Both channels listen (each has its listening connection); both are dropped.
      expect(killed.rowCount).toBe(2);
      // Announced until heard: what was announced while no connection listened is not heard.
      let seq = 0;
      await until(() => {
        sent.push(announcer.announce({ type: "stored", docKeys: [], events: 0, seq: ++seq }));
        return heard.length > 0;
      });
      expect(heard.length).toBeGreaterThan(0);
    } finally {
      // Announcements still in flight settle before the channels close: closing under them would
      // reject them with "Connection terminated" after the test (seen on a loaded machine).
      await Promise.allSettled(sent);
      await admin.end();
      await Promise.all([announcer.close(), listener.close()]);
    }
  });

  it("a document stored by one process is heard by another's listener with all its events, each once, in log order", {
    timeout: 60_000,
  }, async (t) => {
    if (!db) return t.skip();
    const config = { databaseUrl: db.url, prefix: "pgch-outbox" };
    const writer = await openStore({ dbPath: "", databaseUrl: db.url });
    const [writerChannel, serveChannel] = await Promise.all([
      createEventChannel(config),
      createEventChannel(config),
    ]);
    const heard: EventAnnouncement[] = [];
    onDocument(serveChannel, (d) => heard.push(d));
    const relay = await createOutboxRelay((await openLiveState(writer)).outbox, writerChannel, {
      sweepMs: 60_000,
    });
    try {
      // 40 events: the document's announcement is far longer than one NOTIFY payload.
      const big = docWith(
        Array.from({ length: 40 }, (_, i) =>
          makeEvent({
            eventId: `e${i}`,
            date: `2024-07-${String(1 + (i % 20)).padStart(2, "0")}`,
            src: "TURMIL",
            tgt: "SYRREB",
            code: i < 20 ? "190" : "042",
          }),
        ),
      );
      const saved = [await writer.saveDocument(big)];
      relay.kick();
      for (let i = 0; i < 5; i++) {
        saved.push(await writer.saveDocument(docWith([makeEvent({ date: "2024-07-02", code: "042" })])));
        relay.kick();
      }
      await relay.flush();
      await until(() => heard.length >= saved.length);
      await new Promise((r) => setTimeout(r, 200));
      expect(heard.map((d) => d.docKey)).toEqual(saved.map((s) => s.docKey));
      expect(heard[0]!.events).toHaveLength(40);
      const seqs = heard.map((d) => d.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    } finally {
      await relay.close();
      await Promise.all([writerChannel.close(), serveChannel.close()]);
      await writer.close();
    }
  });
});
