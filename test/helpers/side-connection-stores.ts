// A store on each backend together with a second connection of its own to the same database, as
// another process would hold one: tests of what the store's triggers wrote (roll-ups, write stamps)
// read the tables, and write behind the store's back, through it. SQLite in a fresh temporary file,
// PostgreSQL in a fresh database (open() gives null, with the reason printed, when PostgreSQL is
// unreachable outside CI; createTestDatabase fails the run in CI).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { openStore, type Store } from "../../src/store/index.ts";
import { createTestDatabase } from "./postgres.ts";

export type Rows = Record<string, unknown>[];

export interface StoreWithSideConnection {
  store: Store;
  /** SQL on the side connection: a reading statement's rows, [] for any other statement. */
  query(sql: string): Promise<Rows>;
  /** Closes the store and the side connection, then drops what open() created. */
  close(): Promise<void>;
}

export interface SideConnectionBackend {
  readonly name: "sqlite" | "postgres";
  open(): Promise<StoreWithSideConnection | null>;
}

/** `tempPrefix` names the SQLite file's temporary folder, so a failing test's store can be found. */
export function storesWithSideConnection(tempPrefix: string): SideConnectionBackend[] {
  return [
    {
      name: "sqlite",
      open: async () => {
        const path = join(mkdtempSync(join(tmpdir(), tempPrefix)), "t.db");
        const store = await openStore({ dbPath: path, databaseUrl: null });
        const raw = new BetterSqlite3(path);
        return {
          store,
          query: async (sql) => {
            const statement = raw.prepare(sql);
            if (statement.reader) return statement.all() as Rows;
            statement.run();
            return [];
          },
          close: async () => {
            await store.close();
            raw.close();
          },
        };
      },
    },
    {
      name: "postgres",
      open: async () => {
        const db = await createTestDatabase();
        if (!db) return null;
        const store = await openStore({ dbPath: "", databaseUrl: db.url });
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        return {
          store,
          query: async (sql) => (await client.query(sql)).rows,
          close: async () => {
            await store.close();
            await client.end();
            await db.drop();
          },
        };
      },
    },
  ];
}
