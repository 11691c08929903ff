// A statement text a connection runs again is prepared once on it (src/store/postgres/
// prepared-statements.ts): from its second run on the server keeps its parse, and answers, errors
// and transactions are as before. On the real PostgreSQL; skipped with a reason when it is
// unreachable outside CI.
import type { Kysely } from "kysely";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres } from "../../../src/store/postgres/connect-postgres.ts";
import type { Database } from "../../../src/store/schema.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/postgres.ts";

let database: TestDatabase | null = null;
let db: Kysely<Database>;

beforeAll(async () => {
  database = await createTestDatabase();
  if (!database) return;
  db = connectPostgres(database.url);
  await sql`create table notes (id integer primary key, body text not null)`.execute(db);
});

afterAll(async () => {
  if (!database) return;
  await db.destroy();
  await database.drop();
});

/** The statements prepared on the connection the transaction runs on, and what `run` returned. */
async function onOneConnection<T>(run: (tx: Kysely<Database>) => Promise<T>) {
  return db.transaction().execute(async (tx) => {
    const value = await run(tx);
    const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
      tx,
    );
    return { value, prepared: prepared.rows.map((r) => r.statement) };
  });
}

describe("repeated statements prepared on PostgreSQL", () => {
  it("prepares a text from its second run, with the same answers", async (t) => {
    if (!database) return t.skip();
    const { value, prepared } = await onOneConnection(async (tx) => {
      const bodies: string[] = [];
      for (const id of [1, 2, 3]) {
        await sql`insert into notes values (${id}, ${`note ${id}`})`.execute(tx);
        const r = await sql<{ body: string }>`select body from notes where id = ${id}`.execute(tx);
        bodies.push(r.rows[0]!.body);
      }
      await sql`select body from notes where id = ${1} and body <> ${"once"}`.execute(tx);
      return bodies;
    });
    expect(value).toEqual(["note 1", "note 2", "note 3"]);
    expect(prepared.some((s) => s.includes("insert into notes values ($1, $2)"))).toBe(true);
    expect(prepared.some((s) => s.includes("select body from notes where id = $1"))).toBe(true);
    // A text run once is not kept on the server.
    expect(prepared.some((s) => s.includes("'once'") || s.includes("body <> $2"))).toBe(false);
  });

  it("reports a prepared statement's error and stays usable", async (t) => {
    if (!database) return t.skip();
    const insert = (id: number, body: string | null) => sql`insert into notes values (${id}, ${body})`;
    await db.transaction().execute(async (tx) => {
      await insert(10, "ten").execute(tx);
      await insert(11, "eleven").execute(tx);
    });
    await expect(db.transaction().execute((tx) => insert(12, null).execute(tx))).rejects.toThrow(
      /null value/,
    );
    await expect(db.transaction().execute((tx) => insert(10, "again").execute(tx))).rejects.toThrow(
      /duplicate key/,
    );
    await Promise.all([13, 14, 15, 16].map((id) => insert(id, `n${id}`).execute(db)));
    const ids = await sql<{ id: number }>`select id from notes where id >= ${10} order by id`.execute(db);
    expect(ids.rows.map((r) => r.id)).toEqual([10, 11, 13, 14, 15, 16]);
  });
});
