// The fetcher's guards against a local server: each hostile answer ends in its coded error.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeFetch } from "../../src/sources/safe-fetch.ts";
import { type FixtureServer, startFixtureServer } from "../helpers/fixture-server.ts";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const local = { allowPrivate: true } as const;

describe("safeFetch", () => {
  it("fetches a page, decompressing gzip, and answers 304 to a matching ETag", async () => {
    server.routes.set("/ok", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-encoding": "gzip",
        etag: '"v1"',
      });
      res.end(gzipSync("<html><body><p>hello</p></body></html>"));
    });
    const r = await safeFetch(`${server.origin}/ok`, { kind: "page", ...local });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain("hello");
    expect(r.headers.etag).toBe('"v1"');
    expect(server.hits.at(-1)!.headers["user-agent"]).toMatch(/^Sitrep\//);
    const again = await safeFetch(`${server.origin}/ok`, {
      kind: "page",
      ...local,
      headers: { "if-none-match": '"v1"' },
    });
    expect(again.status).toBe(304);
  });

  it("does not time out an answer that arrived while this process's event loop was blocked", async () => {
    server.routes.set("/prompt", (_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<p>on time</p>"),
    );
    // The loop is busy (a page being coded) for longer than the whole timeout just after the
    // request goes out; the answer waits in the socket, and the fetch must read it, not retry.
    setTimeout(() => {
      const until = Date.now() + 900;
      while (Date.now() < until);
    }, 5);
    const r = await safeFetch(`${server.origin}/prompt`, { kind: "page", ...local, totalTimeoutMs: 300 });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain("on time");
  });

  it("refuses loopback without allowPrivate, in every spelling, before connecting", async () => {
    const before = server.hits.length;
    const port = new URL(server.origin).port;
    for (const host of ["127.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]"]) {
      await expect(safeFetch(`http://${host}:${port}/ok`, { kind: "page" })).rejects.toMatchObject({
        code: "E_URL_PRIVATE",
      });
    }
    // A public-looking name that resolves to loopback: DNS answers are checked, all of them.
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
    await expect(safeFetch(`http://news.test:${port}/ok`, { kind: "page", resolve })).rejects.toMatchObject({
      code: "E_URL_PRIVATE",
    });
    expect(server.hits.length).toBe(before);
  });

  it("checks the address again on every redirect", async () => {
    const port = new URL(server.origin).port;
    server.routes.set("/to-private", (_req, res) =>
      res.writeHead(302, { location: `http://127.0.0.2:${port}/ok` }).end(),
    );
    // The policy lets only the fixture server's address through: the redirect target is refused.
    const policy = (ip: string) => (ip === "127.0.0.1" ? null : "not the fixture server");
    await expect(
      safeFetch(`${server.origin}/to-private`, { kind: "page", addressPolicy: policy }),
    ).rejects.toMatchObject({ code: "E_URL_PRIVATE" });
    server.routes.set("/to-file", (_req, res) =>
      res.writeHead(301, { location: "file:///etc/passwd" }).end(),
    );
    await expect(safeFetch(`${server.origin}/to-file`, { kind: "page", ...local })).rejects.toMatchObject({
      code: "E_URL_SCHEME",
    });
  });

  it("follows 5 redirects and refuses the 6th", async () => {
    for (let i = 0; i < 7; i++)
      server.routes.set(`/hop${i}`, (_req, res) => res.writeHead(302, { location: `/hop${i + 1}` }).end());
    server.routes.set("/hop5", (_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<p>end</p>"),
    );
    expect((await safeFetch(`${server.origin}/hop0`, { kind: "page", ...local })).url).toBe(
      `${server.origin}/hop5`,
    );
    server.routes.set("/loop", (_req, res) => res.writeHead(302, { location: "/loop" }).end());
    await expect(safeFetch(`${server.origin}/loop`, { kind: "page", ...local })).rejects.toMatchObject({
      code: "E_FETCH_REDIRECTS",
    });
    expect(server.count("/loop")).toBe(6);
  });

  it("caps the size: declared, streamed without end, and after decompression", async () => {
    server.routes.set("/declared", (_req, res) =>
      res.writeHead(200, { "content-type": "text/html", "content-length": String(2 ** 30) }).end(),
    );
    await expect(
      safeFetch(`${server.origin}/declared`, { kind: "page", ...local, maxBytes: 1 << 20 }),
    ).rejects.toMatchObject({ code: "E_FETCH_TOO_LARGE" });
    // An endless chunked body (a "1 GB" page): the fetcher stops at the cap, the server sees the close.
    let sent = 0;
    server.routes.set("/endless", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 97);
      const pump = () => {
        while (!res.destroyed && sent < 2 ** 30 && res.write(chunk)) sent += chunk.length;
        if (!res.destroyed && sent < 2 ** 30) res.once("drain", pump);
      };
      pump();
    });
    await expect(
      safeFetch(`${server.origin}/endless`, { kind: "page", ...local, maxBytes: 1 << 20 }),
    ).rejects.toMatchObject({ code: "E_FETCH_TOO_LARGE" });
    expect(sent).toBeLessThan(64 << 20);
    // 8 MB of zeros gzip to ~8 KB: small on the wire, over the cap once inflated.
    const bomb = gzipSync(Buffer.alloc(8 << 20));
    server.routes.set("/gzip-bomb", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" });
      res.end(bomb);
    });
    await expect(
      safeFetch(`${server.origin}/gzip-bomb`, { kind: "feed", ...local, maxBytes: 1 << 20 }),
    ).rejects.toMatchObject({ code: "E_FETCH_TOO_LARGE" });
  });

  it("times out a server that never answers, or drips its body", async () => {
    server.routes.set("/silent", () => {});
    await expect(
      safeFetch(`${server.origin}/silent`, { kind: "page", ...local, totalTimeoutMs: 300 }),
    ).rejects.toMatchObject({ code: "E_FETCH_TIMEOUT", retryable: true });
    server.routes.set("/drip", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write("x")), 50);
    });
    await expect(
      safeFetch(`${server.origin}/drip`, { kind: "page", ...local, totalTimeoutMs: 400 }),
    ).rejects.toMatchObject({ code: "E_FETCH_TIMEOUT" });
  });

  it("checks content types and reports HTTP errors with Retry-After", async () => {
    server.routes.set("/image", (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end("x"));
    await expect(safeFetch(`${server.origin}/image`, { kind: "page", ...local })).rejects.toMatchObject({
      code: "E_FETCH_CONTENT_TYPE",
    });
    server.routes.set("/busy", (_req, res) => res.writeHead(429, { "retry-after": "7" }).end());
    await expect(safeFetch(`${server.origin}/busy`, { kind: "page", ...local })).rejects.toMatchObject({
      code: "E_FETCH_HTTP",
      status: 429,
      retryable: true,
      retryAfterMs: 7000,
    });
    await expect(safeFetch(`${server.origin}/missing`, { kind: "page", ...local })).rejects.toMatchObject({
      code: "E_FETCH_HTTP",
      status: 404,
      retryable: false,
    });
    await expect(safeFetch("ftp://example.org/x", { kind: "page" })).rejects.toMatchObject({
      code: "E_URL_SCHEME",
    });
  });
});
