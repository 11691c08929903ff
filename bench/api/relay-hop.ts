// The cross-process hop of the live stream (issues 12 and 13): a writer process (as a `sitrep
// worker` is: its own store connection, Redis channel subscribed lazily and outbox relay) stores
// documents and kicks its relay after each commit; this process serves the API (as `sitrep serve`
// with SITREP_REDIS_URL: its own relay, the stream over the Redis channel) with one SSE client.
// Printed, from the writer's commit to this process (one clock: both on this machine):
//   SSE client      the event at the stream client (what a dashboard sees)
//   relay message   the relay's announcement of the document (what onDocument listeners hear)
// The writer stores a document every --every ms (a worker's pace under load), so the relay's least
// interval between runs on a shared channel shows as it does in production.
//   node bin/run-ts.js bench/api/relay-hop.ts [--documents 60] [--every 100] [--redis URL|none]
//     [--database-url URL]   PostgreSQL for both processes (default: a SQLite file both open)
// `--redis none` picks the channel the processes get without Redis: LISTEN/NOTIFY on PostgreSQL,
// none between processes on SQLite (the stream then follows the log at its poll).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { createEventChannel, createOutboxRelay, onDocument } from "../../src/queue/index.ts";
import type { Announcer } from "../../src/serve/announcer.ts";
import { buildServer } from "../../src/serve/server.ts";
import { openLiveState, openStore } from "../../src/store/index.ts";
import { makeEvent } from "../../test/helpers/event-factory.ts";
import { docWith } from "../../test/serve/serve-fixture.ts";
import { connectSse } from "../../test/serve/sse-client.ts";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "60" },
    every: { type: "string", default: "100" },
    redis: { type: "string", default: "redis://127.0.0.1:6379" },
    "database-url": { type: "string" },
    // Internal: run as the writer process.
    writer: { type: "string" },
    prefix: { type: "string" },
  },
});
const DOCUMENTS = Number(values.documents);
const EVERY = Number(values.every);
const REDIS_URL = values.redis === "none" ? null : values.redis!;
/** Wall-clock ms with sub-ms precision, comparable between the two processes. */
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function writer(dbPath: string, databaseUrl: string | null, prefix: string) {
  const store = await openStore({ dbPath, databaseUrl });
  const channel = await createEventChannel({ redisUrl: REDIS_URL, databaseUrl, prefix, subscribe: "lazily" });
  const relay = await createOutboxRelay((await openLiveState(store)).outbox, channel);
  process.send!({ ready: true });
  for (let i = 0; i < DOCUMENTS; i++) {
    const saved = await store.saveDocument(
      docWith([
        makeEvent({ date: "2024-07-01", src: "TURMIL", tgt: i % 2 ? "SYRREB" : "IRQGOV", code: "190" }),
      ]),
    );
    const committed = now();
    relay.kick();
    process.send!({ docKey: saved.docKey, committed });
    await sleep(EVERY);
  }
  await relay.flush();
  await sleep(500);
  await relay.close();
  await channel.close();
  await store.close();
  process.send!({ done: true });
}

async function main() {
  const databaseUrl = values["database-url"] ?? null;
  const dbPath = databaseUrl ? "" : join(mkdtempSync(join(tmpdir(), "sitrep-relay-hop-")), "h.db");
  const prefix = `relay-hop-${randomBytes(3).toString("hex")}`;
  const store = await openStore({ dbPath, databaseUrl });
  // As `sitrep serve` with SITREP_REDIS_URL (command-serve.ts): the channel, this process's relay,
  // its intake's announcements as kicks.
  const channel = await createEventChannel({ redisUrl: REDIS_URL, databaseUrl, prefix });
  const relay = await createOutboxRelay((await openLiveState(store)).outbox, channel);
  const announcer: Announcer = {
    ...channel,
    announce: async (m) => (m.type === "stored" ? relay.kick() : channel.announce(m)),
  };
  const { app } = await buildServer({
    store,
    ctx: createContext({ dbPath }),
    host: "127.0.0.1",
    rateLimit: false,
    alerts: false,
    announcer,
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const toClient = new Map<string, number>();
  const toListener = new Map<string, number>();
  const committed = new Map<string, number>();
  const client = await connectSse(`${base}/api/v1/stream`);
  // A waiter that never matches sees every message as it arrives.
  void client
    .waitFor((m) => {
      if (m.event === "event") {
        const docKey = JSON.parse(m.data).docKey as string;
        if (!toClient.has(docKey)) toClient.set(docKey, now());
      }
      return false;
    }, 3_600_000)
    .catch(() => {});
  onDocument(channel, (d) => {
    if (!toListener.has(d.docKey)) toListener.set(d.docKey, now());
  });
  const child = spawn(
    process.execPath,
    [
      "bin/run-ts.js",
      "bench/api/relay-hop.ts",
      "--writer",
      dbPath || "-",
      "--prefix",
      prefix,
      "--documents",
      String(DOCUMENTS),
      "--every",
      String(EVERY),
      "--redis",
      values.redis!,
      ...(databaseUrl ? ["--database-url", databaseUrl] : []),
    ],
    { stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  const cpu0 = process.cpuUsage();
  await new Promise<void>((resolve, reject) => {
    child.on("message", (m: { docKey?: string; committed?: number; done?: boolean }) => {
      if (m.docKey && m.committed) committed.set(m.docKey, m.committed);
      if (m.done) resolve();
    });
    child.on("exit", (code) => (code ? reject(new Error(`writer exited ${code}`)) : resolve()));
  });
  await sleep(1500);
  const cpu = process.cpuUsage(cpu0);
  const pct = (xs: number[], p: number) =>
    xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
  const hop = (arrivals: Map<string, number>) => {
    const xs = [...committed].map(([k, t]) => (arrivals.get(k) ?? Number.POSITIVE_INFINITY) - t);
    xs.sort((a, b) => a - b);
    const missing = xs.filter((x) => !Number.isFinite(x)).length;
    return `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${xs[xs.length - 1]!.toFixed(1)} ms${missing ? `, ${missing} never arrived` : ""}`;
  };
  console.log(
    `relay hop, ${committed.size} documents stored by another process every ${EVERY} ms, ${databaseUrl ? "PostgreSQL" : "SQLite"}, channel ${channel.backend}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(`  commit → SSE client:     ${hop(toClient)}`);
  console.log(`  commit → relay message:  ${hop(toListener)}`);
  console.log(
    `  API process CPU per document: ${((cpu.user + cpu.system) / 1000 / committed.size).toFixed(2)} ms`,
  );
  client.close();
  await app.close();
  await relay.close();
  await channel.close();
  await store.close();
  process.exit(0);
}

if (values.writer)
  await writer(values.writer === "-" ? "" : values.writer, values["database-url"] ?? null, values.prefix!);
else await main();
