// Read answers kept per store generation (response-cache.ts), on SQLite and PostgreSQL: the second
// identical read is served from the cache with the same body; a write by another handle on the
// store (as a worker process would write) retires it; a request that access control refuses is
// refused even when its answer is cached; errors are never cached.
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/serve/api-keys.ts";
import type { SitrepServer } from "../../src/serve/server.ts";
import type { Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith, testBackends, testServer } from "./serve-fixture.ts";

for (const backend of testBackends()) {
  describe(`response cache: ${backend.name}`, () => {
    let store: Store | null = null;
    let server: SitrepServer;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      await store.saveDocument(
        docWith([
          makeEvent({
            date: "2024-03-01",
            src: "PAKMIL",
            tgt: "INDGOV",
            location: { name: "Lahore", country: "PAK", admin1: "Punjab", lat: 31.5, lon: 74.3 },
          }),
        ]),
      );
      server = await testServer(store, { alerts: false });
    });
    afterAll(async () => {
      await server?.app.close();
      await store?.close();
      await backend.cleanup();
    });
    const get = (url: string, headers: Record<string, string> = {}) =>
      server.app.inject({ method: "GET", url, headers });
    const live = (name: string, fn: () => Promise<void>) =>
      it(name, async (ctx) => {
        if (!store) ctx.skip();
        await fn();
      });

    live("serves a repeated read from the cache until the events change", async () => {
      const url = "/api/v1/geo?level=country&from=2024-01-01";
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers["x-sitrep-cache"]).toBe("miss");
      const second = await get(url);
      expect(second.headers["x-sitrep-cache"]).toBe("hit");
      expect(second.body).toBe(first.body);
      expect(second.headers["content-type"]).toBe(first.headers["content-type"]);
      // Another query string is another answer.
      expect((await get(`${url}&level=admin1`.replace("level=country&", ""))).headers["x-sitrep-cache"]).toBe(
        "miss",
      );

      await store!.saveDocument(
        docWith([
          makeEvent({
            date: "2024-03-02",
            src: "CHNGOV",
            tgt: "USAGOV",
            location: { name: "Beijing", country: "CHN", lat: 39.9, lon: 116.4 },
          }),
        ]),
      );
      const after = await get(url);
      expect(after.headers["x-sitrep-cache"]).toBe("miss");
      const countries = after.json().features.map((f: { properties: { key: string } }) => f.properties.key);
      expect(countries.sort()).toEqual(["CHN", "PAK"]);
    });

    live(
      "answers with an ETag and a 304 to a client that holds the answer, also after a write that left it unchanged",
      async () => {
        const url = "/api/v1/dyads?from=2024-03-01&to=2024-03-01";
        const first = await get(url);
        const etag = first.headers.etag as string;
        expect(etag).toMatch(/^".+"$/);
        const again = await get(url, { "if-none-match": etag });
        expect(again.statusCode).toBe(304);
        expect(again.body).toBe("");
        expect(again.headers.etag).toBe(etag);
        // Another day's event changes the generation, not this period's answer.
        await store!.saveDocument(docWith([makeEvent({ date: "2023-01-05", src: "RUSGOV", tgt: "UKRGOV" })]));
        const recomputed = await get(url, { "if-none-match": etag });
        expect(recomputed.headers["x-sitrep-cache"]).toBe("miss");
        expect(recomputed.statusCode).toBe(304);
        // A client holding an older answer gets the new one.
        const other = await get(url, { "if-none-match": '"something-else"' });
        expect(other.statusCode).toBe(200);
        expect(other.body).toBe(first.body);
      },
    );

    live(
      "shares an answer between orders of the same parameters, and gzips it for clients that accept it",
      async () => {
        const a = await get("/api/v1/events?limit=20&from=2020-01-01&to=2030-01-01");
        expect(a.headers["x-sitrep-cache"]).toBe("miss");
        const b = await get("/api/v1/events?to=2030-01-01&from=2020-01-01&limit=20", {
          "accept-encoding": "gzip, deflate",
        });
        expect(b.headers["x-sitrep-cache"]).toBe("hit");
        const plain = b.headers["content-encoding"] === "gzip" ? gunzipSync(b.rawPayload).toString() : b.body;
        expect(plain).toBe(a.body);
        expect(b.headers.vary).toContain("accept-encoding");
        // A page of events is large enough to be worth gzipping.
        expect(a.body.length).toBeGreaterThan(1024);
        expect(b.headers["content-encoding"]).toBe("gzip");
      },
    );

    live("runs one store query for identical misses arriving together", async () => {
      let calls = 0;
      const counted = new Proxy(store!, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver);
          if (name !== "geoAggregates" || typeof value !== "function") return value;
          return (...args: unknown[]) => {
            calls++;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }) as Store;
      const own = await testServer(counted, { alerts: false });
      try {
        const url = "/api/v1/geo?level=admin1&from=2024-03-01";
        const replies = await Promise.all(
          Array.from({ length: 20 }, () => own.app.inject({ method: "GET", url })),
        );
        expect(calls).toBe(1);
        expect(new Set(replies.map((r) => r.statusCode))).toEqual(new Set([200]));
        expect(new Set(replies.map((r) => r.body)).size).toBe(1);
        expect(replies.filter((r) => r.headers["x-sitrep-cache"] === "miss")).toHaveLength(1);
        // A question that fails validation is not shared: each gets its 400.
        const bad = await Promise.all(
          Array.from({ length: 3 }, () => own.app.inject({ method: "GET", url: `${url}&level=planet` })),
        );
        expect(bad.map((r) => r.statusCode)).toEqual([400, 400, 400]);
      } finally {
        await own.app.close();
      }
    });

    live("never caches an error, and access control still decides on a cached answer", async () => {
      const bad = "/api/v1/events?from=yesterday";
      expect((await get(bad)).statusCode).toBe(400);
      const again = await get(bad);
      expect(again.statusCode).toBe(400);
      expect(again.headers["x-sitrep-cache"]).toBeUndefined();

      const url = "/api/v1/events?limit=5";
      await get(url);
      expect((await get(url)).headers["x-sitrep-cache"]).toBe("hit");
      // A request access control refuses is refused, cached answer or not.
      const refused = await get(url, { authorization: "Bearer not-a-key" });
      expect(refused.statusCode).toBe(401);
      const { key } = await createApiKey(store!, "read", "cache test");
      const allowed = await get(url, { authorization: `Bearer ${key}` });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.headers["x-sitrep-cache"]).toBe("hit");
    });
  });
}
