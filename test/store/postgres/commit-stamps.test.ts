// Migration 024 (src/store/postgres/commit-stamps.ts): on PostgreSQL the write stamps per dyad are
// collected by the one roll-up function and written at the commit, in key order. Two writers whose
// statements reach two dyads in opposite order both finish (with 021's statement trigger, each held
// the stamp row of its first dyad and waited for the other's: `deadlock detected`), and the stamps
// count every write, none of a rolled-back one. Skipped with a reason when PostgreSQL is
// unreachable outside CI.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { makeEvent } from "../../helpers/event-factory.ts";
import { postgresStoreWithClient } from "../../helpers/postgres-store.ts";
import { ownSourceRecords } from "../../helpers/random-events.ts";

describe("PostgreSQL write stamps written at the commit (migration 024)", () => {
  const pgx = postgresStoreWithClient();
  const stamps = async () =>
    Object.fromEntries(
      (
        await pgx.client.query<{ dyad: string; writes: string }>(
          "select source_country || '>' || target_country as dyad, writes from dyad_write_stamps",
        )
      ).rows.map((r) => [r.dyad, Number(r.writes)]),
    );
  /** Events of two dyads, each dyad twice (other codes, another year: no roll-up cell shared). */
  const seed = async () => {
    const record = ownSourceRecords();
    const events = [
      makeEvent({ eventId: "x1", date: "2020-03-01", src: "PAKMIL", tgt: "CHNMIL" }),
      makeEvent({ eventId: "x2", date: "2021-05-01", src: "PAKGOV", tgt: "CHNGOV", code: "190" }),
      makeEvent({ eventId: "y1", date: "2022-07-01", src: "USAGOV", tgt: "RUSGOV" }),
      makeEvent({ eventId: "y2", date: "2023-09-01", src: "USAMIL", tgt: "RUSMIL", code: "190" }),
    ];
    await pgx.store.saveDocument(record(events, "https://x.org/stamps", "stamps"));
    const keys = await pgx.client.query<{ event_key: string }>("select event_key from events order by day");
    return keys.rows.map((r) => r.event_key);
  };

  it("keeps no stamp trigger of its own: the roll-up function collects, the commit writes", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    const { rows } = await pgx.client.query(
      "select tgname from pg_trigger where tgrelid = 'events'::regclass and tgname like 'events_dyad_write_stamps_%'",
    );
    expect(rows).toEqual([]);
  });

  it("two writers reaching two dyads in opposite order both commit, with every write counted", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    const [x1, x2, y1, y2] = await seed();
    const before = await stamps();
    expect(before).toMatchObject({ "PAK>CHN": 2, "USA>RUS": 2 });
    const writers = [
      new pg.Client({ connectionString: pgx.db.url }),
      new pg.Client({ connectionString: pgx.db.url }),
    ];
    await Promise.all(writers.map((w) => w.connect()));
    const [a, b] = writers as [pg.Client, pg.Client];
    const recount = (c: pg.Client, key: string | undefined) =>
      c.query("update events set num_mentions = num_mentions + 1 where event_key = $1", [key]);
    try {
      // Deadlocks are found after deadlock_timeout (1 s by default); waits shorter than that are none.
      for (const w of writers) await w.query("begin");
      await recount(a, x1); // a: dyad PAK>CHN first
      await recount(b, y1); // b: dyad USA>RUS first
      const crossed = await Promise.allSettled([recount(a, y2), recount(b, x2)]);
      expect(crossed.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok"]);
      await Promise.all(writers.map((w) => w.query("commit")));
    } finally {
      await Promise.all(writers.map((w) => w.end()));
    }
    // An update counts its old and its new row: two per event updated, two events per dyad.
    expect(await stamps()).toEqual({ ...before, "PAK>CHN": 2 + 4, "USA>RUS": 2 + 4 });
  });

  it("a rolled-back transaction or savepoint moves no stamp; the rest of the transaction does", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    const before = await stamps();
    const c = pgx.client;
    await c.query("begin");
    await c.query("update events set num_mentions = num_mentions + 1 where source_country = 'PAK'");
    await c.query("rollback");
    expect(await stamps()).toEqual(before);
    await c.query("begin");
    await c.query("update events set num_mentions = num_mentions + 1 where source_country = 'USA'");
    await c.query("savepoint s");
    await c.query("update events set num_mentions = num_mentions + 1 where source_country = 'PAK'");
    await c.query("rollback to savepoint s");
    await c.query("commit");
    expect(await stamps()).toEqual({ ...before, "USA>RUS": before["USA>RUS"]! + 4 });
    // Several events statements in one transaction: all counted, once, at the commit.
    await c.query("begin");
    await c.query("update events set num_mentions = num_mentions + 1 where source_country = 'PAK'");
    await c.query("update events set num_mentions = num_mentions + 1 where source_country = 'USA'");
    await c.query("update events set num_mentions = num_mentions + 1 where source_country = 'PAK'");
    await c.query("commit");
    expect(await stamps()).toEqual({
      "PAK>CHN": before["PAK>CHN"]! + 8,
      "USA>RUS": before["USA>RUS"]! + 4 + 4,
    });
  });
});
