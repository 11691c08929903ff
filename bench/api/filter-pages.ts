// Every kind of filtered /events page on a kept SQLite store (bench:api --db FILE): the store call
// the route makes (pageEventJson, 51 rows), its CPU per call, and (--plans) SQLite's plan of each
// statement. Filters are the CLI's and the API's common ones, alone, combined and with several
// values; each runs on the first page and on the page after a cursor in the middle of the store.
//   node bin/run-ts.js bench/api/filter-pages.ts --db FILE [--only TEXT] [--calls 20] [--plans]

import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { filterFromParams } from "../../src/serve/event-params.ts";
import { openStore } from "../../src/store/index.ts";
import { recordedStatements } from "./recorded-statements.ts";

const Database = createRequire(import.meta.url)("better-sqlite3") as typeof import("better-sqlite3");
const seen = recordedStatements;
const { values } = parseArgs({
  options: {
    db: { type: "string" },
    only: { type: "string" },
    calls: { type: "string", default: "20" },
    plans: { type: "boolean", default: false },
  },
});
if (!values.db) throw new Error("--db FILE: a store kept by bench:api --db");
const N = Number(values.calls);
const store = await openStore({ dbPath: values.db, databaseUrl: null });
const plain = new Database(values.db, { readonly: true });
const n = (await store.counts()).events;
const last = (await store.pageEvents({}, 1, null))[0]!.day;
const [deep] = await store.queryEvents({}, { limit: 1, offset: Math.floor(n / 2) });
const middle = { day: deep!.day, eventKey: deep!.eventKey };
const year = last.slice(0, 4);

const FILTER_CASES: Record<string, string>[] = [
  { actor: "PAK" },
  { actor: "PAKMIL" },
  { actor: "PAK,IND" },
  { actor: "PAK", root: "19" },
  { actor: "PAK", root: "18,19" },
  { actor: "PAK", quad: "4" },
  { actor: "PAK", country: "IND" },
  { actor: "PAKMIL", root: "19", country: "IND" },
  { actor: "ZWE" },
  { source: "USA" },
  { source: "USA", target: "CHN" },
  { source: "USAGOV", target: "CHNMIL" },
  { target: "CHN", root: "19" },
  { country: "PAK" },
  { country: "PAK,IND" },
  { country: "PAK", root: "19" },
  { root: "19" },
  { root: "18,19" },
  { root: "01,02,03" },
  { quad: "4" },
  { quad: "1,4" },
  { code: "190" },
  { code: "190,0311" },
  { plover: "ASSAULT" },
  { place: "Somewhere" },
  { place: "Kabul" },
  { text: "generated" },
  { text: "PAKMIL" },
  { text: "PAKMIL CHNGOV" },
  { from: `${year}-01-01`, to: `${year}-01-31` },
  { actor: "PAK", from: "2016-01-01", to: "2016-12-31" },
  { root: "19", from: "2016-01-01", to: "2016-03-31" },
  { actor: "PAK", root: "19", quad: "4", from: "2016-01-01" },
  { "min-goldstein": "0" },
  { actor: "USA", "min-mentions": "5" },
  { modality: "negated" },
  { origin: "gdelt" },
];

console.log(
  `filter pages, ${n.toLocaleString()} events, ${N} calls each, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log("| filter | first page µs | rows | middle cursor µs | rows |");
console.log("|---|---|---|---|---|");
for (const params of FILTER_CASES) {
  const name = new URLSearchParams(params).toString();
  if (values.only && !name.includes(values.only)) continue;
  const f = filterFromParams(params);
  const out: string[] = [];
  const plans: string[] = [];
  for (const after of [null, middle]) {
    const call = () => store.pageEventJson(f, 51, after);
    seen.length = 0;
    const rows = (await call()).length;
    // A copy: reading the plans is itself a statement the hook records.
    if (values.plans)
      for (const s of [...seen]) {
        if (/store_generation|"generation"/i.test(s.sql)) continue;
        const plan = plain
          .prepare<unknown[], { detail: string }>(`explain query plan ${s.sql}`)
          .all(...s.args)
          .map((r) => r.detail);
        plans.push(`    ${after ? "cursor" : "first"}: ${plan.join(" | ")}`);
      }
    let calls = 0;
    const c = process.cpuUsage();
    const t = performance.now();
    // At least N calls, and at most ~2 s on a slow filter.
    while (calls < N && (calls < 2 || performance.now() - t < 2000)) {
      await call();
      calls++;
    }
    const d = process.cpuUsage(c);
    out.push(((d.user + d.system) / calls).toFixed(0), String(rows));
  }
  console.log(`| ${name} | ${out.join(" | ")} |`);
  for (const p of plans) console.log(p);
}
await store.close();
plain.close();
