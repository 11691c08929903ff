// A .warc.gz of news pages ingests like the pages themselves; other records are skipped and counted.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { emptyWarcCounts, readWarcDocuments } from "../../src/sources/index.ts";
import { runCli } from "../helpers/run-cli.ts";

const page = (i: number) =>
  `<!doctype html><html><head><title>Story ${i}</title><meta property="article:published_time" content="2021-03-0${i}T10:00:00Z"></head>` +
  `<body><article><h1>Story ${i}</h1><p>Kenya and Somalia held talks on trade number ${i} in Nairobi on Monday, officials said.</p>` +
  `<p>The ministers agreed to meet again next year to review progress on item ${i * 13}.</p></article></body></html>`;

async function record(
  type: string,
  url: string,
  body: string,
  httpHeaders?: Record<string, string>,
  status = "HTTP/1.1 200 OK",
  gzip = true,
) {
  const r = await WARCRecord.create(
    {
      url,
      date: "2021-03-01T10:00:00Z",
      type: type as "response",
      warcVersion: "WARC/1.1",
      ...(httpHeaders ? { httpHeaders, statusline: status } : {}),
      ...(type === "metadata" || type === "warcinfo"
        ? { warcHeaders: { "Content-Type": "application/warc-fields" } }
        : {}),
    },
    (async function* () {
      yield new TextEncoder().encode(body);
    })(),
  );
  return Buffer.from(await WARCSerializer.serialize(r, { gzip }));
}

async function buildWarc(dir: string): Promise<string> {
  const parts = [
    await record("warcinfo", "", "software: sitrep-test\r\n"),
    await record("request", "https://news.example/1", "", { Host: "news.example" }, "GET /1 HTTP/1.1"),
    await record("response", "https://news.example/1", page(1), {
      "Content-Type": "text/html; charset=utf-8",
    }),
    await record("metadata", "https://news.example/1", "outlink: https://news.example/2\r\n"),
    await record("response", "https://news.example/2", page(2), { "Content-Type": "text/html" }),
    await record("response", "https://news.example/logo.png", "PNG", { "Content-Type": "image/png" }),
    await record(
      "response",
      "https://news.example/gone",
      "gone",
      { "Content-Type": "text/html" },
      "HTTP/1.1 404 Not Found",
    ),
    await record("response", "https://news.example/3", page(3), { "Content-Type": "text/html" }),
  ];
  const path = join(dir, "crawl.warc.gz");
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

describe("WARC archives", () => {
  it("yields HTML responses as raw documents and counts what it skips", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-warc-"));
    const path = await buildWarc(dir);
    const counts = emptyWarcCounts();
    const docs = [];
    for await (const d of readWarcDocuments(path, counts, { maxBytes: 1 << 20 })) docs.push(d);
    expect(docs.map((d) => (d.kind === "raw" ? d.url : d.error.code))).toEqual([
      "https://news.example/1",
      "https://news.example/2",
      "https://news.example/3",
    ]);
    expect(counts).toEqual({
      records: 8,
      documents: 3,
      skipped: { warcinfo: 1, request: 1, metadata: 1, "non-html": 1, "http-status": 1 },
    });
  });

  it("`sitrep ingest x.warc.gz` stores the pages as `sitrep ingest` of the pages would", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-warc-"));
    const path = await buildWarc(dir);
    for (let i = 1; i <= 3; i++) writeFileSync(join(dir, `page${i}.html`), page(i));
    const fromWarc = await runCli(["ingest", "--db", join(dir, "warc.db"), path]);
    expect(fromWarc.status).toBe(0);
    const a = JSON.parse(fromWarc.stdout);
    expect(a.warc.skipped).toEqual({ warcinfo: 1, request: 1, metadata: 1, "non-html": 1, "http-status": 1 });
    const fromPages = await runCli([
      "ingest",
      "--db",
      join(dir, "pages.db"),
      ...[1, 2, 3].map((i) => join(dir, `page${i}.html`)),
    ]);
    const b = JSON.parse(fromPages.stdout);
    expect(a.stored).toBe(3);
    expect(a.events).toBeGreaterThan(0);
    expect({ stored: a.stored, events: a.events, totals: a.totals }).toEqual({
      stored: b.stored,
      events: b.events,
      totals: b.totals,
    });
  });

  it("ends a damaged archive with E_WARC_PARSE after the records before the damage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-warc-"));
    const good = await record(
      "response",
      "https://news.example/1",
      page(1),
      { "Content-Type": "text/html" },
      "HTTP/1.1 200 OK",
      false,
    );
    const path = join(dir, "bad.warc");
    writeFileSync(path, Buffer.concat([good, Buffer.from("this is not a WARC record\r\n\r\njunk")]));
    const docs = [];
    for await (const d of readWarcDocuments(path, emptyWarcCounts(), { maxBytes: 1 << 20 })) docs.push(d);
    expect(docs[0]!.kind).toBe("raw");
    expect(docs.at(-1)).toMatchObject({ kind: "failure", error: { code: "E_WARC_PARSE" } });
  });
});
