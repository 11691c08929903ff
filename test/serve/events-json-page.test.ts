// /api/v1/events sends pages the store wrote as JSON (store/event-page.ts) instead of serialising
// event objects. On SQLite and PostgreSQL, every page equals what the object path gives (pageEvents
// through the Event schema's serialiser), for values that are awkward to write by hand: PLOVER
// context lists with quotes, backslashes and non-ASCII, a missing list, no target, no place, a
// negated event, control characters and quotes in the evidence; and the field list is the schema's.
import fjs from "fast-json-stringify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_SCHEMA } from "../../src/serve/api-schemas.ts";
import type { SitrepServer } from "../../src/serve/server.ts";
import { EVENT_JSON_FIELDS } from "../../src/store/event-page.ts";
import type { Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith, testBackends, testServer } from "./serve-fixture.ts";

const serialise = fjs(EVENT_SCHEMA as never);

it("publishes exactly the Event schema's fields, in its order", () => {
  expect(EVENT_JSON_FIELDS.map(([name]) => name)).toEqual(Object.keys(EVENT_SCHEMA.properties));
});

for (const backend of testBackends()) {
  describe(`events as stored JSON: ${backend.name}`, () => {
    let store: Store | null = null;
    let server: SitrepServer;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      const odd = [
        makeEvent({ eventId: "a", date: "2024-03-01", src: "PAKMIL", tgt: "INDGOV" }),
        makeEvent({
          eventId: "b",
          date: "2024-03-02",
          src: "USAGOV",
          tgt: null,
          negated: true,
          location: null,
          plover: { type: "ACCUSE", mode: "verbal", contexts: ['say "no"', "back\\slash", "été"] },
          evidence: 'He said "enough"\n\tand\u0001left; ünïcödé ✓ \u2028 done.',
        }),
        makeEvent({
          eventId: "c",
          date: "2024-03-02",
          src: "CHN",
          tgt: "RUSMIL",
          code: "190",
          plover: { type: "ASSAULT", mode: null, contexts: [] },
          location: { name: 'O\'Hare "Field"', country: "USA", admin1: null, lat: -0.5, lon: 0 } as never,
        }),
      ];
      await store.saveDocument(docWith(odd));
      server = await testServer(store, { alerts: false, responseCache: false });
    });
    afterAll(async () => {
      await server?.app.close();
      await store?.close();
      await backend.cleanup();
    });
    const live = (name: string, fn: () => Promise<void>) =>
      it(name, async (ctx) => {
        if (!store) ctx.skip();
        await fn();
      });

    live("each page equals the object path's events through the schema's serialiser", async () => {
      const objects = await store!.pageEvents({}, 10, null);
      expect(objects).toHaveLength(3);
      const rows = await store!.pageEventJson({}, 10, null);
      expect(rows.map((r) => [r.day, r.eventKey])).toEqual(objects.map((e) => [e.day, e.eventKey]));
      for (const [i, row] of rows.entries())
        expect(JSON.parse(row.json)).toEqual(JSON.parse(serialise(objects[i]!)));
      const odd = JSON.parse(rows.find((r) => JSON.parse(r.json).sourceCode === "USAGOV")!.json);
      expect(odd.ploverContexts).toEqual(['say "no"', "back\\slash", "été"]);
      expect(odd.negated).toBe(true);
      expect(odd.targetCode).toBeNull();
      expect(odd.lat).toBeNull();
    });

    live("the route's pages and cursor match the object path, filters included", async () => {
      const first = await server.app.inject({ method: "GET", url: "/api/v1/events?limit=2" });
      expect(first.statusCode).toBe(200);
      expect(first.headers["content-type"]).toMatch(/^application\/json/);
      const body = first.json() as { events: unknown[]; next: string };
      const objects = await store!.pageEvents({}, 3, null);
      expect(body.events).toEqual(objects.slice(0, 2).map((e) => JSON.parse(serialise(e))));
      const second = (
        await server.app.inject({ method: "GET", url: `/api/v1/events?limit=2&cursor=${body.next}` })
      ).json() as { events: unknown[]; next: string | null };
      expect(second.events).toEqual([JSON.parse(serialise(objects[2]!))]);
      expect(second.next).toBeNull();
      const filtered = (
        await server.app.inject({ method: "GET", url: "/api/v1/events?actor=RUS&root=19" })
      ).json() as { events: { sourceCode: string }[]; next: null };
      expect(filtered.events.map((e) => e.sourceCode)).toEqual(["CHN"]);
      const none = (await server.app.inject({ method: "GET", url: "/api/v1/events?actor=ZZZ" })).json();
      expect(none).toEqual({ events: [], next: null });
    });
  });
}
