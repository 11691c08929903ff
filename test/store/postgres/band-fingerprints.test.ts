// Migration 022: every band row carries its document's SimHash bits, written with new documents and
// filled in for documents stored before, so a save's lookup drops far band matches while reading
// the bands (src/store/document-lookup.ts). A band row without bits (an older writer's) still
// reaches the same test on its document's SimHash. Skipped with a reason when PostgreSQL is
// unreachable outside CI.
import { Migrator } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCluster } from "../../../src/dedup/index.ts";
import { bands } from "../../../src/store/document-writes.ts";
import { openStore, type Store } from "../../../src/store/index.ts";
import { migrationsFor } from "../../../src/store/migrations.ts";
import { simhashBits } from "../../../src/store/postgres/band-fingerprints.ts";
import { connectPostgres } from "../../../src/store/postgres/connect-postgres.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/postgres.ts";
import { documentRecord } from "../../helpers/random-events.ts";

const OLD = "f123456789abcdef"; // stored before migration 022; its top bit set (a negative bigint)
const NEAR = "f123456789abcdee"; // 1 bit from OLD, saved after the migration
const FAR = "f1dcba9876543210"; // shares OLD's first band only

/** band -> bits of a document's band rows, as PostgreSQL holds them. */
async function bandBits(client: pg.Client, docKey: string): Promise<Map<string, string | null>> {
  const r = await client.query<{ band: string; bits: string | null }>(
    "select band, simhash_bits::text as bits from document_bands where doc_key = $1",
    [docKey],
  );
  return new Map(r.rows.map((row) => [row.band, row.bits]));
}

describe("migration 022: SimHash bits on band rows", () => {
  let db: TestDatabase | null = null;
  let client: pg.Client;
  let store: Store;

  beforeAll(async () => {
    db = await createTestDatabase();
    if (!db) return;
    // A store made before 022 holding one document with its eight bands; opening it runs 022.
    const kysely = connectPostgres(db.url);
    const before = Object.fromEntries(Object.entries(migrationsFor("postgres")).filter(([n]) => n < "022"));
    const migrator = new Migrator({ db: kysely, provider: { getMigrations: async () => before } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await kysely.destroy();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(
      `insert into documents (doc_key, input_id, content_hash, url, source, title, published_at, lang, simhash,
        cluster_key, article_json, annotations_json, dictionary_version, ingested_at)
       values ('d-old', 'old', 'h-old', null, null, 't', null, 'en', $1, 'c-old', '{}', '{}', null,
        '2020-01-01T00:00:00Z')`,
      [OLD],
    );
    for (const band of bands(OLD))
      await client.query("insert into document_bands (band, doc_key) values ($1, 'd-old')", [band]);
    store = await openStore({ dbPath: "", databaseUrl: db.url });
    await store.migrate();
  }, 60_000);

  afterAll(async () => {
    if (!db) return;
    await store.close();
    await client.end();
    await db.drop();
  });

  it("fills the bits of bands stored before, as the signed 64-bit reading of the SimHash", async (t) => {
    if (!db) return t.skip();
    expect(simhashBits(OLD)).toBe((BigInt(`0x${OLD}`) - 2n ** 64n).toString());
    const old = await bandBits(client, "d-old");
    expect([...old.keys()].sort()).toEqual(bands(OLD).sort());
    expect(new Set(old.values())).toEqual(new Set([simhashBits(OLD)]));
  });

  it("keeps the bits in the bands' key index, so band matches are read from the index", async (t) => {
    if (!db) return t.skip();
    const r = await client.query<{ def: string }>(
      "select pg_get_indexdef('document_bands_pk'::regclass) as def",
    );
    expect(r.rows[0]!.def).toMatch(/\(band, doc_key\) INCLUDE \(simhash_bits\)/);
  });

  it("writes the bits with a new document's bands, and the save's lookup still finds its near copy", async (t) => {
    if (!db) return t.skip();
    await store.saveDocument({
      ...documentRecord([], "https://news.example/b/far", "the far story"),
      simhash: FAR,
    });
    const given: string[] = [];
    const saved = await store.saveDocument({
      ...documentRecord([], "https://news.example/b/near", "the near story"),
      simhash: NEAR,
      clusterOf: (candidates) => {
        given.push(...candidates.map((c) => c.simhash));
        return chooseCluster(NEAR, candidates);
      },
    });
    expect(given).toEqual([OLD]);
    expect(saved.clusterKey).toBe("c-old");
    const near = await bandBits(client, saved.docKey);
    expect(new Set(near.values())).toEqual(new Set([simhashBits(NEAR)]));
  });

  it("sends a near document whose band rows came without bits (an older writer's)", async (t) => {
    if (!db) return t.skip();
    await client.query("update document_bands set simhash_bits = null where doc_key = 'd-old'");
    const given: string[] = [];
    await store.saveDocument({
      ...documentRecord([], "https://news.example/b/again", "the story again"),
      simhash: NEAR,
      clusterOf: (candidates) => {
        given.push(...candidates.map((c) => c.simhash));
        return chooseCluster(NEAR, candidates);
      },
    });
    expect(given).toContain(OLD);
    expect(given).not.toContain(FAR);
  });
});
