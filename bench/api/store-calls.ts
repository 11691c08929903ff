// CPU per store call behind bench/api's routes on a kept store (bench:api --db FILE): the mean over
// 30 calls after one warm-up call. Compare two trees by running each on a copy of the same store,
// minutes apart (the machine's load moves single numbers by ±50 %).
//   node bin/run-ts.js bench/api/store-calls.ts FILE [NAME-PART]
import { filterFromParams } from "../../src/serve/event-params.ts";
import { openStore } from "../../src/store/index.ts";

const db = process.argv[2]!;
const only = process.argv[3];
const store = await openStore({ dbPath: db, databaseUrl: null });
const last = (await store.pageEvents({}, 1, null))[0]!.day;
const from = `${last.slice(0, 7)}-01`;
const calls: [string, () => Promise<unknown>][] = [
  ["events first", () => store.pageEvents(filterFromParams({}), 51, null)],
  ["events filtered", () => store.pageEvents(filterFromParams({ actor: "PAK", root: "19" }), 51, null)],
  [
    "events filtered two roots",
    () => store.pageEvents(filterFromParams({ actor: "PAK", root: "18,19" }), 51, null),
  ],
  ["series USA CHN month", () => store.dyadSeries("USA", "CHN", "month", filterFromParams({}))],
  ["series USA CHN week", () => store.dyadSeries("USA", "CHN", "week", filterFromParams({}))],
  ["series USAGOV CHN month", () => store.dyadSeries("USAGOV", "CHN", "month", filterFromParams({}))],
  [
    "series USAGOV CHN week q4",
    () => store.dyadSeries("USAGOV", "CHN", "week", filterFromParams({ quad: "4" })),
  ],
  ["geo month", () => store.geoAggregates("country", filterFromParams({ from, to: last }))],
  ["dyads month", () => store.topDyads(filterFromParams({ from, to: last }), 20)],
  ["actors month", () => store.topActors(filterFromParams({ from, to: last }), 20)],
];
for (const [name, call] of calls) {
  if (only && !name.includes(only)) continue;
  await call();
  const n = 30;
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) await call();
  const u = process.cpuUsage(c);
  console.log(`${name.padEnd(28)} ${((u.user + u.system) / n).toFixed(0).padStart(7)} µs cpu per call`);
}
await store.close();
