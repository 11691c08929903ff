// Migration 009: fingerprints of documents stored before the SimHash changed family are
// recomputed, so a near-duplicate arriving later finds them as candidates (same bands) instead of
// being compared with a fingerprint of another hash and opening a cluster of its own.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { chooseCluster, simhash64 } from "../../src/dedup/index.ts";
import { openStore } from "../../src/store/index.ts";
import { migrationsFor } from "../../src/store/migrations.ts";
import { connectPostgres } from "../../src/store/postgres/connect-postgres.ts";
import { createTestDatabase } from "../helpers/postgres.ts";

const STORY =
  "Troops from both countries began a joint exercise near the border on Monday, officials said. " +
  "The drills involve armoured units and aircraft and are expected to last ten days. " +
  "Diplomats from the two capitals described the exercise as routine and not aimed at any neighbour.";

describe("migration 009 on a store whose fingerprints came from the old hash", () => {
  it("recomputes each document's SimHash and bands from its stored text", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sitrep-mig009-")), "old.db");
    const raw = new Database(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const all = migrationsFor("sqlite");
    const upTo008 = Object.fromEntries(Object.entries(all).filter(([name]) => name < "009"));
    const migrator = new Migrator({ db, provider: { getMigrations: async () => upTo008 } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    // Two documents with fingerprints of another hash family (and one whose JSON holds no text).
    const insert = raw.prepare(
      `insert into documents (doc_key, input_id, content_hash, url, source, title, published_at, lang, simhash,
        cluster_key, article_json, annotations_json, dictionary_version, ingested_at)
       values (?, ?, ?, null, null, 't', null, 'en', ?, ?, ?, '{}', null, '2020-01-01T00:00:00Z')`,
    );
    insert.run("d-old", "old", "h-old", "ffffffffffffffff", "c-old", JSON.stringify({ text: STORY }));
    insert.run("d-empty", "empty", "h-empty", "0f0f0f0f0f0f0f0f", "c-empty", "{}");
    const band = raw.prepare("insert into document_bands (band, doc_key) values (?, ?)");
    for (let i = 0; i < 8; i++) band.run(`${i}:ff`, "d-old");
    await db.destroy();
    raw.close();

    const store = await openStore({ dbPath: file, databaseUrl: null });
    try {
      await store.migrate();
      // A copy in capitals (another content hash, the same words): before the migration its
      // fingerprint lay at a random distance from the stored one; now it joins the old cluster.
      const copy = STORY.toUpperCase();
      const candidates = await store.nearDuplicateCandidates(simhash64(copy));
      const old = candidates.find((c) => c.docKey === "d-old");
      expect(old?.simhash).toBe(simhash64(STORY));
      expect(chooseCluster(simhash64(copy), candidates)).toBe("c-old");
    } finally {
      await store.close();
    }
    const check = new Database(file, { readonly: true });
    const bands = check
      .prepare("select band from document_bands where doc_key = ? order by band")
      .all("d-old");
    expect(bands).toHaveLength(8);
    expect((bands as { band: string }[]).some((b) => b.band.endsWith(":ff"))).toBe(
      simhash64(STORY).includes("ff"),
    );
    const empty = check.prepare("select simhash from documents where doc_key = 'd-empty'").get() as {
      simhash: string;
    };
    expect(empty.simhash).toBe(simhash64(""));
    check.close();
  });
});

describe("migration 009 on PostgreSQL", () => {
  it("recomputes the fingerprints of documents stored with the old hash", { timeout: 60_000 }, async () => {
    const db = await createTestDatabase();
    if (!db) return;
    // Migrated up to 008 (as a store made before 009), then a document as the old hash left it;
    // opening the store runs 009 and every later migration.
    const kysely = connectPostgres(db.url);
    const all = migrationsFor("postgres");
    const upTo008 = Object.fromEntries(Object.entries(all).filter(([name]) => name < "009"));
    const migrator = new Migrator({ db: kysely, provider: { getMigrations: async () => upTo008 } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await kysely.destroy();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(
        `insert into documents (doc_key, input_id, content_hash, url, source, title, published_at, lang, simhash,
          cluster_key, article_json, annotations_json, dictionary_version, ingested_at)
         values ('d-old', 'old', 'h-old', null, null, 't', null, 'en', 'ffffffffffffffff', 'c-old', $1, '{}',
          null, '2020-01-01T00:00:00Z')`,
        [JSON.stringify({ text: STORY })],
      );
      for (let i = 0; i < 8; i++)
        await client.query("insert into document_bands (band, doc_key) values ($1, 'd-old')", [`${i}:ff`]);
    } finally {
      await client.end();
    }
    const store = await openStore({ dbPath: "", databaseUrl: db.url });
    try {
      const copy = STORY.toUpperCase();
      const candidates = await store.nearDuplicateCandidates(simhash64(copy));
      expect(candidates.find((c) => c.docKey === "d-old")?.simhash).toBe(simhash64(STORY));
      expect(chooseCluster(simhash64(copy), candidates)).toBe("c-old");
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
