// The two store backends a contract-style test runs against: SQLite in a fresh temporary file and
// PostgreSQL in a fresh database (open() gives null, with the reason printed, when PostgreSQL is
// unreachable outside CI; createTestDatabase fails the run in CI).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../../src/store/index.ts";
import { createTestDatabase, type TestDatabase } from "./postgres.ts";

export interface StoreBackend {
  readonly name: "sqlite" | "postgres";
  open(): Promise<Store | null>;
  /** Drops what open() created (the PostgreSQL database); the SQLite file stays in the temp folder. */
  cleanup(): Promise<void>;
}

/** `tempPrefix` names the SQLite file's temporary folder, so a failing test's store can be found. */
export function storeBackends(tempPrefix: string): StoreBackend[] {
  let database: TestDatabase | null = null;
  return [
    {
      name: "sqlite",
      open: () =>
        openStore({ dbPath: join(mkdtempSync(join(tmpdir(), tempPrefix)), "t.db"), databaseUrl: null }),
      cleanup: async () => {},
    },
    {
      name: "postgres",
      open: async () => {
        database = await createTestDatabase();
        return database ? openStore({ dbPath: "", databaseUrl: database.url }) : null;
      },
      cleanup: async () => {
        await database?.drop();
      },
    },
  ];
}
