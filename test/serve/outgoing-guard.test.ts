// The SSRF guard of outgoing requests (alert webhooks): private, loopback, link-local, unique-local,
// multicast and unspecified addresses are refused unless private targets are allowed, IPv4-mapped
// IPv6 included, and so are non-http schemes; signatures are HMAC-SHA256 of the exact body.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { checkUrlScheme, isPrivateAddress } from "../../src/serve/address-guard.ts";
import { deliverWebhook, signBody } from "../../src/serve/webhook-delivery.ts";

describe("outgoing request guard", () => {
  it("classifies addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "224.0.0.1",
      "::1",
      "::",
      "fe80::1",
      "fd00::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "100.64.0.1",
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
      expect(isPrivateAddress(a), a).toBe(false);
    expect(() => checkUrlScheme("file:///etc/passwd")).toThrow(/only http and https/);
    expect(() => checkUrlScheme("gopher://x")).toThrow(/E_URL_PRIVATE|only http/);
  });

  it("refuses a webhook on a private address unless allowed, and signs the body", async () => {
    let hits = 0;
    const server = createServer((req, res) => {
      hits++;
      req.resume();
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    try {
      const o = { attempts: 2, backoffMs: 5, timeoutMs: 1000 };
      for (const url of [
        `http://127.0.0.1:${port}/`,
        `http://localhost:${port}/`,
        `http://[::ffff:127.0.0.1]:${port}/`,
      ]) {
        const refused = await deliverWebhook(url, "s".repeat(16), { a: 1 }, "d", {
          ...o,
          allowPrivate: false,
        });
        expect(refused.ok, url).toBe(false);
        expect(refused.error, url).toMatch(/E_URL_PRIVATE|private/);
      }
      expect(hits).toBe(0);
      const ok = await deliverWebhook(`http://127.0.0.1:${port}/`, "s".repeat(16), { a: 1 }, "d", {
        ...o,
        allowPrivate: true,
      });
      expect(ok).toMatchObject({ ok: true, attempts: 1 });
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
    expect(signBody("secret", '{"a":1}')).toBe(
      `sha256=${createHmac("sha256", "secret").update('{"a":1}').digest("hex")}`,
    );
  });
});
