// GET /api/v1/timeline (the dashboard's timeline) on SQLite and PostgreSQL: every matching event by
// period, those without a target too (which /series, a dyad's, leaves out), under the filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SitrepServer } from "../../src/serve/server.ts";
import type { Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith, testBackends, testServer } from "./serve-fixture.ts";

// biome-ignore lint/suspicious/noExplicitAny: replies are checked by value
type Json = Record<string, any>;

for (const backend of testBackends()) {
  describe(`GET /api/v1/timeline: ${backend.name}`, () => {
    let store: Store | null = null;
    let server: SitrepServer;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      // Day 1: two events with a target, one without (a statement nobody is the target of).
      await store.saveDocument(
        docWith([
          makeEvent({ date: "2024-03-01", code: "190", src: "RUSMIL", tgt: "UKR", eventId: "a" }),
          makeEvent({ date: "2024-03-01", code: "040", src: "USAGOV", tgt: "CHNGOV", eventId: "b" }),
          makeEvent({ date: "2024-03-01", code: "010", src: "FRAGOV", tgt: null, eventId: "c" }),
        ]),
      );
      // Day 2: only a target-less event.
      await store.saveDocument(
        docWith([makeEvent({ date: "2024-03-02", code: "130", src: "PRKMIL", tgt: null, eventId: "d" })]),
      );
      server = await testServer(store, { alerts: false });
    });
    afterAll(async () => {
      await server?.app.close();
      await store?.close();
      await backend.cleanup();
    });
    const get = async (url: string) => {
      const r = await server.app.inject({ method: "GET", url });
      return { status: r.statusCode, body: r.json() as Json };
    };

    it("counts every event, with or without a target, stacked by QuadClass", async (ctx) => {
      if (!store) ctx.skip();
      const timeline = await get("/api/v1/timeline?interval=day");
      expect(timeline.status).toBe(200);
      expect(timeline.body.series.map((p: Json) => [p.period, p.events])).toEqual([
        ["2024-03-01", 3],
        ["2024-03-02", 1],
      ]);
      const first = timeline.body.series[0];
      expect(
        first.verbalCooperation + first.materialCooperation + first.verbalConflict + first.materialConflict,
      ).toBe(3);
      // /series covers dyads: events without a target are not in it.
      const series = await get("/api/v1/series?interval=day");
      expect(series.body.series.map((p: Json) => [p.period, p.events])).toEqual([["2024-03-01", 2]]);
    });

    it("applies the event filters and rejects unknown parameters", async (ctx) => {
      if (!store) ctx.skip();
      const prk = await get("/api/v1/timeline?actor=PRK&interval=month");
      expect(prk.body.series.map((p: Json) => [p.period, p.events])).toEqual([["2024-03", 1]]);
      const later = await get("/api/v1/timeline?from=2024-03-02");
      expect(later.body.series.map((p: Json) => p.events)).toEqual([1]);
      const bad = await get("/api/v1/timeline?interval=year");
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe("E_API_BAD_REQUEST");
      const unknown = await get("/api/v1/timeline?colour=red");
      expect(unknown.status).toBe(400);
    });
  });
}
