// A PostgreSQL database of its own for one benchmark run (SITREP_TEST_PG_URL's server, a random
// name under the caller's prefix), so runs never share state and the caller drops it at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const PG_ADMIN = process.env.SITREP_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface BenchDatabase {
  /** A connection to the admin database, kept open to read backends' pids and to drop the database. */
  readonly admin: pg.Client;
  readonly name: string;
  /** The new database's connection URL. */
  readonly url: string;
}

export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return { admin, name, url: url.toString() };
}
