// Rows read as arrays (store/array-rows.ts): a statement whose text starts with ROWS_AS_ARRAYS is
// run in better-sqlite3's raw mode and kept in the connection's statement cache apart from the same
// query read as objects, so the two never hand each other a statement in the wrong mode.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { selectArrays } from "../../../src/store/array-rows.ts";
import { connectSqlite } from "../../../src/store/sqlite/connect-sqlite.ts";

describe("rows as arrays on SQLite", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-array-rows-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a query's rows as arrays in select order, and the same query as objects still as objects", async () => {
    const { db } = connectSqlite(join(dir, "a.db"));
    await sql`create table t (k text primary key, n integer, x real)`.execute(db);
    await sql`insert into t values ('b', 2, 0.5), ('a', 1, 1.5)`.execute(db);
    const query = () =>
      db
        .selectFrom(sql`t`.as("t") as never)
        .select([sql<number>`n * 10`.as("tens"), sql<string>`k`.as("k"), sql<number>`x`.as("x")])
        .orderBy(sql`k`);
    const objects = [
      { tens: 10, k: "a", x: 1.5 },
      { tens: 20, k: "b", x: 0.5 },
    ];
    // Objects first, then arrays, then objects again: each form keeps its own statement.
    expect(await query().execute()).toEqual(objects);
    expect(await selectArrays(db, query())).toEqual([
      [10, "a", 1.5],
      [20, "b", 0.5],
    ]);
    expect(await query().execute()).toEqual(objects);
    expect(await selectArrays(db, query().where(sql<boolean>`k = ${"z"}`))).toEqual([]);
    // Straight from the driver in raw mode: two columns of one name stay two values (an object
    // keeps one of them).
    const twice = db.selectFrom(sql`t`.as("t") as never).select([sql`n`.as("v"), sql`x`.as("v")]);
    expect(await selectArrays(db, twice.orderBy(sql`k`))).toEqual([
      [1, 1.5],
      [2, 0.5],
    ]);
    await db.destroy();
  });
});
