// Migration 018 (src/store/postgres/one-statement-rollups.ts): on PostgreSQL the roll-ups are
// kept by one statement trigger function per write of events, not ten. What a roll-up holds after
// each write path is checked in test/store/rollup-drift and rollup-trigger-guard; here, that the
// events table runs one roll-up function, that it writes every roll-up, and that running the
// migration's statements again changes nothing. Skipped with a reason when PostgreSQL is
// unreachable outside CI.
import { describe, expect, it } from "vitest";
import { oneFunctionSql, ROLLUP_WRITERS } from "../../../src/store/postgres/one-statement-rollups.ts";
import { makeEvent } from "../../helpers/event-factory.ts";
import { postgresStoreWithClient } from "../../helpers/postgres-store.ts";
import { ownSourceRecords } from "../../helpers/random-events.ts";

describe("PostgreSQL roll-ups written by one trigger function (migration 018)", () => {
  const pgx = postgresStoreWithClient();
  const rollupTriggers = async () =>
    (
      await pgx.client.query<{ name: string; fn: string }>(
        `select tgname as name, tgfoid::regproc::text as fn from pg_trigger
         where tgrelid = 'events'::regclass and not tgisinternal
           and (tgoldtable is not null or tgnewtable is not null)
           -- Migration 021's write counts per dyad are no roll-up: a statement of their own.
           and tgname not like 'events_dyad_write_stamps_%' order by tgname`,
      )
    ).rows;

  it("one function for insert, update and delete, writing all ten roll-ups", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    expect(await rollupTriggers()).toEqual(
      ["delete", "insert", "update"].map((op) => ({
        name: `events_all_rollups_${op}`,
        fn: "events_all_rollups_apply",
      })),
    );
    const record = ownSourceRecords();
    await pgx.store.saveDocument(
      record([makeEvent({ eventId: "a", date: "2024-02-10", tgt: "INDGOV" })], "https://x.org/1", "one"),
    );
    for (const w of ROLLUP_WRITERS) {
      const { rows } = await pgx.client.query(`select count(*)::int as n from ${w.table}`);
      expect({ table: w.table, cells: rows[0].n > 0 }).toEqual({ table: w.table, cells: true });
    }
  });

  it("runs again without changing anything", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    const before = await rollupTriggers();
    await pgx.client.query(oneFunctionSql(undefined, true).join(";\n"));
    expect(await rollupTriggers()).toEqual(before);
  });
});
