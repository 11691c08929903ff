// Keys, scopes and limits: open reads on loopback until a key exists, a key for everything
// elsewhere, write and admin scopes, rate limits per key (in memory, and in Redis shared by two
// servers), body limits and the CLI's key commands. On SQLite and PostgreSQL (a fresh database per
// test; skipped with a printed reason when PostgreSQL or Redis is unreachable outside CI).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/serve/api-keys.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { testBackends, testServer } from "./serve-fixture.ts";

const REDIS_URL = process.env.SITREP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

const open: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

async function freshStore(): Promise<{ store: Store; path: string }> {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-keys-")), "k.db");
  const store = await openStore({ dbPath: path, databaseUrl: null });
  open.push(store);
  return { store, path };
}

/** A fresh, empty store of the backend (its own PostgreSQL database), or null when unreachable. */
async function emptyStore(backend: "sqlite" | "postgres"): Promise<Store | null> {
  const b = testBackends().find((t) => t.name === backend)!;
  const store = await b.open();
  if (!store) return null;
  open.push({
    close: async () => {
      await store.close();
      await b.cleanup();
    },
  });
  return store;
}

async function redisReachable(): Promise<Redis | null> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 });
  try {
    await r.connect();
    return r;
  } catch (error) {
    r.disconnect();
    const reason = `Redis unreachable at ${REDIS_URL}: ${(error as Error).message}`;
    if (process.env.CI === "true") throw new Error(`${reason} (required in CI)`);
    console.warn(`skipping the Redis rate-limit test: ${reason}`);
    return null;
  }
}

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

for (const backend of ["sqlite", "postgres"] as const) {
  describe(`API keys and scopes: ${backend}`, () => {
    it("opens reads on loopback until a key exists, never writes", async (ctx) => {
      const store = await emptyStore(backend);
      if (!store) return ctx.skip();
      const { app } = await testServer(store);
      open.push(app);
      expect((await app.inject({ url: "/api/v1/events" })).statusCode).toBe(200);
      const post = await app.inject({ method: "POST", url: "/api/v1/documents", payload: { text: "x" } });
      expect(post.statusCode).toBe(401);
      expect(post.json().error.code).toBe("E_API_UNAUTHORIZED");
      const { key } = await createApiKey(store, "read", "reader");
      // The key count is cached briefly; a new server sees it at once.
      const { app: again } = await testServer(store);
      open.push(again);
      expect((await again.inject({ url: "/api/v1/events" })).statusCode).toBe(401);
      expect((await again.inject({ url: "/api/v1/events", headers: auth(key) })).statusCode).toBe(200);
    });

    it("needs a key for every request when bound to another address", async (ctx) => {
      const store = await emptyStore(backend);
      if (!store) return ctx.skip();
      const { app } = await testServer(store, { host: "0.0.0.0" });
      open.push(app);
      expect((await app.inject({ url: "/api/v1/events" })).statusCode).toBe(401);
      expect((await app.inject({ url: "/metrics" })).statusCode).toBe(401);
      // Health stays public for load balancers.
      expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
      const bad = await app.inject({ url: "/api/v1/events", headers: auth("sitrep_nope") });
      expect(bad.json().error.message).toContain("unknown or revoked");
      expect(
        (await app.inject({ url: "/api/v1/events", headers: { authorization: "Basic abc" } })).statusCode,
      ).toBe(401);
    });

    it("enforces write and admin scopes, and revocation", async (ctx) => {
      const store = await emptyStore(backend);
      if (!store) return ctx.skip();
      const read = await createApiKey(store, "read", null);
      const write = await createApiKey(store, "write", null);
      const admin = await createApiKey(store, "admin", null);
      const { app } = await testServer(store, { host: "0.0.0.0" });
      open.push(app);
      const rule = { name: "any", condition: { type: "any" } };
      const asRead = await app.inject({
        method: "POST",
        url: "/api/v1/alerts",
        headers: auth(read.key),
        payload: rule,
      });
      expect(asRead.statusCode).toBe(403);
      expect(asRead.json().error.code).toBe("E_API_FORBIDDEN");
      expect(
        (await app.inject({ method: "POST", url: "/api/v1/alerts", headers: auth(write.key), payload: rule }))
          .statusCode,
      ).toBe(201);
      expect((await app.inject({ url: "/api/v1/keys", headers: auth(write.key) })).statusCode).toBe(403);
      const made = await app.inject({
        method: "POST",
        url: "/api/v1/keys",
        headers: auth(admin.key),
        payload: { scope: "read" },
      });
      expect(made.statusCode).toBe(201);
      const listed = await app.inject({ url: "/api/v1/keys", headers: auth(admin.key) });
      expect(listed.body).not.toContain(made.json().key);
      expect(
        (await app.inject({ method: "DELETE", url: `/api/v1/keys/${read.id}`, headers: auth(admin.key) }))
          .statusCode,
      ).toBe(204);
      expect((await app.inject({ url: "/api/v1/events", headers: auth(read.key) })).statusCode).toBe(401);
      // Keys are stored hashed: the key itself is nowhere in the store.
      expect(JSON.stringify(await store.listApiKeys())).not.toContain(write.key);
    });

    it("limits the rate per key and per address", async (ctx) => {
      const store = await emptyStore(backend);
      if (!store) return ctx.skip();
      const a = await createApiKey(store, "read", null);
      const b = await createApiKey(store, "read", null);
      const { app } = await testServer(store, { rateLimit: { max: 3, timeWindowMs: 60_000 } });
      open.push(app);
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push((await app.inject({ url: "/api/v1/events", headers: auth(a.key) })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const limited = await app.inject({ url: "/api/v1/events", headers: auth(a.key) });
      expect(limited.json().error.code).toBe("E_API_RATE_LIMITED");
      expect(limited.headers["retry-after"]).toBeDefined();
      // Another key has its own budget.
      expect((await app.inject({ url: "/api/v1/events", headers: auth(b.key) })).statusCode).toBe(200);
    });

    it("refuses bodies over the limit with a coded 413", async (ctx) => {
      const store = await emptyStore(backend);
      if (!store) return ctx.skip();
      const w = await createApiKey(store, "write", null);
      const { app } = await testServer(store, { bodyLimit: 1000 });
      open.push(app);
      const r = await app.inject({
        method: "POST",
        url: "/api/v1/documents",
        headers: auth(w.key),
        payload: { text: "x".repeat(5000) },
      });
      expect(r.statusCode).toBe(413);
      expect(r.json().error.code).toBe("E_API_BODY_TOO_LARGE");
    });

    it("shares the rate limit of a key between two servers through Redis", async (ctx) => {
      const store = await emptyStore(backend);
      const redis = store ? await redisReachable() : null;
      if (!store || !redis) return ctx.skip();
      // A prefix of this run's own, removed afterwards: the Redis server is shared.
      const prefix = `sitrep-test-${process.pid}-${Date.now().toString(36)}:`;
      open.push({
        close: async () => {
          const keys = await redis.keys(`${prefix}*`);
          if (keys.length) await redis.del(...keys);
          await redis.quit();
        },
      });
      const a = await createApiKey(store, "read", null);
      const limits = {
        rateLimit: { max: 3, timeWindowMs: 60_000, redisPrefix: prefix },
        redisUrl: REDIS_URL,
      };
      const one = await testServer(store, limits);
      open.push(one.app);
      const two = await testServer(store, limits);
      open.push(two.app);
      const codes = [];
      for (const app of [one.app, two.app, one.app, two.app])
        codes.push((await app.inject({ url: "/api/v1/events", headers: auth(a.key) })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      // The counter is in Redis under this run's prefix, not in either process.
      expect((await redis.keys(`${prefix}*`)).length).toBeGreaterThan(0);
    });
  });
}

describe("API keys on the command line", () => {
  it("creates, lists and revokes keys on the command line, showing the key once", async () => {
    const { store, path } = await freshStore();
    await store.close();
    open.pop();
    const made = await runCli(["keys", "create", "--scope", "write", "--label", "ci", "--db", path]);
    expect(made.status).toBe(0);
    const { id, key, scope } = JSON.parse(made.stdout);
    expect(scope).toBe("write");
    expect(key).toMatch(/^sitrep_/);
    const listed = await runCli(["keys", "list", "--db", path]);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain(key);
    expect((await runCli(["keys", "create", "--scope", "root", "--db", path])).status).toBe(2);
    expect((await runCli(["keys", "revoke", id, "--db", path])).status).toBe(0);
  });
});
