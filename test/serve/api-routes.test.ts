// Every read route of the HTTP API, on SQLite and PostgreSQL, through Fastify's inject: filters,
// keyset pages while events are being stored, errors that name the field, injection attempts, the
// OpenAPI document, health and metrics.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SitrepServer } from "../../src/serve/server.ts";
import type { Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith, testBackends, testServer } from "./serve-fixture.ts";

const INJECTIONS = [
  "'; DROP TABLE events; --",
  "PAK' OR '1'='1",
  "%",
  "_",
  "Robert'); DELETE FROM documents;--",
];

// Replies are JSON of many shapes; the tests read them as loosely typed objects.
// biome-ignore lint/suspicious/noExplicitAny: test replies are checked by value, not by type
type Json = Record<string, any>;

function day(n: number): string {
  return new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

for (const backend of testBackends()) {
  describe(`HTTP API routes: ${backend.name}`, () => {
    let store: Store | null = null;
    let server: SitrepServer;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      // 30 days of PAK→IND events in Islamabad, plus CHN→USA talks in Beijing on day 5.
      for (let i = 0; i < 30; i++) {
        await store.saveDocument(
          docWith([
            makeEvent({
              date: day(i),
              code: i % 2 ? "190" : "111",
              src: "PAKMIL",
              tgt: "INDGOV",
              eventId: "e1",
              location: { name: "Islamabad", country: "PAK", admin1: "Islamabad", lat: 33.72, lon: 73.04 },
            }),
          ]),
        );
      }
      await store.saveDocument(
        docWith([makeEvent({ date: day(5), code: "040", src: "CHNGOV", tgt: "USAGOV" })]),
      );
      server = await testServer(store);
    });
    afterAll(async () => {
      await server?.app.close();
      await store?.close();
      await backend.cleanup();
    });
    const get = async (url: string) => {
      const r = await server.app.inject({ method: "GET", url });
      const json = String(r.headers["content-type"] ?? "").includes("json");
      return {
        status: r.statusCode,
        body: (json ? r.json() : {}) as Json,
        headers: r.headers,
        text: r.body,
      };
    };
    const live = (name: string, fn: () => Promise<void>) =>
      it(name, async (ctx) => {
        if (!store) ctx.skip();
        await fn();
      });

    live("lists events newest day first with filters", async () => {
      const all = await get("/api/v1/events?limit=100");
      expect(all.status).toBe(200);
      expect(all.body.events).toHaveLength(31);
      expect(all.body.next).toBeNull();
      expect(all.body.events[0].day).toBe(day(29));
      const china = await get("/api/v1/events?actor=CHN");
      expect(china.body.events.map((e: Json) => e.sourceCode)).toEqual(["CHNGOV"]);
      const root = await get("/api/v1/events?root=19&country=PAK&limit=100");
      expect(root.body.events).toHaveLength(15);
      expect(root.body.events.every((e: Json) => e.cameoRoot === "19")).toBe(true);
    });

    live("pages with a cursor without gaps or repeats while new events are stored", async () => {
      const seen: string[] = [];
      let url = "/api/v1/events?limit=7&actor=PAK";
      for (let page = 0; page < 20; page++) {
        const r = await get(url);
        seen.push(...r.body.events.map((e: Json) => e.eventKey));
        // New events arrive between pages, newer and older than the cursor.
        await store!.saveDocument(
          docWith([
            makeEvent({
              date: page % 2 ? day(40 + page) : day(-10 - page),
              code: "120",
              src: "PAKGOV",
              tgt: "AFG",
              eventId: `n${page}`,
            }),
          ]),
        );
        if (!r.body.next) break;
        url = `/api/v1/events?limit=7&actor=PAK&cursor=${r.body.next}`;
      }
      expect(new Set(seen).size).toBe(seen.length);
      // Every event stored before paging started was returned exactly once.
      const before = (await store!.queryEvents({ actor: "PAKMIL" }, { limit: 1000, offset: 0 })).map(
        (e) => e.eventKey,
      );
      for (const key of before) expect(seen).toContain(key);
    });

    live("answers a bad parameter with 400 naming the field", async () => {
      const unknown = await get("/api/v1/events?colour=red");
      expect(unknown.status).toBe(400);
      expect(unknown.body.error).toMatchObject({ code: "E_API_BAD_REQUEST", field: "colour" });
      const limit = await get("/api/v1/events?limit=100000");
      expect(limit.status).toBe(400);
      expect(limit.body.error.field).toBe("limit");
      const from = await get("/api/v1/events?from=yesterday");
      expect(from.status).toBe(400);
      expect(from.body.error).toMatchObject({ code: "E_QUERY_PARAM", field: "from" });
      const cursor = await get("/api/v1/events?cursor=not-a-cursor");
      expect(cursor.status).toBe(400);
      expect(cursor.body.error.field).toBe("cursor");
    });

    live("returns nothing for injection attempts and leaves the store intact", async () => {
      const before = await store!.counts();
      for (const bad of INJECTIONS) {
        for (const param of ["actor", "place", "text", "plover", "country"]) {
          const r = await get(`/api/v1/events?${param}=${encodeURIComponent(bad)}`);
          expect([200, 400]).toContain(r.status);
          if (r.status === 200) expect(r.body.events).toEqual([]);
        }
      }
      expect(await store!.counts()).toEqual(before);
    });

    live("gives one event with its reports, evidence spans and documents", async () => {
      const [first] = (await get("/api/v1/events?actor=CHN")).body.events;
      const detail = await get(`/api/v1/events/${first.eventKey}`);
      expect(detail.status).toBe(200);
      expect(detail.body.event.eventKey).toBe(first.eventKey);
      expect(detail.body.mentions).toHaveLength(1);
      const m = detail.body.mentions[0];
      expect(m.trigger).toEqual({ start: 10, end: 14 });
      expect(m.source).toEqual({ start: 0, end: 8 });
      expect(m.document.url).toMatch(/^https:\/\/news\.example\.org\/story-/);
      const doc = await get(`/api/v1/documents/${m.docKey}`);
      expect(doc.status).toBe(200);
      expect(doc.body.events.map((e: Json) => e.eventKey)).toContain(first.eventKey);
      expect((await get("/api/v1/events/nope")).status).toBe(404);
      expect((await get("/api/v1/documents/nope")).body.error.code).toBe("E_API_NOT_FOUND");
    });

    live("serves series, dyads, actors, network and GeoJSON", async () => {
      const series = await get("/api/v1/series?source=PAK&target=IND&interval=month");
      expect(series.status).toBe(200);
      expect(series.body.series[0]).toMatchObject({ period: "2024-01" });
      // Sent as the store wrote it: the points as JSON.stringify writes them, in a JSON reply.
      expect(series.headers["content-type"]).toContain("application/json");
      for (const [path, points] of [
        ["source=PAK&target=IND&interval=month", await store!.dyadSeries("PAK", "IND", "month")],
        [
          "source=PAKMIL&target=IND&interval=week&quad=4",
          await store!.dyadSeries("PAKMIL", "IND", "week", { quad: 4 }),
        ],
        ["interval=day&root=19", await store!.dyadSeries("", "", "day", { root: "19" })],
      ] as const) {
        expect(points.length).toBeGreaterThan(0);
        expect((await get(`/api/v1/series?${path}`)).text).toBe(JSON.stringify({ series: points }));
      }
      expect((await get("/api/v1/series?source=PAK")).status).toBe(400);
      const dyads = await get("/api/v1/dyads?limit=5");
      expect(dyads.body.dyads[0]).toMatchObject({ sourceCode: "PAKMIL", targetCode: "INDGOV" });
      const actors = await get("/api/v1/actors");
      expect(actors.body.actors.map((a: Json) => a.code)).toContain("PAKMIL");
      const network = await get("/api/v1/network");
      expect(network.body.nodes).toEqual(expect.arrayContaining(["PAKMIL", "INDGOV", "CHNGOV", "USAGOV"]));
      const geo = await get("/api/v1/geo?level=country");
      expect(geo.headers["content-type"]).toContain("application/geo+json");
      expect(geo.body.type).toBe("FeatureCollection");
      const pak = geo.body.features.find((f: Json) => f.properties.key === "PAK");
      expect(pak.geometry.coordinates[0]).toBeCloseTo(73.04, 1);
    });

    live("finds hotspots: a burst above the baseline scores, a steady area does not", async () => {
      // Day 60: five events in Syria after a quiet baseline, one in Pakistan as every day before.
      for (let i = 0; i < 5; i++) {
        await store!.saveDocument(
          docWith([
            makeEvent({
              date: day(60),
              code: ["190", "193", "194", "195", "180"][i],
              src: "SYRREB",
              tgt: "SYRCVL",
              eventId: `s${i}`,
              trigger: { start: 10 + i, end: 14 + i, text: "shelled" },
              location: { name: `Aleppo ${i}`, country: "SYR", lat: 36.2, lon: 37.15 },
            }),
          ]),
        );
      }
      const r = await get(`/api/v1/hotspots?at=${day(60)}&window=24h&baseline=30d`);
      expect(r.status).toBe(200);
      const syria = r.body.hotspots.find((h: Json) => h.key === "SYR");
      expect(syria).toBeDefined();
      expect(syria.score).toBeGreaterThan(2);
      expect(syria.window.events).toBe(5);
      expect(syria.events.length).toBeGreaterThan(0);
      expect(r.body.hotspots.find((h: Json) => h.key === "PAK")).toBeUndefined();
      expect((await get("/api/v1/hotspots?window=soon")).body.error.field).toBe("window");
    });

    live("streams exports for a filter", async () => {
      const gdelt = await get("/api/v1/export?format=gdelt&actor=CHN");
      expect(gdelt.status).toBe(200);
      const rows = gdelt.text.trim().split("\n");
      expect(rows).toHaveLength(1);
      expect(rows[0]!.split("\t")).toHaveLength(61);
      const csv = await get("/api/v1/export?format=csv&actor=PAKMIL");
      expect(csv.text.split("\n")[0]).toMatch(/^eventKey,day,/);
      expect((await get("/api/v1/export?format=xml")).status).toBe(400);
    });

    live("publishes an OpenAPI 3.1 document of every route, health and metrics", async () => {
      const doc = await get("/openapi.json");
      expect(doc.body.openapi).toBe("3.1.0");
      for (const path of [
        "/api/v1/events",
        "/api/v1/events/{id}",
        "/api/v1/stream",
        "/api/v1/hotspots",
        "/api/v1/alerts",
        "/api/v1/export",
      ])
        expect(Object.keys(doc.body.paths)).toContain(path);
      const health = await get("/healthz");
      expect(health.body).toMatchObject({ ok: true, store: { ok: true, backend: backend.name } });
      const metrics = await get("/metrics");
      expect(metrics.text).toContain(
        'sitrep_http_requests_total{method="GET",route="/api/v1/events",status="200"}',
      );
      expect(metrics.text).toMatch(/sitrep_store_rows\{kind="events"\} \d+/);
      const headers = (await server.app.inject({ url: "/api/v1/events" })).headers;
      expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["access-control-allow-origin"]).toBeUndefined();
    });
  });
}
