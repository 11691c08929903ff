// bench/store: do named (prepared) statements on PostgreSQL pick generic plans that are slow for
// skewed filters? connect-postgres.ts names every statement text a connection runs twice, so after
// five runs PostgreSQL may switch a text to one generic plan (plan_cache_mode = auto) chosen
// without the parameter values. The API's filters are skewed (a few states hold most events): a
// plan fit for a rare actor can be slow for a common one. This runs each API store call five+ times
// with a rare value, then times a common and a rare value, once with the server's default (auto)
// and once with plan_cache_mode = force_custom_plan (planned per run with its values, as unnamed
// statements were), on the same generated events.
//   node bin/run-ts.js bench/store/plan-cache.ts [--events 1000000] [--reuse]
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.ts";
import { generateEvents } from "./event-generator.ts";

const { values } = parseArgs({
  options: { events: { type: "string", default: "1000000" }, reuse: { type: "boolean", default: false } },
});
const DB = "sitrep_bench_plans";
const adminUrl = process.env.SITREP_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const url = new URL(adminUrl);
url.pathname = `/${DB}`;

/** The generator's most and least frequent states (it draws actors with r()² over its list). */
const COMMON = "USA";
const RARE = "BLR";

type Call = (store: Store, actor: string) => Promise<unknown>;
const CALLS: [string, Call][] = [
  ["events page, actor", (s, a) => s.queryEventPage({ actor: a }, { limit: 50 })],
  ["events page, actor + root 19", (s, a) => s.queryEventPage({ actor: a, root: "19" }, { limit: 50 })],
  [
    "events page, actor, 2019",
    (s, a) => s.queryEventPage({ actor: a, from: "2019-01-01", to: "2019-12-31" }, { limit: 50 }),
  ],
  ["top dyads, actor, a month", (s, a) => s.topDyads({ actor: a, from: "2020-06-01", to: "2020-06-30" }, 20)],
  ["dyad series by month", (s, a) => s.dyadSeries(a, "CHN", "month")],
];

async function timed(f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2]!;
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
if (!values.reuse) {
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.query(`create database ${DB}`);
  const store = await openStore({ dbPath: "", databaseUrl: url.toString() });
  for (const batch of generateEvents(Number(values.events))) await store.insertEvents(batch);
  await store.analyze();
  await store.close();
}

const rows: string[] = [];
for (const mode of ["auto", "force_custom_plan"]) {
  await admin.query(`alter database ${DB} set plan_cache_mode = ${mode}`);
  const store = await openStore({ dbPath: "", databaseUrl: url.toString() });
  for (const [name, call] of CALLS) {
    // Seven runs with the rare value: enough for PostgreSQL to weigh a generic plan on each
    // connection of the pool (connections are taken in turn).
    for (let i = 0; i < 7 * 4; i++) await call(store, RARE);
    const common = await timed(() => call(store, COMMON));
    const rare = await timed(() => call(store, RARE));
    rows.push(`| ${name} | ${mode} | ${common.toFixed(2)} | ${rare.toFixed(2)} |`);
  }
  await store.close();
}
await admin.query(`alter database ${DB} reset plan_cache_mode`);
await admin.end();
console.log(
  `plan cache modes, ${Number(values.events).toLocaleString()} generated events, common ${COMMON}, rare ${RARE}`,
);
console.log("| store call | plan_cache_mode | common actor ms (median of 5) | rare actor ms |");
console.log("|---|---|---|---|");
for (const r of rows) console.log(r);
