// `sitrep mcp` as an agent sees it: a real MCP client (the official SDK) starts the command over
// stdio, lists the tools and asks what happened between two countries, with evidence.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { ROOT } from "../helpers/run-cli.ts";
import { docWith } from "./serve-fixture.ts";

describe("sitrep mcp", () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), "sitrep-mcp-")), "m.db");
  let client: Client;
  beforeAll(async () => {
    const store = await openStore({ dbPath, databaseUrl: null });
    await store.saveDocument(
      docWith([
        makeEvent({
          date: "2024-02-10",
          src: "INDMIL",
          tgt: "PAKMIL",
          code: "190",
          evidence: "Indian troops fired on Pakistani posts.",
        }),
      ]),
    );
    await store.saveDocument(
      docWith([
        makeEvent({
          date: "2024-02-11",
          src: "PAKGOV",
          tgt: "INDGOV",
          code: "111",
          eventId: "e2",
          evidence: "Pakistan condemned India.",
        }),
      ]),
    );
    await store.saveDocument(
      docWith([makeEvent({ date: "2024-02-11", src: "CHNGOV", tgt: "USAGOV", code: "040", eventId: "e3" })]),
    );
    await store.close();
    client = new Client({ name: "sitrep-test", version: "1" });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [join(ROOT, "bin", "sitrep.js"), "mcp", "--db", dbPath],
        stderr: "pipe",
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await client?.close();
  });

  it("lists the query tools", async () => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    for (const n of [
      "search_events",
      "events_between",
      "get_event",
      "dyad_series",
      "top_dyads",
      "hotspots",
      "get_document",
    ])
      expect(names).toContain(n);
  });

  it("answers what happened between India and Pakistan, with evidence", async () => {
    const r = await client.callTool({
      name: "events_between",
      arguments: { a: "IND", b: "PAK", from: "2024-02-01", to: "2024-02-29" },
    });
    const events = (r.structuredContent as { events: { evidence: string; source: string }[] }).events;
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.evidence)).toEqual(
      expect.arrayContaining(["Indian troops fired on Pakistani posts.", "Pakistan condemned India."]),
    );
    const detail = await client.callTool({
      name: "get_event",
      arguments: { id: (r.structuredContent as { events: { id: string }[] }).events[0]!.id },
    });
    expect((detail.structuredContent as { reports: unknown[] }).reports).toHaveLength(1);
  });

  it("reports a bad filter as a tool error the agent can read", async () => {
    const r = await client.callTool({ name: "search_events", arguments: { from: "last week" } });
    expect(r.isError).toBe(true);
    expect(JSON.stringify(r.content)).toContain("E_QUERY_PARAM");
  });
});
