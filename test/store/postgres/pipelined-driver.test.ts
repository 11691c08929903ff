// The store's PostgreSQL connections send a transaction's BEGIN with its first statement and its
// COMMIT behind a statement marked ANSWERED_AT_COMMIT (src/store/postgres/pipelined-driver.ts):
// round trips less per transaction, and the transaction still commits, rolls back and reports
// each statement's error as before. On the real PostgreSQL;
// skipped with a reason when it is unreachable outside CI.
import { Socket } from "node:net";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectPostgres } from "../../../src/store/postgres/connect-postgres.ts";
import { ANSWERED_AT_COMMIT } from "../../../src/store/postgres/pipelined-driver.ts";
import type { Database } from "../../../src/store/schema.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/postgres.ts";

type ClientQueues = { _activeQuery?: unknown; _sentQueryQueue?: unknown[] };

/** Each statement sent, and whether another was still unanswered on its connection when it was. */
const sent: { text: string; behindAnother: boolean }[] = [];
const send = pg.Client.prototype.query;

let database: TestDatabase | null = null;
let db: Kysely<Database>;

beforeAll(async () => {
  database = await createTestDatabase();
  if (!database) return;
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
    const queues = this as unknown as ClientQueues;
    const text = typeof config === "string" ? config : ((config as { text?: string })?.text ?? "");
    sent.push({ text, behindAnother: Boolean(queues._activeQuery || queues._sentQueryQueue?.length) });
    return (send as (...a: unknown[]) => unknown).call(this, config, ...rest);
  } as typeof send;
  db = connectPostgres(database.url);
  await sql`create table notes (id integer primary key, body text not null)`.execute(db);
});

afterAll(async () => {
  pg.Client.prototype.query = send;
  if (!database) return;
  await db.destroy();
  await database.drop();
});

beforeEach(async () => {
  if (!database) return;
  await sql`delete from notes`.execute(db);
  sent.length = 0;
});

const marked = (id: number, body: string | null) =>
  sql`${sql.raw(ANSWERED_AT_COMMIT)}insert into notes values (${id}, ${body})`;

const notes = async () =>
  (await sql<{ id: number; body: string }>`select id, body from notes order by id`.execute(db)).rows;

describe("pipelined BEGIN on PostgreSQL", () => {
  it("sends the first statement behind the BEGIN, without waiting for its answer", async (t) => {
    if (!database) return t.skip();
    await db.transaction().execute(async (tx) => {
      await sql`insert into notes values (1, 'one')`.execute(tx);
      await sql`insert into notes values (2, 'two')`.execute(tx);
    });
    const texts = sent.map((s) => s.text);
    expect(texts).toEqual([
      "begin",
      "insert into notes values (1, 'one')",
      "insert into notes values (2, 'two')",
      "commit",
    ]);
    // The first insert rode with the BEGIN; the second waited for the first's answer, as it must.
    expect(sent.map((s) => s.behindAnother)).toEqual([false, true, false, false]);
    expect(await notes()).toEqual([
      { id: 1, body: "one" },
      { id: 2, body: "two" },
    ]);
  });

  it("is still one transaction: a statement outside it does not see its rows before the commit", async (t) => {
    if (!database) return t.skip();
    let seenInside: number | null = null;
    await db.transaction().execute(async (tx) => {
      await sql`insert into notes values (3, 'three')`.execute(tx);
      seenInside = (await notes()).length;
    });
    expect(seenInside).toBe(0);
    expect((await notes()).length).toBe(1);
  });

  it("rolls back when the callback throws, and when a statement fails", async (t) => {
    if (!database) return t.skip();
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`insert into notes values (4, 'four')`.execute(tx);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    // The first statement fails: its error is the one thrown, and nothing is left.
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`insert into notes values (5, null)`.execute(tx);
      }),
    ).rejects.toThrow(/null value/);
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`insert into notes values (6, 'six')`.execute(tx);
        await sql`insert into notes values (6, 'again')`.execute(tx);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await notes()).toEqual([]);
    // Every connection of the pool is usable afterwards, inside a transaction and out.
    await Promise.all(
      [7, 8, 9, 10].map((id) =>
        db.transaction().execute((tx) => sql`insert into notes values (${id}, ${`n${id}`})`.execute(tx)),
      ),
    );
    expect((await notes()).map((n) => n.id)).toEqual([7, 8, 9, 10]);
  });

  it("sends the COMMIT behind a statement marked answered at commit, and keeps the transaction whole", async (t) => {
    if (!database) return t.skip();
    await db.transaction().execute(async (tx) => {
      await sql`insert into notes values (1, 'one')`.execute(tx);
      await marked(2, "two").execute(tx);
    });
    expect(sent.map((s) => (s.text.startsWith(ANSWERED_AT_COMMIT) ? "marked" : s.text))).toEqual([
      "begin",
      "insert into notes values (1, 'one')",
      "marked",
      "commit",
    ]);
    expect(sent.map((s) => s.behindAnother)).toEqual([false, true, false, true]);
    expect((await notes()).map((n) => n.id)).toEqual([1, 2]);
  });

  it("throws a failed marked statement's error and keeps nothing of its transaction", async (t) => {
    if (!database) return t.skip();
    // The last statement fails: the commit throws its error (PostgreSQL rolled everything back).
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`insert into notes values (11, 'eleven')`.execute(tx);
        await marked(12, null).execute(tx);
      }),
    ).rejects.toThrow(/null value/);
    // A statement after a failed marked one throws the marked one's error, not its own.
    await expect(
      db.transaction().execute(async (tx) => {
        await marked(13, null).execute(tx);
        await sql`insert into notes values (14, 'fourteen')`.execute(tx);
      }),
    ).rejects.toThrow(/null value/);
    expect(await notes()).toEqual([]);
    // Outside a transaction a marked statement is awaited as any other: its row is there after it.
    await marked(15, "fifteen").execute(db);
    expect((await notes()).map((n) => n.id)).toEqual([15]);
    await expect(marked(16, null).execute(db)).rejects.toThrow(/null value/);
  });

  it("writes a BEGIN and the statement behind it, and a marked statement and its COMMIT, in one socket write each", async (t) => {
    if (!database) return t.skip();
    // Every write the sockets hand to the system (Node's writable calls _write or _writev once each).
    const writes: string[] = [];
    const proto = Socket.prototype as unknown as Record<"_write" | "_writev", (...a: unknown[]) => unknown>;
    const [one, many] = [proto._write, proto._writev];
    proto._write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
      writes.push(String(chunk));
      return one.call(this, chunk, ...rest);
    };
    proto._writev = function (this: Socket, chunks: unknown, ...rest: unknown[]) {
      writes.push((chunks as { chunk: unknown }[]).map((c) => String(c.chunk)).join(""));
      return many.call(this, chunks, ...rest);
    };
    try {
      await notes(); // a connection opened before counting
      writes.length = 0;
      await db.transaction().execute(async (tx) => {
        await sql`insert into notes values (1, 'one')`.execute(tx);
        await sql`insert into notes values (2, 'two')`.execute(tx);
        await marked(3, "three").execute(tx);
      });
    } finally {
      proto._write = one;
      proto._writev = many;
    }
    const at = (text: string) => writes.findIndex((w) => w.includes(text));
    expect(writes).toHaveLength(3);
    expect(at("begin")).toBe(at("values (1, 'one')"));
    expect(at("values (2, 'two')")).not.toBe(at("values (1, 'one')"));
    expect(at("commit")).toBe(at("three"));
    expect((await notes()).map((n) => n.id)).toEqual([1, 2, 3]);
  });

  it("commits an empty transaction and one whose only statement returns rows", async (t) => {
    if (!database) return t.skip();
    await db.transaction().execute(async () => {});
    const r = await db
      .transaction()
      .execute(async (tx) => (await sql<{ n: number }>`select 41 + 1 as n`.execute(tx)).rows[0]!.n);
    expect(r).toBe(42);
  });
});
