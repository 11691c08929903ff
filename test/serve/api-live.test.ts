// The live side over a real listening server, on SQLite and PostgreSQL: the SSE stream (filtered,
// resumed with Last-Event-ID without gaps), a document posted through the API reaching a stream
// client, and alert rules firing once each to the stream and to a signed webhook on 127.0.0.1.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/serve/api-keys.ts";
import type { SitrepServer } from "../../src/serve/server.ts";
import type { Store } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith, testBackends, testServer } from "./serve-fixture.ts";
import { connectSse } from "./sse-client.ts";

interface Received {
  readonly body: string;
  readonly signature: string;
}

/** A webhook receiver on 127.0.0.1 that fails its first request (to exercise the retry). */
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  let first = true;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      if (first) {
        first = false;
        res.statusCode = 503;
        return res.end();
      }
      received.push({ body, signature: String(req.headers["x-sitrep-signature"]) });
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

for (const backend of testBackends()) {
  describe(`HTTP API live stream and alerts: ${backend.name}`, () => {
    let store: Store | null = null;
    let server: SitrepServer;
    let base = "";
    let writeKey = "";
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      writeKey = (await createApiKey(store, "write", "test")).key;
      server = await testServer(store);
      base = await server.app.listen({ port: 0, host: "127.0.0.1" });
    });
    afterAll(async () => {
      await server?.app.close();
      await store?.close();
      await backend.cleanup();
    });
    const live = (name: string, fn: () => Promise<void>, timeout = 30_000) =>
      it(
        name,
        async (ctx) => {
          if (!store) ctx.skip();
          await fn();
        },
        timeout,
      );
    const auth = () => ({ authorization: `Bearer ${writeKey}` });

    live("streams stored events that match the filter and resumes from Last-Event-ID", async () => {
      const client = await connectSse(`${base}/api/v1/stream?actor=IRN`, auth());
      expect(client.status).toBe(200);
      for (let i = 0; i < 3; i++) {
        await store!.saveDocument(
          docWith([
            makeEvent({
              date: "2024-05-0" + (i + 1),
              src: "IRNGOV",
              tgt: "ISR",
              code: "112",
              eventId: `i${i}`,
            }),
          ]),
        );
        await store!.saveDocument(
          docWith([
            makeEvent({
              date: "2024-05-0" + (i + 1),
              src: "FRAGOV",
              tgt: "DEU",
              code: "040",
              eventId: `f${i}`,
            }),
          ]),
        );
      }
      await client.waitFor(() => client.messages.filter((m) => m.event === "event").length >= 3);
      client.close();
      const events = client.messages.filter((m) => m.event === "event");
      expect(events.map((m) => JSON.parse(m.data).sourceCode)).toEqual(["IRNGOV", "IRNGOV", "IRNGOV"]);
      const ids = events.map((m) => Number(m.id));
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);

      // Two more while disconnected: a client resuming after the first event gets the rest, once each.
      for (let i = 3; i < 5; i++)
        await store!.saveDocument(
          docWith([
            makeEvent({
              date: "2024-05-0" + (i + 1),
              src: "IRNGOV",
              tgt: "ISR",
              code: "112",
              eventId: `i${i}`,
            }),
          ]),
        );
      const resumed = await connectSse(`${base}/api/v1/stream?actor=IRN`, {
        ...auth(),
        "last-event-id": String(ids[0]),
      });
      await resumed.waitFor(() => resumed.messages.filter((m) => m.event === "event").length >= 4);
      await new Promise((r) => setTimeout(r, 300));
      resumed.close();
      const again = resumed.messages.filter((m) => m.event === "event");
      expect(again.map((m) => m.id)).toEqual([...new Set(again.map((m) => m.id))]);
      expect(again).toHaveLength(4);
      expect(Number(again[0]!.id)).toBe(ids[1]);
    });

    live("delivers a document posted through the API to a stream client", async () => {
      const client = await connectSse(`${base}/api/v1/stream?access_token=${writeKey}`);
      const posted = await fetch(`${base}/api/v1/documents`, {
        method: "POST",
        headers: { ...auth(), "content-type": "application/json" },
        body: JSON.stringify({
          text: "MOSCOW, March 3 (Reuters) - Russia expelled two British diplomats on Tuesday, the foreign ministry said.",
          url: "https://wire.example.com/russia-expels",
          date: "2024-03-03",
        }),
      });
      expect(posted.status).toBe(201);
      const reply = (await posted.json()) as {
        documents: { outcome: string; docKey: string; events: { eventKey: string }[] }[];
      };
      expect(reply.documents[0]!.outcome).toBe("stored");
      expect(reply.documents[0]!.events.length).toBeGreaterThan(0);
      const keys = reply.documents[0]!.events.map((e) => e.eventKey);
      const m = await client.waitFor(
        (x) => x.event === "event" && keys.includes(JSON.parse(x.data).eventKey),
        10_000,
      );
      expect(JSON.parse(m.data).docKey).toBe(reply.documents[0]!.docKey);
      client.close();

      // The stored document reads back with one object a token (the store keeps them packed).
      const detail = await fetch(`${base}/api/v1/documents/${reply.documents[0]!.docKey}`, {
        headers: auth(),
      });
      const doc = (await detail.json()) as {
        annotations: {
          sentences: { tokens: { text: string; pos: string; start: number }[] }[];
          mentions: { text: string; code: string | null; start: number }[];
          packedMentions?: unknown;
        };
      };
      const firstTokens = doc.annotations.sentences[0]!.tokens;
      expect(firstTokens.map((t) => t.text).slice(0, 2)).toEqual(["MOSCOW", ","]);
      expect(firstTokens.find((t) => t.text === "expelled")?.pos).toBe("VERB");
      // ... and one object a mention, with its text (the store keeps mentions packed too).
      expect(doc.annotations.packedMentions).toBeUndefined();
      const russia = doc.annotations.mentions.find((m) => m.text === "Russia");
      expect(russia?.code).toBe("RUS");

      // The same body again is skipped, and JSON Lines bodies carry several documents with a bad line.
      const lines = [
        JSON.stringify({
          id: "a",
          text: "Protesters marched in Nairobi on Friday against new taxes, police said.",
        }),
        "{not json",
      ].join("\n");
      const batch = await fetch(`${base}/api/v1/documents`, {
        method: "POST",
        headers: { ...auth(), "content-type": "application/x-ndjson" },
        body: lines,
      });
      const b = (await batch.json()) as {
        documents: { id: string; outcome: string; error: { code: string } | null }[];
      };
      expect(b.documents.map((d) => d.outcome)).toEqual(["stored", "failed"]);
      expect(b.documents[1]!.error!.code).toBe("E_JSONL_PARSE");
      const bad = await fetch(`${base}/api/v1/documents`, {
        method: "POST",
        headers: { ...auth(), "content-type": "application/json" },
        body: JSON.stringify({ url: "https://x.example" }),
      });
      expect(bad.status).toBe(400);
    });

    live("fires alert rules once each, to the stream and to a signed webhook with retries", async () => {
      const receiver = await startReceiver();
      try {
        const created = await fetch(`${base}/api/v1/alerts`, {
          method: "POST",
          headers: { ...auth(), "content-type": "application/json" },
          body: JSON.stringify({
            name: "Protests in Chile",
            filter: { plover: "ASSAULT", actor: "CHL" },
            condition: { type: "any" },
            webhook: { url: receiver.url },
          }),
        });
        expect(created.status).toBe(201);
        const rule = (await created.json()) as { id: string; webhookSecret: string };
        expect(rule.webhookSecret.length).toBeGreaterThanOrEqual(16);
        const client = await connectSse(`${base}/api/v1/stream`, auth());
        await store!.saveDocument(
          docWith([
            makeEvent({ date: "2024-06-01", src: "CHLCOP", tgt: "CHLCVL", code: "180", eventId: "c1" }),
          ]),
        );
        await store!.saveDocument(
          docWith([
            makeEvent({ date: "2024-06-01", src: "PERCOP", tgt: "PERCVL", code: "180", eventId: "p1" }),
          ]),
        );
        const alert = await client.waitFor((m) => m.event === "alert", 10_000);
        expect(JSON.parse(alert.data)).toMatchObject({ ruleId: rule.id, ruleName: "Protests in Chile" });
        await server.alerts!.check();
        await server.alerts!.idle();
        client.close();
        expect(receiver.received).toHaveLength(1);
        const { body, signature } = receiver.received[0]!;
        expect(signature).toBe(
          `sha256=${createHmac("sha256", rule.webhookSecret).update(body).digest("hex")}`,
        );
        expect(JSON.parse(body).detail.event.sourceCode).toBe("CHLCOP");
        // Checking again (as every API process does) fires nothing new.
        await server.alerts!.check();
        await server.alerts!.idle();
        const firings = await store!.listAlertFirings(rule.id, 10);
        expect(firings).toHaveLength(1);
        expect(firings[0]!.delivery).toBe("delivered:2");
        // A rule with an incomplete condition is refused with a coded error.
        const invalid = await fetch(`${base}/api/v1/alerts`, {
          method: "POST",
          headers: { ...auth(), "content-type": "application/json" },
          body: JSON.stringify({ name: "bad", condition: { type: "count" } }),
        });
        expect(invalid.status).toBe(400);
        expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe("E_ALERT_RULE");
        const del = await fetch(`${base}/api/v1/alerts/${rule.id}`, { method: "DELETE", headers: auth() });
        expect(del.status).toBe(204);
      } finally {
        receiver.server.close();
      }
    });
  });
}
