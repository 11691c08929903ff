// Politeness against a local server: robots.txt read once and obeyed, one host never flooded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPoliteFetcher } from "../../src/sources/polite-fetcher.ts";
import { type FixtureServer, startFixtureServer } from "../helpers/fixture-server.ts";

let server: FixtureServer;
let serverActive = 0;
let serverMaxActive = 0;
beforeAll(async () => {
  server = await startFixtureServer();
  server.routes.set("/robots.txt", (_req, res) =>
    res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n"),
  );
  for (let i = 0; i < 6; i++)
    server.routes.set(`/p${i}`, (_req, res) => {
      serverActive++;
      serverMaxActive = Math.max(serverMaxActive, serverActive);
      setTimeout(() => {
        serverActive--;
        res.writeHead(200, { "content-type": "text/html" }).end(`<p>${i}</p>`);
      }, 30);
    });
  server.routes.set("/private/x", (_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("x"),
  );
});
afterAll(() => server.close());

describe("polite fetcher", () => {
  it("honours robots.txt (fetched once), names itself with the contact, and limits per-host concurrency", async () => {
    const fetcher = createPoliteFetcher({ contact: "mailto:desk@example.org", perHost: 2, minDelayMs: 0 });
    const tracked = (path: string) =>
      fetcher(`${server.origin}${path}`, { kind: "page", allowPrivate: true });
    const pages = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => tracked(`/p${i}`)));
    expect(pages.map((p) => p.body.toString())).toEqual([0, 1, 2, 3, 4, 5].map((i) => `<p>${i}</p>`));
    await expect(
      fetcher(`${server.origin}/private/x`, { kind: "page", allowPrivate: true }),
    ).rejects.toMatchObject({
      code: "E_ROBOTS_DISALLOWED",
    });
    expect(server.count("/robots.txt")).toBe(1);
    expect(server.count("/private/x")).toBe(0);
    expect(server.hits.find((h) => h.path === "/p0")!.headers["user-agent"]).toBe(
      "Sitrep/0.1 (+mailto:desk@example.org)",
    );
    // Requests overlapping at the server: two at a time, never more.
    expect(serverMaxActive).toBe(2);
  });

  it("spaces requests to one host by the minimum delay", async () => {
    const fetcher = createPoliteFetcher({ perHost: 2, minDelayMs: 150 });
    const started = Date.now();
    await Promise.all(
      [0, 1, 2].map((i) => fetcher(`${server.origin}/p${i}`, { kind: "page", allowPrivate: true })),
    );
    // robots.txt, then three pages: three gaps of 150 ms at least.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 150 - 20);
  });
});
