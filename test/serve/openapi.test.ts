// The OpenAPI document is the API's reference: every route the server registers (outside the
// dashboard's files and the docs UI) is in it with a summary, each of its query and path parameters
// and its request body, as the route's own schema declares them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SitrepServer } from "../../src/serve/server.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { testServer } from "./serve-fixture.ts";

interface Operation {
  summary?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
}

describe("OpenAPI document", () => {
  let store: Store;
  let server: SitrepServer;
  beforeAll(async () => {
    store = await openStore({
      dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-openapi-")), "o.db"),
      databaseUrl: null,
    });
    server = await testServer(store, { alerts: false });
  });
  afterAll(async () => {
    await server.app.close();
    await store.close();
  });

  it("lists every API route with its summary, parameters and body", async () => {
    const doc = (await server.app.inject({ url: "/openapi.json" })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const api = server.routes.filter(
      (r) =>
        r.method !== "HEAD" &&
        !r.hidden &&
        (r.url.startsWith("/api/") || ["/healthz", "/metrics"].includes(r.url)),
    );
    // The routes and more: a document that lists a handful would not pass.
    expect(api.length).toBeGreaterThanOrEqual(20);
    for (const route of api) {
      const where = `${route.method} ${route.url}`;
      const op = doc.paths[route.url.replace(/:(\w+)/g, "{$1}")]?.[route.method.toLowerCase()];
      expect(op, where).toBeDefined();
      expect(op!.summary, where).toBeTruthy();
      const schema = (route.schema ?? {}) as {
        querystring?: { properties?: object };
        params?: { properties?: object };
        body?: unknown;
      };
      for (const [part, place] of [
        ["querystring", "query"],
        ["params", "path"],
      ] as const) {
        for (const name of Object.keys(schema[part]?.properties ?? {}))
          expect(
            op!.parameters?.some((p) => p.in === place && p.name === name),
            `${where}: ${place} parameter ${name}`,
          ).toBe(true);
      }
      if (schema.body) expect(op!.requestBody, `${where}: body`).toBeDefined();
    }
  });
});
