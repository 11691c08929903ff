// Politeness across worker processes: two processes fetch from one local host through the Redis
// host gate, and the server, counting, never sees more than the per-host limit at once, nor two
// request starts closer than the minimum delay. Redis at 127.0.0.1:6379 (skipped with a printed
// reason outside CI when unreachable); the only HTTP server is the test's own on 127.0.0.1.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureServer, startFixtureServer } from "../helpers/fixture-server.ts";
import { requireRedis } from "../helpers/redis.ts";
import { ROOT } from "../helpers/run-cli.ts";

let redis: Awaited<ReturnType<typeof requireRedis>> = null;
let server: FixtureServer;
let active = 0;
let maxActive = 0;
const starts: number[] = [];

beforeAll(async () => {
  redis = await requireRedis();
  server = await startFixtureServer();
  server.routes.set("/robots.txt", (_req, res) => res.writeHead(404).end());
  for (let i = 0; i < 12; i++)
    server.routes.set(`/p${i}`, (_req, res) => {
      starts.push(performance.now());
      active++;
      maxActive = Math.max(maxActive, active);
      // Slow answers, so requests of the two processes would overlap if nothing held them apart.
      setTimeout(() => {
        active--;
        res.writeHead(200, { "content-type": "text/html" }).end(`<p>${i}</p>`);
      }, 150);
    });
});

afterAll(async () => {
  await server?.close();
  await redis?.cleanup();
});

function fetchInChild(paths: string[], delayMs: number, prefix: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, "bin", "run-ts.js"),
      join(ROOT, "test", "helpers", "gated-fetch-child.ts"),
      redis!.url,
      prefix,
      server.origin,
      String(delayMs),
      ...paths,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve, reject) =>
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`child exited ${code}: ${out}`)),
    ),
  );
}

describe("per-host politeness shared on Redis", () => {
  it("two processes together keep to 2 requests at a time and the minimum delay", {
    timeout: 120_000,
  }, async (t) => {
    if (!redis) return t.skip();
    const pages = Array.from({ length: 12 }, (_, i) => `/p${i}`);
    const outs = await Promise.all([
      fetchInChild(pages.slice(0, 6), 0, redis.prefix),
      fetchInChild(pages.slice(6), 0, redis.prefix),
    ]);
    expect(outs.map((o) => o.trim())).toEqual(["done", "done"]);
    expect(pages.every((p) => server.count(p) === 1)).toBe(true);
    // Each process alone allows 2 at a time: 4 would overlap without the shared gate.
    expect(maxActive).toBeLessThanOrEqual(2);

    starts.length = 0;
    server.hits.splice(0);
    const delay = 300;
    await Promise.all([
      fetchInChild(pages.slice(0, 3), delay, `${redis.prefix}-d`),
      fetchInChild(pages.slice(3, 6), delay, `${redis.prefix}-d`),
    ]);
    const sorted = [...starts].sort((a, b) => a - b);
    expect(sorted).toHaveLength(6);
    // Turns are granted at least the delay apart whichever process asks, so the six requests span
    // five delays. Each process alone would space only its own three: about two delays in all.
    // One delay of slack covers a request that reaches the server late after its turn.
    expect(sorted[5]! - sorted[0]!).toBeGreaterThanOrEqual(4 * delay);
  });
});
