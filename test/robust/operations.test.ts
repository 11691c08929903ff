// Issue 11, item 6: operations a user or a script meets around the store and the command line —
// a closed pipe, a read-only folder, a full disk, a missing database or folder, two ingests of one
// document at once, an empty page.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import { simhash64 } from "../../src/dedup/index.ts";
import { toSitrepError } from "../../src/errors.ts";
import { ingestInto } from "../../src/pipeline.ts";
import { type DocumentRecord, openStore } from "../../src/store/index.ts";
import { mapPostgresError } from "../../src/store/postgres/connect-postgres.ts";
import { mapSqliteError } from "../../src/store/sqlite/connect-sqlite.ts";
import type { CodedEvent, RawDoc } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { ROOT, runCli } from "../helpers/run-cli.ts";

const BIN = join(ROOT, "bin", "sitrep.js");
const tmp = mkdtempSync(join(tmpdir(), "sitrep-ops-"));

let counter = 0;
function record(events: CodedEvent[], over: Partial<DocumentRecord> = {}): DocumentRecord {
  counter++;
  const text = `Story number ${counter} about talks between Pakistan and China in Beijing.`;
  return {
    inputId: `doc-${counter}`,
    contentHash: `hash-${counter}`,
    url: `https://example.org/story-${counter}`,
    source: "Example Times",
    title: text,
    publishedAt: "2020-06-16T15:29:00Z",
    lang: "en",
    simhash: simhash64(text),
    clusterKey: null,
    article: { text },
    annotations: { sentences: [] },
    events,
    dictionaryVersion: "test-1",
    actors: [{ code: "PAKMIL", name: "Pakistan army" }],
    places: [{ name: "Beijing", country: "CHN", lat: 39.9075, lon: 116.39723 }],
    ...over,
  };
}

/** A SQLite store holding `documents` documents of `eventsEach` distinct events. */
async function filledStore(path: string, documents: number, eventsEach: number): Promise<void> {
  const store = await openStore({ dbPath: path, databaseUrl: null });
  for (let d = 0; d < documents; d++) {
    const events = Array.from({ length: eventsEach }, (_, i) =>
      makeEvent({
        eventId: `e${d}-${i}`,
        docId: `doc-${d}`,
        date: `2021-0${1 + (i % 9)}-1${d % 10}`,
        code: i % 2 ? "190" : "040",
        src: `S${d}${i}`,
      }),
    );
    await store.saveDocument(record(events));
  }
  await store.close();
}

function runBinUntilFirstLine(
  args: string[],
): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stderr = "";
    let first = "";
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.stdout.once("data", (c: Buffer) => {
      first = c.toString().split("\n")[0]!;
      // What `| head -1` does: read one line, then close the pipe while the writer goes on.
      child.stdout.destroy();
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stderr, first }));
  });
}

describe("operations", () => {
  afterAll(() => {
    try {
      chmodSync(join(tmp, "readonly"), 0o755);
    } catch {}
  });

  it("export into a pipe closed after one line exits quietly, without an EPIPE crash", {
    timeout: 120_000,
  }, async () => {
    const db = join(tmp, "pipe.db");
    await filledStore(db, 30, 100);
    const r = await runBinUntilFirstLine(["export", "--db", db, "--format", "csv"]);
    expect(r.first.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|E_INTERNAL|Error/);
    expect(r.code).toBe(0);
  });

  it("queries a database in a read-only folder", { timeout: 60_000 }, async () => {
    const dir = join(tmp, "readonly");
    mkdirSync(dir);
    const db = join(dir, "events.db");
    await filledStore(db, 2, 3);
    // The closed file is self-contained (rollback journal, header bytes 18–19 = 1, not 2 for WAL):
    // SQLite need not create a -shm file beside it to read it.
    expect([...readFileSync(db).subarray(18, 20)]).toEqual([1, 1]);
    chmodSync(dir, 0o555);
    const isRoot = process.getuid?.() === 0;
    const r = await runCli(["query", "events", "--db", db]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).length ?? JSON.parse(r.stdout).events.length).toBeGreaterThan(0);
    // root ignores folder permissions; the file must then still be opened without a write.
    if (!isRoot) expect(existsSync(`${db}-shm`)).toBe(false);
    chmodSync(dir, 0o755);
  });

  it("reports a query on a missing database as E_DB_MISSING and creates nothing", async () => {
    const db = join(tmp, "never-made.db");
    const r = await runCli(["query", "events", "--db", db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/E_DB_MISSING/);
    expect(existsSync(db)).toBe(false);
    const exported = await runCli(["export", "--db", db]);
    expect(exported.stderr).toMatch(/E_DB_MISSING/);
    expect(existsSync(db)).toBe(false);
  });

  it("refuses a --db in a folder that does not exist instead of creating folders", async () => {
    const db = join(tmp, "no", "such", "dir", "x.db");
    const r = await runCli([
      "ingest",
      "--db",
      db,
      join(ROOT, "data", "demo", "01-china-pakistan-military-talks.txt"),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/E_DB_DIR_MISSING/);
    expect(existsSync(join(tmp, "no"))).toBe(false);
  });

  it("maps a full disk to E_DISK_FULL on both backends", async () => {
    // A real SQLITE_FULL: the database may not grow past its page limit.
    const path = join(tmp, "full.db");
    const conn = new BetterSqlite3(path);
    conn.exec("create table t (x blob)");
    conn.pragma("max_page_count = 8");
    let thrown: unknown = null;
    try {
      for (let i = 0; i < 100; i++) conn.prepare("insert into t values (?)").run(Buffer.alloc(4096));
    } catch (error) {
      thrown = error;
    }
    conn.close();
    expect((thrown as { code?: string }).code).toBe("SQLITE_FULL");
    expect(mapSqliteError(thrown).code).toBe("E_DISK_FULL");
    expect(mapPostgresError(Object.assign(new Error("could not extend file"), { code: "53100" })).code).toBe(
      "E_DISK_FULL",
    );
    const enospc = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    expect(toSitrepError(enospc).code).toBe("E_DISK_FULL");
    expect(mapSqliteError(enospc).code).toBe("E_DISK_FULL");
  });

  it("does not store an empty HTML page as a document", { timeout: 120_000 }, async () => {
    const dir = join(tmp, "empty-page");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "empty.html"),
      "<!doctype html><html><head><title></title></head><body></body></html>",
    );
    const db = join(tmp, "empty.db");
    const r = await runCli(["ingest", "--db", db, dir]);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ stored: 0, failed: 1 });
    expect(r.stderr).toMatch(/E_DOC_EMPTY/);
  });
});

describe("two PostgreSQL ingests of the same documents at once", () => {
  it("store each document once and skip it in the other run, without a duplicate-key error", {
    timeout: 240_000,
  }, async () => {
    const database = await createTestDatabase();
    if (!database) return;
    try {
      const config = { dbPath: "", databaseUrl: database.url };
      const [a, b] = [await openStore(config), await openStore(config)];
      // The store alone, many times, so the check-then-insert race really happens.
      for (let i = 0; i < 20; i++) {
        const rec = record([makeEvent({ eventId: `race-${i}` })]);
        const results = await Promise.all([a.saveDocument(rec), b.saveDocument(rec)]);
        expect(results.filter((r) => r.inserted)).toHaveLength(1);
      }
      // The whole ingest, twice at once over the same three documents.
      const ctx = createContext();
      const docs: RawDoc[] = [
        "01-china-pakistan-military-talks.txt",
        "03-russia-strikes-kyiv-energy.txt",
        "06-india-pakistan-loc-firing.txt",
      ].map((name) => ({
        kind: "raw",
        id: name,
        input: name,
        type: "text",
        content: readFileSync(join(ROOT, "data", "demo", name)),
      }));
      async function* inputs() {
        yield* docs;
      }
      const failures: string[] = [];
      const onProgress = (p: { outcome: string; detail?: string }) => {
        if (p.outcome === "failed") failures.push(p.detail ?? "");
      };
      const [first, second] = await Promise.all([
        ingestInto(a, inputs(), ctx, onProgress),
        ingestInto(b, inputs(), ctx, onProgress),
      ]);
      expect(failures).toEqual([]);
      expect(first.stored + second.stored).toBe(3);
      expect(first.skipped + second.skipped).toBe(3);
      expect((await a.counts()).documents).toBe(23);
      await a.close();
      await b.close();
    } finally {
      await database.drop();
    }
  });
});
