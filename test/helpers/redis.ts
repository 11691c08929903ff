// The real Redis at 127.0.0.1:6379 for the BullMQ tests: null with a printed reason when it is not
// there outside CI; in CI (CI=true) an unreachable Redis fails the run.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

export const REDIS_URL = process.env.SITREP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export async function requireRedis(): Promise<{
  url: string;
  prefix: string;
  cleanup(): Promise<void>;
} | null> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const reason = `Redis unreachable at ${REDIS_URL}: ${(error as Error).message}`;
    if (process.env.CI === "true") throw new Error(`${reason} (required in CI)`);
    console.warn(`skipping Redis tests: ${reason}`);
    return null;
  }
  const prefix = `sitrep-test-${process.pid}-${randomBytes(3).toString("hex")}`;
  return {
    url: REDIS_URL,
    prefix,
    async cleanup() {
      // Only this run's keys: the prefix is unique to it.
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== "0");
      await redis.quit();
    },
  };
}
