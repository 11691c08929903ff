// The Redis announcement channel of a process that only announces (a worker): no subscription until
// something listens, so a deployment's workers do not each receive every announcement; once a
// listener comes, it hears what is announced. A batch announced at once (a relay's) arrives whole,
// each message once, in order. On the real Redis, skipped outside CI when unreachable.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ANNOUNCEMENTS_CHANNEL,
  type Announcement,
  createEventChannel,
} from "../../src/queue/event-channel.ts";
import { requireRedis } from "../helpers/redis.ts";

describe("announcement channel on Redis, subscribed lazily", () => {
  let redis: Awaited<ReturnType<typeof requireRedis>> = null;
  let probe: Redis | null = null;
  beforeAll(async () => {
    redis = await requireRedis();
    if (redis) probe = new Redis(redis.url);
  });
  afterAll(async () => {
    await probe?.quit();
    await redis?.cleanup();
  });

  const subscribers = async (topic: string) =>
    Number(((await probe!.pubsub("NUMSUB", topic)) as [string, number])[1]);

  it("opens no subscription until a listener comes, then delivers to it", async (t) => {
    if (!redis) return t.skip();
    const config = { redisUrl: redis.url, prefix: redis.prefix };
    const topic = `${redis.prefix}:${ANNOUNCEMENTS_CHANNEL}`;
    const worker = await createEventChannel({ ...config, subscribe: "lazily" });
    const other = await createEventChannel(config);
    try {
      expect(await subscribers(topic)).toBe(1); // the eager one only
      const heard: Announcement[] = [];
      worker.listen((m) => heard.push(m));
      for (let i = 0; i < 100 && (await subscribers(topic)) < 2; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(await subscribers(topic)).toBe(2);
      await other.announce({ type: "stored", docKeys: ["d1"], events: 0, seq: 1 });
      for (let i = 0; i < 100 && !heard.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toMatchObject([{ type: "stored", docKeys: ["d1"] }]);
    } finally {
      await worker.close();
      await other.close();
    }
  });

  it("delivers a batch announced at once whole, once each, in order", async (t) => {
    if (!redis) return t.skip();
    const config = { redisUrl: redis.url, prefix: redis.prefix };
    const announcer = await createEventChannel({ ...config, subscribe: "lazily" });
    const listener = await createEventChannel(config);
    try {
      const heard: Announcement[] = [];
      listener.listen((m) => heard.push(m));
      const batch = Array.from({ length: 25 }, (_, i) => ({
        type: "stored" as const,
        docKeys: [`b${i}`],
        events: i,
        seq: 100 + i,
      }));
      await announcer.announceAll(batch.slice(0, 1));
      await announcer.announceAll(batch.slice(1));
      await announcer.announceAll([]);
      for (let i = 0; i < 100 && heard.length < batch.length; i++)
        await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
      expect(heard).toEqual(batch);
    } finally {
      await announcer.close();
      await listener.close();
    }
  });
});
