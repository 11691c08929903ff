// Where an uncached API answer's CPU goes, per bench/api route, on a kept store (bench:api --db
// FILE): the store call alone, then the whole route through Fastify's inject (routing, schema
// validation, the store call, serialisation; no socket) on a server without the response cache.
// At 50 clients on one event loop a route's p95 is about 50 × its CPU per request, so a 50 ms
// target needs ≤ ~1 ms for the route as a whole. Mean CPU over N calls after warm-up calls.
//   node bin/run-ts.js bench/api/route-parts.ts --db FILE [--only TEXT] [--calls 40]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { encodeCursor, filterFromParams } from "../../src/serve/event-params.ts";
import { buildServer } from "../../src/serve/server.ts";
import { openStore } from "../../src/store/index.ts";

const { values } = parseArgs({
  options: { db: { type: "string" }, only: { type: "string" }, calls: { type: "string", default: "40" } },
});
if (!values.db) throw new Error("--db FILE: a store kept by bench:api --db");
const N = Number(values.calls);
const store = await openStore({ dbPath: values.db, databaseUrl: null });
const n = (await store.counts()).events;
const last = (await store.pageEvents({}, 1, null))[0]!.day;
const [deep] = await store.queryEvents({}, { limit: 1, offset: Math.floor(n / 2) });
const deepCursor = { day: deep!.day, eventKey: deep!.eventKey };
const from = `${last.slice(0, 7)}-01`;
const { app } = await buildServer({
  store,
  ctx: createContext({ dbPath: values.db }),
  host: "127.0.0.1",
  rateLimit: false,
  alerts: false,
  responseCache: false,
});
await app.ready();

const routes: [string, string, () => Promise<unknown>][] = [
  ["events first", "/api/v1/events?limit=50", () => store.pageEvents(filterFromParams({}), 51, null)],
  [
    "events deep cursor",
    `/api/v1/events?limit=50&cursor=${encodeCursor(deepCursor)}`,
    () => store.pageEvents(filterFromParams({}), 51, deepCursor),
  ],
  [
    "events actor",
    "/api/v1/events?limit=50&actor=PAK",
    () => store.pageEvents(filterFromParams({ actor: "PAK" }), 51, null),
  ],
  [
    "events filtered",
    "/api/v1/events?limit=50&actor=PAK&root=19",
    () => store.pageEvents(filterFromParams({ actor: "PAK", root: "19" }), 51, null),
  ],
  [
    "events filtered two roots",
    "/api/v1/events?limit=50&actor=PAK&root=18,19",
    () => store.pageEvents(filterFromParams({ actor: "PAK", root: "18,19" }), 51, null),
  ],
  [
    "series USA CHN month",
    "/api/v1/series?source=USA&target=CHN&interval=month",
    () => store.dyadSeries("USA", "CHN", "month", filterFromParams({})),
  ],
  [
    "series USA CHN week",
    "/api/v1/series?source=USA&target=CHN&interval=week",
    () => store.dyadSeries("USA", "CHN", "week", filterFromParams({})),
  ],
  [
    "series USAGOV CHN week q4",
    "/api/v1/series?source=USAGOV&target=CHN&interval=week&quad=4",
    () => store.dyadSeries("USAGOV", "CHN", "week", filterFromParams({ quad: "4" })),
  ],
  [
    "geo month",
    `/api/v1/geo?level=country&from=${from}&to=${last}`,
    () => store.geoAggregates("country", filterFromParams({ from, to: last })),
  ],
  [
    "dyads month",
    `/api/v1/dyads?from=${from}&to=${last}`,
    () => store.topDyads(filterFromParams({ from, to: last }), 20),
  ],
];

/** Mean CPU µs per call of `f`, after three warm-up calls. */
async function cpu(f: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await f();
  const c = process.cpuUsage();
  for (let i = 0; i < N; i++) await f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / N;
}

console.log(`route parts, ${n.toLocaleString()} events, ${N} calls each, load ${loadavg()[0]!.toFixed(1)}`);
console.log("| route | store call µs | route via inject µs | reply bytes |");
console.log("|---|---|---|---|");
for (const [name, url, call] of routes) {
  if (values.only && !name.includes(values.only)) continue;
  const storeUs = await cpu(call);
  let bytes = 0;
  const routeUs = await cpu(async () => {
    const r = await app.inject({ method: "GET", url });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    bytes = r.rawPayload.length;
  });
  console.log(`| ${name} | ${storeUs.toFixed(0)} | ${routeUs.toFixed(0)} | ${bytes} |`);
}
await app.close();
await store.close();
