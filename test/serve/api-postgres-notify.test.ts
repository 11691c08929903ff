// An API process and a writer process sharing a PostgreSQL store and no Redis: an event the writer
// stores reaches the API's stream client through LISTEN/NOTIFY, well before the stream's poll
// interval (a minute here), and an alert-free stream hears each document once. Skipped with a
// printed reason outside CI when PostgreSQL is unreachable, required in CI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventChannel, createOutboxRelay } from "../../src/queue/index.ts";
import { createAnnouncer } from "../../src/serve/announcer.ts";
import { openLiveState, openStore } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { docWith, testServer } from "./serve-fixture.ts";
import { connectSse } from "./sse-client.ts";

describe("stream across processes on PostgreSQL without Redis", () => {
  let db: TestDatabase | null = null;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("a writer's stored document reaches the other process's stream client through NOTIFY", {
    timeout: 60_000,
  }, async (t) => {
    if (!db) return t.skip();
    const prefix = "notify-serve";
    // The API process: its own store connection and the channel `sitrep serve` picks for this store.
    const apiStore = await openStore({ dbPath: "", databaseUrl: db.url });
    const announcer = await createAnnouncer(null, prefix, db.url);
    expect(announcer.backend).toBe("postgres");
    // The writer process (`sitrep watch`): its store, channel and relay.
    const writer = await openStore({ dbPath: "", databaseUrl: db.url });
    const writerChannel = await createEventChannel({ databaseUrl: db.url, prefix });
    const relay = await createOutboxRelay((await openLiveState(writer)).outbox, writerChannel, {
      sweepMs: 60_000,
    });
    // Polling every minute: only the announcement can deliver within the test's time.
    const slow = { pollMs: 60_000, heartbeatMs: 60_000 };
    const api = await testServer(apiStore, { announcer, stream: slow, alerts: false });
    const base = await api.app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const client = await connectSse(`${base}/api/v1/stream?root=19`);
      await new Promise((r) => setTimeout(r, 200));
      await writer.saveDocument(
        docWith([makeEvent({ date: "2024-07-01", src: "TURMIL", tgt: "SYRREB", code: "190" })]),
      );
      relay.kick();
      const first = await client.waitFor((x) => x.event === "event", 10_000);
      expect(JSON.parse(first.data).sourceCode).toBe("TURMIL");
      await writer.saveDocument(
        docWith([makeEvent({ date: "2024-07-02", src: "RUSMIL", tgt: "UKRMIL", code: "193" })]),
      );
      relay.kick();
      const second = await client.waitFor((x) => x.event === "event" && x.id !== first.id, 10_000);
      expect(JSON.parse(second.data).sourceCode).toBe("RUSMIL");
      expect(Number(second.id)).toBeGreaterThan(Number(first.id));
      client.close();
    } finally {
      await api.app.close();
      await relay.close();
      await Promise.all([announcer.close(), writerChannel.close()]);
      await writer.close();
      await apiStore.close();
    }
  });
});
