import { randomBytes } from "node:crypto";
import pg from "pg";

const ADMIN_URL = process.env.SITREP_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh PostgreSQL database for one test file. Returns null with a printed reason when the
 * server is unreachable outside CI; in CI (CI=true) an unreachable server fails the run.
 */
export async function createTestDatabase(): Promise<TestDatabase | null> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    const reason = `PostgreSQL unreachable at ${ADMIN_URL}: ${(error as Error).message}`;
    if (process.env.CI === "true") throw new Error(`${reason} (required in CI)`);
    console.warn(`skipping PostgreSQL tests: ${reason}`);
    return null;
  }
  // SITREP_TEST_DB_TAG (letters, digits, _) names whose databases these are when several people
  // run tests against one server.
  const tag = (process.env.SITREP_TEST_DB_TAG ?? "").replace(/\W/g, "").toLowerCase();
  const name = `sitrep_test_${tag ? `${tag}_` : ""}${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
