// A PostgreSQL store and a raw client on one fresh database for a test file: the store writes, the
// client reads what PostgreSQL itself says (indexes, row versions, trigger results). Registers its
// own beforeAll/afterAll; `db` stays null (and tests skip) when the server is unreachable outside CI.
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { openStore, type Store } from "../../src/store/index.ts";
import { createTestDatabase, type TestDatabase } from "./postgres.ts";

export interface PostgresStoreFixture {
  db: TestDatabase | null;
  store: Store;
  client: pg.Client;
}

export function postgresStoreWithClient(): PostgresStoreFixture {
  const fixture = { db: null } as PostgresStoreFixture;
  beforeAll(async () => {
    fixture.db = await createTestDatabase();
    if (!fixture.db) return;
    fixture.store = await openStore({ dbPath: "", databaseUrl: fixture.db.url });
    fixture.client = new pg.Client({ connectionString: fixture.db.url });
    await fixture.client.connect();
  });
  afterAll(async () => {
    if (!fixture.db) return;
    await fixture.client.end();
    await fixture.store.close();
    await fixture.db.drop();
  });
  return fixture;
}
