// The uncached /events answers, old read path against the new one, in one
// process over one kept store (bench:api --db FILE), calls alternating so both see the same load
// (at load 20+ two runs minutes apart differ by ±50 % on untouched routes). CPU µs per answer,
// median of 7 rounds of N calls, store call and reply text included (what the route does minus
// Fastify's own work):
//   /events  old: pageEvents (one object per row) → the Event schema's serialiser
//            new: pageEventJson (SQLite writes each row's JSON) → joined as is
//   node bin/run-ts.js bench/api/reply-paths.ts --db FILE [--calls 40]
import { loadavg } from "node:os";
import { isDeepStrictEqual, parseArgs } from "node:util";
import fjs from "fast-json-stringify";
import { EVENT_SCHEMA } from "../../src/serve/api-schemas.ts";
import { encodeCursor } from "../../src/serve/event-params.ts";
import { type EventCursor, openStore } from "../../src/store/index.ts";
import { alternatingCpu } from "./alternating-cpu.ts";

const { values } = parseArgs({
  options: { db: { type: "string" }, calls: { type: "string", default: "40" } },
});
if (!values.db) throw new Error("--db FILE: a store kept by bench:api --db");
const N = Number(values.calls);
const store = await openStore({ dbPath: values.db, databaseUrl: null });
const n = (await store.counts()).events;
const [deep] = await store.queryEvents({}, { limit: 1, offset: Math.floor(n / 2) });
const deepCursor: EventCursor = { day: deep!.day, eventKey: deep!.eventKey };

// The Event schema inline: fjs reads a nested schema with its own $id as a reference target only.
const { $id: _id, ...eventSchema } = EVENT_SCHEMA;
const pageSchema = {
  type: "object",
  properties: { events: { type: "array", items: eventSchema }, next: { type: ["string", "null"] } },
};
const pageOut = fjs(pageSchema as never);

const oldPage = async (filter: object, after: EventCursor | null) => {
  const rows = await store.pageEvents(filter, 51, after);
  const page = rows.slice(0, 50);
  const last = page[page.length - 1]!;
  return pageOut({ events: page, next: encodeCursor({ day: last.day, eventKey: last.eventKey }) });
};
const newPage = async (filter: object, after: EventCursor | null) => {
  const rows = await store.pageEventJson(filter, 51, after);
  const page = rows.slice(0, 50);
  const last = page[page.length - 1]!;
  const next = encodeCursor({ day: last.day, eventKey: last.eventKey });
  return `{"events":[${page.map((r) => r.json).join(",")}],"next":${JSON.stringify(next)}}`;
};
const pairs: [string, () => Promise<string>, () => Promise<string>][] = [
  ["/events first page", () => oldPage({}, null), () => newPage({}, null)],
  ["/events deep cursor", () => oldPage({}, deepCursor), () => newPage({}, deepCursor)],
  [
    "/events filtered (actor, root)",
    () => oldPage({ actor: "PAK", root: "19" }, null),
    () => newPage({ actor: "PAK", root: "19" }, null),
  ],
];

console.log(`reply paths, ${n.toLocaleString()} events, load ${loadavg()[0]!.toFixed(1)}`);
console.log("| answer | old CPU µs | new CPU µs | new / old | same answer |");
console.log("|---|---|---|---|---|");
for (const [name, before, after] of pairs) {
  // Same values (the Event schema's serialiser writes required fields first; key order is no part of JSON's meaning).
  const same = isDeepStrictEqual(JSON.parse(await before()), JSON.parse(await after()));
  const [o, w] = await alternatingCpu(before, after, N);
  console.log(`| ${name} | ${o.toFixed(0)} | ${w.toFixed(0)} | ${(w / o).toFixed(2)} | ${same} |`);
}
console.log(`load ${loadavg()[0]!.toFixed(1)}`);
await store.close();
