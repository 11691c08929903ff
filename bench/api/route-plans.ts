// The store calls behind bench/api's routes on a kept SQLite store (bench:api --db FILE): CPU per
// call and SQLite's plan of every statement each sends, with a warning on a plan that builds an
// AUTOMATIC index (a temporary index over a whole table for one request: what made the weekly
// actor-prefix series cost 100 ms a call on 1M events, bench/README.md).
//   node bin/run-ts.js bench/api/route-plans.ts --db FILE
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { filterFromParams } from "../../src/serve/event-params.ts";
import { openStore } from "../../src/store/index.ts";
import { recordedStatements } from "./recorded-statements.ts";

const Database = createRequire(import.meta.url)("better-sqlite3") as typeof import("better-sqlite3");
const seen = recordedStatements;
const { values } = parseArgs({ options: { db: { type: "string" } } });
if (!values.db) throw new Error("--db FILE: a store kept by bench:api --db");
const store = await openStore({ dbPath: values.db, databaseUrl: null });
const last = (await store.pageEvents({}, 1, null))[0]!.day;
const from = `${last.slice(0, 7)}-01`;
const plain = new Database(values.db, { readonly: true });
const calls: [string, () => Promise<unknown>][] = [
  ["events first", () => store.pageEvents(filterFromParams({}), 51, null)],
  ["events actor", () => store.pageEvents(filterFromParams({ actor: "PAK" }), 51, null)],
  ["events filtered", () => store.pageEvents(filterFromParams({ actor: "PAK", root: "19" }), 51, null)],
  [
    "events filtered two roots",
    () => store.pageEvents(filterFromParams({ actor: "PAK", root: "18,19" }), 51, null),
  ],
  ["series USA CHN month", () => store.dyadSeries("USA", "CHN", "month", filterFromParams({}))],
  ["series USAGOV CHN month", () => store.dyadSeries("USAGOV", "CHN", "month", filterFromParams({}))],
  [
    "series USAGOV CHN week q4",
    () => store.dyadSeries("USAGOV", "CHN", "week", filterFromParams({ quad: "4" })),
  ],
  ["geo month", () => store.geoAggregates("country", filterFromParams({ from, to: last }))],
  ["dyads month", () => store.topDyads(filterFromParams({ from, to: last }), 100)],
  ["actors month", () => store.topActors(filterFromParams({ from, to: last }), 100)],
];
for (const [name, call] of calls) {
  seen.length = 0;
  await call();
  const c = process.cpuUsage();
  await call();
  await call();
  const u = process.cpuUsage(c);
  console.log(`## ${name}: ${((u.user + u.system) / 2000).toFixed(1)} ms cpu per call`);
  for (const s of seen.slice(0, seen.length / 3)) {
    if (/^\s*select\s+("generation"|.*from "?store_generation)/i.test(s.sql)) continue;
    try {
      const plan = plain
        .prepare<unknown[], { detail: string }>(`explain query plan ${s.sql}`)
        .all(...s.args)
        .map((r) => r.detail);
      const warn = plan.some((p: string) => p.includes("AUTOMATIC"))
        ? "  ** AUTOMATIC INDEX: built per call **"
        : "";
      console.log("  ", s.sql.slice(0, 90).replace(/\s+/g, " "), "\n     ", plan.join(" | "), warn);
    } catch (e) {
      console.log("  (plan failed)", (e as Error).message);
    }
  }
}
await store.close();
plain.close();
