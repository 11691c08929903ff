// Where the stream latency goes (issue 13): documents posted to POST /api/v1/documents one at a
// time until their events reach an SSE client, each split into the server's steps by timing the
// store calls and the announcement in the same process: coding (the pipeline before the store
// write), the store write, the rest of the request before the announcement (reading the stored
// events back for the reply), and announcement → SSE client (the stream's read of the event log,
// its write and the client's parse).
//   node bin/run-ts.js bench/api/stream-latency-parts.ts [--posts 40] [--db FILE] [--redis URL]
// With --redis the announcements go through Redis pub/sub (key prefix "serve-bench"), as between
// several API processes: announcement → client then includes the publish and the subscriber's read.
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { createLocalAnnouncer, createRedisAnnouncer } from "../../src/serve/announcer.ts";
import { createApiKey } from "../../src/serve/api-keys.ts";
import { buildServer } from "../../src/serve/server.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { connectSse } from "../../test/serve/sse-client.ts";

const { values } = parseArgs({
  options: { posts: { type: "string", default: "40" }, db: { type: "string" }, redis: { type: "string" } },
});
const dbPath = values.db ?? join(mkdtempSync(join(tmpdir(), "sitrep-stream-parts-")), "s.db");
const raw = await openStore({ dbPath, databaseUrl: null });
const marks = new Map<string, number>();
const mark = (name: string) => marks.set(name, performance.now());
// Every store call timed; the write is saveDocument, the first call of a request findDocument.
const store = new Proxy(raw, {
  get(target, name, receiver) {
    const value = Reflect.get(target, name, receiver);
    if (typeof value !== "function" || typeof name !== "string") return value;
    return async (...args: unknown[]) => {
      if (name === "saveDocument") mark("saveStart");
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      } finally {
        if (name === "saveDocument") mark("saveEnd");
      }
    };
  },
}) as Store;
const announcer = values.redis
  ? await createRedisAnnouncer(values.redis, "serve-bench")
  : createLocalAnnouncer();
const announce = announcer.announce.bind(announcer);
Object.assign(announcer, {
  announce: (m: Parameters<typeof announce>[0]) => {
    mark("announce");
    return announce(m);
  },
});
const { app } = await buildServer({
  store,
  ctx: createContext({ dbPath }),
  host: "127.0.0.1",
  rateLimit: false,
  alerts: false,
  announcer,
});
const base = await app.listen({ port: 0, host: "127.0.0.1" });
const { key } = await createApiKey(raw, "write", "bench-parts");
const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
const client = await connectSse(`${base}/api/v1/stream`, { authorization: `Bearer ${key}` });
const post = (id: string, text: string) =>
  fetch(`${base}/api/v1/documents`, {
    method: "POST",
    headers,
    body: JSON.stringify({ id, text, date: "2024-05-01" }),
  }).then((r) => r.json() as Promise<{ documents: { docKey: string; events: unknown[] }[] }>);
await post("warm-up", "Warm-up: the pipeline loads on the first document.");
const run = Date.now().toString(36);
const parts: Record<string, number[]> = {
  total: [],
  /** CPU of this process over the whole request and delivery: wall far above it is waiting for a core. */
  cpu: [],
  coding: [],
  store: [],
  beforeAnnounce: [],
  toClient: [],
};
for (let i = 0; i < Number(values.posts); i++) {
  const text = `KABUL, May ${1 + (i % 28)} (Reuters) - Afghan police arrested ${i + 3} protesters in Herat on Tuesday after clashes near the governor's office number ${i}, officials said (${run}).`;
  marks.clear();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const reply = await post(`parts-${run}-${i}`, text);
  const docKey = reply.documents[0]?.docKey;
  if (!reply.documents[0]?.events.length) continue;
  await client.waitFor((m) => m.event === "event" && JSON.parse(m.data).docKey === docKey, 10_000);
  const t1 = performance.now();
  parts.total!.push(t1 - t0);
  const c = process.cpuUsage(c0);
  parts.cpu!.push((c.user + c.system) / 1000);
  parts.coding!.push(marks.get("saveStart")! - t0);
  parts.store!.push(marks.get("saveEnd")! - marks.get("saveStart")!);
  parts.beforeAnnounce!.push(marks.get("announce")! - marks.get("saveEnd")!);
  parts.toClient!.push(t1 - marks.get("announce")!);
}
client.close();
await app.close();
await announcer.close();
await raw.close();
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
console.log(
  `stream latency by part, ${parts.total!.length} documents, ${values.redis ? "Redis" : "in-process"} announcements; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
for (const [name, xs] of Object.entries(parts))
  console.log(
    `  ${name.padEnd(15)} p50 ${pct(xs, 50).toFixed(1).padStart(7)} ms  p95 ${pct(xs, 95).toFixed(1).padStart(7)} ms`,
  );
