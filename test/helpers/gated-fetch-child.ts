// A worker's fetcher in a process of its own, for the shared-politeness test: fetches the given
// paths all at once through a polite fetcher whose per-host gate is on Redis, then exits.
//   node bin/run-ts.js test/helpers/gated-fetch-child.ts REDIS_URL PREFIX ORIGIN DELAY_MS PATH...
import { Redis } from "ioredis";
import { createPoliteFetcher, createRedisHostGate } from "../../src/sources/index.ts";

const [redisUrl, prefix, origin, delayMs, ...paths] = process.argv.slice(2);
const redis = new Redis(redisUrl!);
const gate = createRedisHostGate({ redis, prefix: prefix!, perHost: 2, leaseMs: 60_000 });
const fetcher = createPoliteFetcher({ gate, perHost: 2, minDelayMs: Number(delayMs) });
await Promise.all(paths.map((p) => fetcher(`${origin}${p}`, { kind: "page", allowPrivate: true })));
await redis.quit();
process.stdout.write("done\n");
