// bench/api: the HTTP API under load on SQLite with generated events (default 1M), measured with
// autocannon at 50 concurrent connections, beside a bare node:http server that runs the same store
// query (the peer: what the store alone costs, so the ratio is the API's own overhead). Then the
// stream latency: from POST /api/v1/documents to the event arriving at an SSE client.
// Each route runs twice: with the response cache (answers kept per store generation: what repeated
// reads cost) and without it (every request runs its store query: what a first read costs).
//   node bin/run-ts.js bench/api/run.ts [--events 1000000] [--duration 8] [--connections 50] [--posts 40]
//     [--db FILE]   keep the generated store in FILE and reuse it on the next run
//     [--only TEXT] measure only the routes whose name contains TEXT
//     [--no-series-texts] open the store without its per-dyad /series texts (series-text-cache.ts), so
//                   uncached /series runs its store query every time (what a first question costs)
// Targets (issue 13): p95 ≤ 50 ms at 50 clients for /events (first page and deep cursor), /series
// and /geo; stream latency p95 ≤ 300 ms. p50 and p95 are computed from every response's latency.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createContext } from "../../src/context.ts";
import { createApiKey } from "../../src/serve/api-keys.ts";
import { encodeCursor } from "../../src/serve/event-params.ts";
import { buildServer } from "../../src/serve/server.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { connectSse } from "../../test/serve/sse-client.ts";
import { generateEvents } from "../store/event-generator.ts";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "50" },
    posts: { type: "string", default: "40" },
    db: { type: "string" },
    /** Only the routes whose name contains this (e.g. "series"); skips the all-time /geo runs. */
    only: { type: "string" },
    "no-series-texts": { type: "boolean", default: false },
  },
});
const TOTAL = Number(values.events);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);

const pct = (xs: number[], p: number) =>
  xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;

interface Load {
  rps: number;
  p50: number;
  p95: number;
  /** Failed requests: connection errors and timeouts, then non-2xx replies by status. */
  errors: string;
  /**
   * CPU time of this process per request, in µs: server and autocannon's client together (they
   * share the process), so compare it with the peer's, which has the same client. Unlike
   * latency it does not grow with the load other processes put on the machine.
   */
  cpuUs: number;
}

/** autocannon at CONNECTIONS clients; percentiles from every response's own latency. */
async function load(url: string): Promise<Load> {
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, connections: CONNECTIONS, duration: DURATION }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    run.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  return {
    cpuUs: Math.round((cpu.user + cpu.system) / Math.max(1, latencies.length)),
    rps: Math.round(r.requests.average),
    p50: Math.round(pct(latencies, 50)),
    p95: Math.round(pct(latencies, 95)),
    errors: [
      r.errors ? `${r.errors} errors (${r.timeouts} timeouts)` : "",
      ...Object.entries(r.statusCodeStats ?? {})
        .filter(([status]) => !status.startsWith("2"))
        .map(([status, { count }]) => `${count}× ${status}`),
    ]
      .filter(Boolean)
      .join(", "),
  };
}

/**
 * The peers: node:http with no framework. `/bytes?n=` answers with stored bytes (the floor for a
 * cached answer: the same bytes with nothing to compute); the others run the same store call as
 * the API and JSON.stringify (the floor for an uncached answer).
 */
async function bareServer(store: Store, stored: string[]): Promise<{ base: string; close: () => void }> {
  const server = createServer(async (req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    let body: unknown;
    if (u.pathname === "/bytes") {
      res.setHeader("content-type", "application/json");
      res.end(stored[Number(u.searchParams.get("n"))]);
      return;
    }
    if (u.pathname === "/events") body = { events: await store.pageEvents({}, 50, null) };
    else if (u.pathname === "/series") body = { series: await store.dyadSeries("USA", "CHN", "month") };
    else
      body = await store.geoAggregates("country", {
        from: u.searchParams.get("from")!,
        to: u.searchParams.get("to")!,
      });
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** CPU ms of this process (server and client) per posted document, beside its wall latency. */
const streamCpu: number[] = [];

async function streamLatency(base: string, store: Store, posts: number): Promise<number[]> {
  const { key } = await createApiKey(store, "write", "bench");
  const headers = { authorization: `Bearer ${key}` };
  const client = await connectSse(`${base}/api/v1/stream`, headers);
  // The first document loads the pipeline (dictionaries, gazetteer): a start-up cost, not latency.
  await fetch(`${base}/api/v1/documents`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({
      id: "warm-up",
      text: "Warm-up: the pipeline loads on the first document.",
      date: "2024-05-01",
    }),
  });
  const latencies: number[] = [];
  // Each run's documents are new, also in a kept store (--db), so each one codes and stores events.
  const run = Date.now().toString(36);
  for (let i = 0; i < posts; i++) {
    const text = `KABUL, May ${1 + (i % 28)} (Reuters) - Afghan police arrested ${i + 3} protesters in Herat on Tuesday after clashes near the governor's office number ${i}, officials said (${run}).`;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await fetch(`${base}/api/v1/documents`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ id: `bench-${run}-${i}`, text, date: "2024-05-01" }),
    });
    const reply = (await r.json()) as { documents: { docKey: string; events: unknown[] }[] };
    const docKey = reply.documents[0]?.docKey;
    if (!reply.documents[0]?.events.length) continue;
    await client.waitFor((m) => m.event === "event" && JSON.parse(m.data).docKey === docKey, 10_000);
    latencies.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    streamCpu.push((c.user + c.system) / 1000);
  }
  streamCpu.sort((a, b) => a - b);
  client.close();
  // A kept store (--db) stays open to reads for the next run and for bench:web.
  const keys = await store.listApiKeys();
  for (const k of keys) if (k.label === "bench" && !k.revokedAt) await store.revokeApiKey(k.id);
  return latencies.sort((a, b) => a - b);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-api-"));
  const dbPath = values.db ?? join(dir, "api.db");
  const reuse = Boolean(values.db && existsSync(values.db));
  const store = await openStore(
    { dbPath, databaseUrl: null },
    { seriesTextCache: !values["no-series-texts"] },
  );
  const t0 = performance.now();
  let n = 0;
  if (!reuse) {
    for (const batch of generateEvents(TOTAL)) {
      n += await store.insertEvents(batch);
      process.stderr.write(`\rloading: ${n.toLocaleString()} events`);
    }
    await store.analyze();
    process.stderr.write(` in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  n = (await store.counts()).events;
  // Reads are measured open (loopback, no key), as a local dashboard reads: a kept store's keys
  // from an earlier run's stream measurement are revoked first.
  for (const k of await store.listApiKeys()) if (!k.revokedAt) await store.revokeApiKey(k.id);
  // The deep cursor: the middle event of the newest-first order.
  const middle = (await store.pageEvents({}, 1, null))[0]!;
  const lastDay = middle.day;
  const [deep] = await store.queryEvents({}, { limit: 1, offset: Math.floor(n / 2) });
  const monthFrom = `${lastDay.slice(0, 7)}-01`;

  const ctx = createContext({ dbPath });
  const common = { store, ctx, host: "127.0.0.1", rateLimit: false, alerts: false } as const;
  const { app } = await buildServer(common);
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const uncached = (await buildServer({ ...common, responseCache: false })).app;
  const baseUncached = await uncached.listen({ port: 0, host: "127.0.0.1" });
  const stored: string[] = [];
  const bare = await bareServer(store, stored);
  const routes: [string, string, string | null][] = [
    ["/events first page", "/api/v1/events?limit=50", "/events"],
    [
      "/events deep cursor (middle of 1M)",
      `/api/v1/events?limit=50&cursor=${encodeCursor({ day: deep!.day, eventKey: deep!.eventKey })}`,
      null,
    ],
    ["/events filtered (actor)", "/api/v1/events?limit=50&actor=PAK", null],
    ["/events filtered (actor, root)", "/api/v1/events?limit=50&actor=PAK&root=19", null],
    ["/events filtered (actor, two roots)", "/api/v1/events?limit=50&actor=PAK&root=18,19", null],
    ["/events filtered (actor code)", "/api/v1/events?limit=50&actor=PAKMIL", null],
    ["/events filtered (a place without events)", "/api/v1/events?limit=50&place=Kabul", null],
    ["/series USA→CHN by month", "/api/v1/series?source=USA&target=CHN&interval=month", "/series"],
    ["/series USA→CHN by week", "/api/v1/series?source=USA&target=CHN&interval=week", null],
    [
      "/series USAGOV→CHN by month (ten years)",
      "/api/v1/series?source=USAGOV&target=CHN&interval=month",
      null,
    ],
    [
      "/series USAGOV→CHN by week, quad 4",
      "/api/v1/series?source=USAGOV&target=CHN&interval=week&quad=4",
      null,
    ],
    [
      `/geo by country, last month`,
      `/api/v1/geo?level=country&from=${monthFrom}&to=${lastDay}`,
      `/geo?from=${monthFrom}&to=${lastDay}`,
    ],
    [`/dyads, last month`, `/api/v1/dyads?from=${monthFrom}&to=${lastDay}`, null],
  ];
  console.log(
    `\nbench/api — ${n.toLocaleString()} events on SQLite${values["no-series-texts"] ? " (no series texts kept)" : ""}, ${CONNECTIONS} connections, ${DURATION} s per route; target p95 ≤ 50 ms; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, ${cpus().length} CPUs\n`,
  );
  console.log(
    "| route | load | cached: req/s | p50 ms | p95 ms | CPU µs/req | peer: same bytes, node:http req/s | CPU µs/req | cached / peer | uncached: req/s | p50 ms | p95 ms | CPU µs/req | peer: same store call, node:http req/s | CPU µs/req | uncached / peer | errors |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  // Requests still queued when a run ends (a slow uncached route: autocannon closes its sockets,
  // the server still runs what it had read) would be served during the next run, in the same
  // process, and charged to it. One answered health check is not enough (it is served between the
  // queued requests): wait until two in a row come back within 20 ms, at most 30 s.
  const settle = async () => {
    const until = performance.now() + 30_000;
    for (let quick = 0; quick < 2 && performance.now() < until; ) {
      const t = performance.now();
      await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
      quick = performance.now() - t < 20 ? quick + 1 : 0;
      if (!quick) await new Promise((r) => setTimeout(r, 50));
    }
  };
  // Warm-up (JIT, the store's pages in the OS cache), not measured.
  await autocannon({ url: `${base}${routes[0]![1]}`, connections: CONNECTIONS, duration: 2 });
  await autocannon({ url: `${baseUncached}${routes[0]![1]}`, connections: CONNECTIONS, duration: 2 });
  await settle();
  for (const [name, path, barePath] of routes.filter(
    ([name]) => !values.only || name.includes(values.only),
  )) {
    stored.push(await (await fetch(`${base}${path}`)).text());
    const hot = await load(`${base}${path}`);
    await settle();
    const hotPeer = await load(`${bare.base}/bytes?n=${stored.length - 1}`);
    await settle();
    const cold = await load(`${baseUncached}${path}`);
    await settle();
    const peer = barePath ? await load(`${bare.base}${barePath}`) : null;
    await settle();
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(
      `| ${name} | ${loadavg()[0]!.toFixed(1)} | ${hot.rps} | ${hot.p50} | ${hot.p95} | ${hot.cpuUs} | ${hotPeer.rps} | ${hotPeer.cpuUs} | ${ratio(hot.rps, hotPeer.rps)} | ${cold.rps} | ${cold.p50} | ${cold.p95} | ${cold.cpuUs} | ${peer ? peer.rps : "—"} | ${peer ? peer.cpuUs : "—"} | ${peer ? ratio(cold.rps, peer.rps) : "—"} | ${[hot.errors, cold.errors].filter(Boolean).join("; ") || 0} |`,
    );
  }
  // Ten years of place roll-up cells, the worst case for a day roll-up: one request at a time (at
  // 50 clients its queue would outlast the run).
  for (const [name, server] of values.only
    ? []
    : ([
        ["uncached", baseUncached],
        ["cached", base],
      ] as const)) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await (await fetch(`${server}/api/v1/geo?level=country`)).arrayBuffer();
      times.push(performance.now() - t);
    }
    console.log(
      `/geo by country, all time, ${name}, one client: ${times.map((t) => t.toFixed(0)).join(", ")} ms`,
    );
  }
  const latencies = Number(values.posts) ? await streamLatency(base, store, Number(values.posts)) : [];
  console.log(
    `\nstream latency, POST /documents → SSE client (${latencies.length} documents with events): p50 ${pct(latencies, 50).toFixed(0)} ms, p95 ${pct(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1]?.toFixed(0)} ms (target p95 ≤ 300 ms; includes coding the document); CPU of this process per document p50 ${pct(streamCpu, 50).toFixed(0)} ms, p95 ${pct(streamCpu, 95).toFixed(0)} ms (wall far above CPU is time waiting for a core); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  bare.close();
  await app.close();
  await uncached.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

await main();
