// A save that leaves the cluster to the store (`clusterOf`) gets, on PostgreSQL, only the candidates
// within NEAR_DUPLICATE_BITS of its SimHash (src/store/document-lookup.ts): documents that merely
// share an 8-bit band are chance matches PostgreSQL no longer sends. The cluster chosen is the
// one chooseCluster picks from every band match, as on SQLite. Skipped with a reason when
// PostgreSQL is unreachable outside CI.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCluster, hammingDistance, NEAR_DUPLICATE_BITS } from "../../../src/dedup/index.ts";
import { openStore, type Store } from "../../../src/store/index.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/postgres.ts";
import { documentRecord } from "../../helpers/random-events.ts";

// Hand-made fingerprints: every stored one shares the first band ("01") with the new one.
const NEW = "0123456789abcdef";
const NEAR = "0123456789abcdee"; // 1 bit away
const EDGE = "0123456789ab3cce"; // NEAR_DUPLICATE_BITS away: still a near duplicate
const FAR = "01dcba9876543210"; // same first band, most other bits flipped

describe("near-duplicate candidates counted by PostgreSQL", () => {
  let db: TestDatabase | null = null;
  let pgStore: Store;
  let sqliteStore: Store;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    if (!db) return;
    pgStore = await openStore({ dbPath: "", databaseUrl: db.url });
    dir = mkdtempSync(join(tmpdir(), "sitrep-live-near-"));
    sqliteStore = await openStore({ dbPath: join(dir, "near.db"), databaseUrl: null });
  });

  afterAll(async () => {
    if (!db) return;
    await pgStore.close();
    await sqliteStore.close();
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  /** Stores the three fingerprints, then saves NEW; returns the candidates its save was given. */
  async function saveNew(store: Store) {
    const clusters = new Map<string, string>();
    for (const [name, simhash] of Object.entries({ FAR, EDGE, NEAR })) {
      const saved = await store.saveDocument({
        ...documentRecord([], `https://news.example/near/${name}`, `story ${name} of the talks`),
        simhash,
      });
      clusters.set(simhash, saved.clusterKey);
    }
    const given: string[] = [];
    const saved = await store.saveDocument({
      ...documentRecord([], "https://news.example/near/new", "the new story of the talks"),
      simhash: NEW,
      clusterOf: (candidates) => {
        given.push(...candidates.map((c) => c.simhash));
        return chooseCluster(NEW, candidates);
      },
    });
    return { given: given.sort(), cluster: saved.clusterKey, clusters };
  }

  it("sends only candidates within NEAR_DUPLICATE_BITS, and the same cluster is chosen", async (t) => {
    if (!db) return t.skip();
    expect(hammingDistance(NEW, EDGE)).toBe(NEAR_DUPLICATE_BITS);
    expect(hammingDistance(NEW, FAR)).toBeGreaterThan(NEAR_DUPLICATE_BITS);
    const onPostgres = await saveNew(pgStore);
    expect(onPostgres.given).toEqual([EDGE, NEAR].sort());
    expect(onPostgres.cluster).toBe(onPostgres.clusters.get(NEAR));
    // SQLite still hands over every band match; the choice is the same.
    const onSqlite = await saveNew(sqliteStore);
    expect(onSqlite.given).toContain(FAR);
    expect(onSqlite.cluster).toBe(onSqlite.clusters.get(NEAR));
  });
});
