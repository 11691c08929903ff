// Keys, scopes and limits: open reads on loopback until a key exists, a key for everything
// elsewhere, write and admin scopes, rate limits per key, body limits and the CLI's key commands.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/serve/api-keys.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { testServer } from "./serve-fixture.ts";

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

const auth = (key: string) => ({ authorization: `Bearer ${key}` });

describe("API keys and scopes", () => {
  it("opens reads on loopback until a key exists, never writes", async () => {
    const { store } = await freshStore();
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

  it("needs a key for every request when bound to another address", async () => {
    const { store } = await freshStore();
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

  it("enforces write and admin scopes, and revocation", async () => {
    const { store } = await freshStore();
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

  it("limits the rate per key and per address", async () => {
    const { store } = await freshStore();
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

  it("refuses bodies over the limit with a coded 413", async () => {
    const { store } = await freshStore();
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
