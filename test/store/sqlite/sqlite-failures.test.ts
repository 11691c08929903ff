import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { simhash64 } from "../../../src/dedup/index.ts";
import { openStore } from "../../../src/store/index.ts";
import { makeEvent } from "../../helpers/event-factory.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-sqlite-"));

describe("SQLite store failures", () => {
  it("refuses a file that is not a database with E_DB_CORRUPT and leaves it untouched", async () => {
    const path = join(dir, "not-a-db.db");
    const junk = "this is a text file, not SQLite ".repeat(200);
    writeFileSync(path, junk);
    await expect(openStore({ dbPath: path, databaseUrl: null })).rejects.toMatchObject({
      code: "E_DB_CORRUPT",
    });
    expect(readFileSync(path, "utf8")).toBe(junk);
  });

  it("reports a database locked by another process as E_DB_LOCKED and loses nothing", async () => {
    const path = join(dir, "locked.db");
    const store = await openStore({ dbPath: path, databaseUrl: null }, { busyTimeoutMs: 200 });
    const other = new BetterSqlite3(path);
    other.prepare("BEGIN EXCLUSIVE").run();
    const text = "Japan and the Philippines signed a reciprocal access agreement in Manila.";
    const rec = {
      inputId: "locked-1",
      contentHash: "locked-hash",
      url: null,
      source: null,
      title: null,
      publishedAt: "2024-07-08T00:00:00Z",
      lang: "en",
      simhash: simhash64(text),
      clusterKey: null,
      article: { text },
      annotations: {},
      events: [makeEvent({ code: "057", src: "JPNGOV", tgt: "PHLGOV" })],
      dictionaryVersion: "t",
      actors: [],
      places: [],
    };
    await expect(store.saveDocument(rec)).rejects.toMatchObject({ code: "E_DB_LOCKED" });
    other.prepare("ROLLBACK").run();
    other.close();
    // Once the lock is gone the same document goes in, exactly once.
    expect((await store.saveDocument(rec)).inserted).toBe(true);
    expect((await store.saveDocument(rec)).inserted).toBe(false);
    expect((await store.counts()).events).toBe(1);
    await store.close();
  });
});
