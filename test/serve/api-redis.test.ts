// Two API processes' worth of servers sharing Redis: an event stored through one reaches a stream
// client of the other through Redis pub/sub (well before the stream's poll interval). Needs Redis at
// 127.0.0.1:6379: skipped with a reason outside CI when unreachable, required in CI.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventChannel, createOutboxRelay } from "../../src/queue/index.ts";
import { createRedisAnnouncer } from "../../src/serve/announcer.ts";
import { openLiveState, openStore, type Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith, testServer } from "./serve-fixture.ts";
import { connectSse } from "./sse-client.ts";

const REDIS_URL = process.env.SITREP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function redisReachable(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 });
  try {
    await r.connect();
    await r.ping();
    return true;
  } catch (error) {
    const reason = `Redis unreachable at ${REDIS_URL}: ${(error as Error).message}`;
    if (process.env.CI === "true") throw new Error(`${reason} (required in CI)`);
    console.warn(`skipping Redis tests: ${reason}`);
    return false;
  } finally {
    r.disconnect();
  }
}

describe("stream across API processes through Redis", () => {
  let up = false;
  let store: Store;
  let dbPath: string;
  beforeAll(async () => {
    up = await redisReachable();
    dbPath = join(mkdtempSync(join(tmpdir(), "sitrep-redis-")), "r.db");
    store = await openStore({ dbPath, databaseUrl: null });
  });
  afterAll(async () => {
    await store.close();
  });

  it("announces an event stored through one server to the other's stream client", async (ctx) => {
    if (!up) ctx.skip();
    // A prefix of its own: the Redis server is shared with other tests and with running workers.
    const prefix = `sitrep-test-${process.pid}-${Date.now()}`;
    const [annA, annB] = await Promise.all([
      createRedisAnnouncer(REDIS_URL, prefix),
      createRedisAnnouncer(REDIS_URL, prefix),
    ]);
    // Polling every minute: only the Redis announcement can deliver within the test's time.
    const slow = { pollMs: 60_000, heartbeatMs: 60_000 };
    const a = await testServer(store, { announcer: annA, stream: slow, alerts: false });
    const b = await testServer(store, { announcer: annB, stream: slow, alerts: false });
    const baseB = await b.app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const client = await connectSse(`${baseB}/api/v1/stream`);
      await new Promise((r) => setTimeout(r, 200));
      const saved = await store.saveDocument(
        docWith([makeEvent({ date: "2024-07-01", src: "TURMIL", tgt: "SYRREB", code: "190" })]),
      );
      await a.announcer.announce({ type: "stored", docKeys: [saved.docKey], events: 1 });
      const m = await client.waitFor((x) => x.event === "event", 5000);
      expect(JSON.parse(m.data).sourceCode).toBe("TURMIL");
      client.close();
    } finally {
      await a.app.close();
      await b.app.close();
      await annA.close();
      await annB.close();
    }
  });

  it("a writer's commit reaches another process's stream at its kick, before its relay runs", async (ctx) => {
    if (!up) ctx.skip();
    const prefix = `sitrep-test-${process.pid}-${Date.now()}-kick`;
    // The writer, as a worker: its own store connection, a channel subscribed lazily, its relay.
    // The relay has just run and may not run again for ten minutes: no sweep, no announcement.
    const writerStore = await openStore({ dbPath, databaseUrl: null });
    const writerChannel = await createEventChannel({ redisUrl: REDIS_URL, prefix, subscribe: "lazily" });
    const relay = await createOutboxRelay((await openLiveState(writerStore)).outbox, writerChannel, {
      sweepMs: 600_000,
      minIntervalMs: 600_000,
    });
    await relay.flush();
    // The API process: no relay, polling every minute.
    const annB = await createRedisAnnouncer(REDIS_URL, prefix);
    const slow = { pollMs: 60_000, heartbeatMs: 60_000 };
    const b = await testServer(store, { announcer: annB, stream: slow, alerts: false });
    const baseB = await b.app.listen({ port: 0, host: "127.0.0.1" });
    const client = await connectSse(`${baseB}/api/v1/stream`);
    try {
      await new Promise((r) => setTimeout(r, 200));
      const saved = await writerStore.saveDocument(
        docWith([makeEvent({ date: "2024-07-02", src: "IRQGOV", tgt: "TURMIL", code: "111" })]),
      );
      relay.kick();
      const m = await client.waitFor((x) => x.event === "event", 5000);
      expect(JSON.parse(m.data)).toMatchObject({ docKey: saved.docKey, sourceCode: "IRQGOV" });
    } finally {
      client.close();
      await b.app.close();
      await annB.close();
      await relay.close();
      await writerChannel.close();
      await writerStore.close();
    }
  });
});
