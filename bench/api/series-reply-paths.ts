// The uncached /series answers of bench/api, an older tree of the code against this one, in one
// process over one kept store, calls alternating so both see the same load: CPU µs per answer
// (median of 7 rounds of N calls), two ways:
//   reply: the store call and the reply text (old: dyadSeries → the response schema's serialiser,
//          as the old route did; new: whatever this tree's route does before Fastify sends it);
//   route: the whole route through Fastify's inject on a server without the response cache.
// Both answers must be the same bytes. This tree's store keeps series texts per dyad
// (series-text-cache.ts): "new" is such a kept text (what a repeated question costs while its dyad
// is not written), "new computed" the same store with the texts off (what a first question costs).
//   git archive COMMIT | tar -x -C OLD && ln -s "$PWD/node_modules" OLD/node_modules
//   node bin/run-ts.js bench/api/series-reply-paths.ts --db FILE --old OLD [--old-db COPY] [--calls 40]
// FILE is a store bench:api kept (--db); the old tree opens COPY (default FILE), a copy of FILE made
// before this tree's migrations ran on it when the old tree lacks them (Kysely refuses a store with
// migrations it does not know).
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import fjs from "fast-json-stringify";
import { createContext } from "../../src/context.ts";
import { SERIES_RESPONSE } from "../../src/serve/analytics-schemas.ts";
import { filterFromParams } from "../../src/serve/event-params.ts";
import { buildServer } from "../../src/serve/server.ts";
import { type Interval, openStore, type Store } from "../../src/store/index.ts";
import { alternatingCpu } from "./alternating-cpu.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    old: { type: "string" },
    "old-db": { type: "string" },
    calls: { type: "string", default: "40" },
  },
});
if (!values.db || !values.old)
  throw new Error("--db FILE (a store kept by bench:api) and --old DIR (an older tree)");
const N = Number(values.calls);
const old = resolve(values.old);
const oldStoreModule = (await import(
  `${old}/src/store/index.ts`
)) as typeof import("../../src/store/index.ts");
const oldServerModule = (await import(
  `${old}/src/serve/server.ts`
)) as typeof import("../../src/serve/server.ts");
const oldContextModule = (await import(`${old}/src/context.ts`)) as typeof import("../../src/context.ts");

const store = await openStore({ dbPath: values.db, databaseUrl: null });
const computing = await openStore({ dbPath: values.db, databaseUrl: null }, { seriesTextCache: false });
const oldStore = await oldStoreModule.openStore({ dbPath: values["old-db"] ?? values.db, databaseUrl: null });
const server = async (s: Store, build: typeof buildServer, context: typeof createContext) => {
  const { app } = await build({
    store: s,
    ctx: context({ dbPath: values.db! }),
    host: "127.0.0.1",
    rateLimit: false,
    alerts: false,
    responseCache: false,
  });
  await app.ready();
  return app;
};
const app = await server(store, buildServer, createContext);
const computingApp = await server(computing, buildServer, createContext);
const oldApp = await server(oldStore, oldServerModule.buildServer, oldContextModule.createContext);

const serialise = fjs(SERIES_RESPONSE[200] as never);
const questions: [string, string, string, Interval, Record<string, string>][] = [
  ["USA→CHN by month", "USA", "CHN", "month", {}],
  ["USA→CHN by week", "USA", "CHN", "week", {}],
  ["USAGOV→CHN by month", "USAGOV", "CHN", "month", {}],
  ["USAGOV→CHN by week", "USAGOV", "CHN", "week", {}],
  ["USAGOV→CHN by week, quad 4", "USAGOV", "CHN", "week", { quad: "4" }],
];

console.log(`series reply paths, old tree ${old}, ${N} calls × 7 rounds, load ${loadavg()[0]!.toFixed(1)}`);
console.log(
  "| question | points | reply: old µs | new µs | new / old | old µs | new computed µs | computed / old | route (inject): old µs | new µs | new / old | old µs | new computed µs | computed / old | same bytes |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const [name, source, target, interval, params] of questions) {
  const filter = filterFromParams(params);
  const oldReply = async () =>
    serialise({ series: await oldStore.dyadSeries(source, target, interval, filter) });
  const newReply = async () => `{"series":${await store.dyadSeriesJson(source, target, interval, filter)}}`;
  const computedReply = async () =>
    `{"series":${await computing.dyadSeriesJson(source, target, interval, filter)}}`;
  const url = `/api/v1/series?${new URLSearchParams({ source, target, interval, ...params })}`;
  const inject = (a: typeof app) => async () => {
    const r = await a.inject({ method: "GET", url });
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    return r.body;
  };
  const texts = [
    await oldReply(),
    await newReply(),
    await computedReply(),
    await inject(oldApp)(),
    await inject(app)(),
    await inject(computingApp)(),
  ];
  const same = texts.every((t) => t === texts[0]);
  const points = (JSON.parse(texts[0]!) as { series: unknown[] }).series.length;
  const [ro, rn] = await alternatingCpu(oldReply, newReply, N);
  const [ro2, rc] = await alternatingCpu(oldReply, computedReply, N);
  const [io, inew] = await alternatingCpu(inject(oldApp), inject(app), N);
  const [io2, ic] = await alternatingCpu(inject(oldApp), inject(computingApp), N);
  const cells = (o: number, n: number) => `${o.toFixed(0)} | ${n.toFixed(0)} | ${(n / o).toFixed(2)}`;
  console.log(
    `| ${name} | ${points} | ${cells(ro, rn)} | ${cells(ro2, rc)} | ${cells(io, inew)} | ${cells(io2, ic)} | ${same} |`,
  );
}
console.log(`load ${loadavg()[0]!.toFixed(1)}`);
await app.close();
await computingApp.close();
await oldApp.close();
await store.close();
await computing.close();
await oldStore.close();
