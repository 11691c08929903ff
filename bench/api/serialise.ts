// The API's reply serialisers against JSON.stringify on real answers from a kept bench:api store:
// the compiled serialiser Fastify builds from a route's response schema (fast-json-stringify) for
// /series (USAGOV → CHN by week, QuadClass 4), /geo (all-time, by country), /dyads (top 20) and
// /events (first page of 50). CPU µs per reply, one process, one call at a time.
//   node bin/run-ts.js bench/api/serialise.ts FILE
import fjs from "fast-json-stringify";
import { DYADS_RESPONSE, GEO_RESPONSE, SERIES_RESPONSE } from "../../src/serve/analytics-schemas.ts";
import { EVENT_SCHEMA } from "../../src/serve/api-schemas.ts";
import { openStore } from "../../src/store/index.ts";

const store = await openStore({ dbPath: process.argv[2]!, databaseUrl: null });
/** Mean CPU µs of `n` calls after 200 warm-up calls. */
const cpu = (name: string, f: () => unknown, n = 2000) => {
  for (let i = 0; i < 200; i++) f();
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) f();
  const d = process.cpuUsage(c);
  console.log(name.padEnd(30), ((d.user + d.system) / n).toFixed(1), "µs");
};
const series = { series: await store.dyadSeries("USAGOV", "CHN", "week", { quad: 4 }) };
const s1 = fjs(SERIES_RESPONSE[200] as never);
cpu("series fjs", () => s1(series));
cpu("series JSON", () => JSON.stringify(series));
const geo = await store.geoAggregates("country", {});
// The FeatureCollection as routes-analytics.ts builds it.
const g = {
  type: "FeatureCollection",
  features: geo.map((r) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [r.lon, r.lat] },
    properties: {
      key: r.key,
      level: "country",
      country: r.country,
      events: r.events,
      meanGoldstein: r.meanGoldstein,
    },
  })),
};
const g1 = fjs(GEO_RESPONSE[200] as never);
cpu("geo fjs", () => g1(g));
cpu("geo JSON", () => JSON.stringify(g));
const dy = { dyads: await store.topDyads({}, 20) };
const d1 = fjs(DYADS_RESPONSE[200] as never);
cpu("dyads fjs", () => d1(dy));
cpu("dyads JSON", () => JSON.stringify(dy));
const ev = { events: await store.pageEvents({}, 50, null), next: "abc" };
const { $id: _id, ...inline } = EVENT_SCHEMA;
const e2 = fjs({
  type: "object",
  properties: { events: { type: "array", items: inline }, next: { type: ["string", "null"] } },
} as never);
cpu("events fjs", () => e2(ev));
cpu("events JSON", () => JSON.stringify(ev));
await store.close();
