// Migration 024 (PostgreSQL): the write stamps per country dyad (migration 021, dyad-write-stamps.ts)
// collected by the one roll-up function of migration 018 and written once, at the commit, instead
// of by a statement trigger of their own on every events statement.
//   Cost: 021's trigger was a second function call and upsert per events statement (a worker's
//     document makes two: the insert, the recount); now each adds one set_config of a few bytes,
//     and the commit one grouped upsert, in the deferred trigger that already raises the store
//     generation once per transaction (month-rollup-schema.ts).
//   Deadlocks: 021 locked a dyad's stamp row from the first events statement that touched it to
//     the commit, so two workers whose statements reached dyads in opposite order (one inserts
//     events of A then recounts events of B, the other the reverse) could each wait for the other,
//     which PostgreSQL breaks by failing one. Now every stamp row is locked in the commit's one
//     statement, in key order, after the generation row: a transaction holding stamp rows waits for
//     nothing but stamp rows later in that order, so no cycle can form through them.
// A stamp still moves with the events it counts, at the same commit. SQLite: one writer at a time,
// its row triggers stay.
import { type Kysely, type Migration, sql } from "kysely";
import { DYAD_WRITE_STAMPS, PENDING_STAMPS } from "../dyad-write-stamps.ts";
import { oneFunctionSql } from "./one-statement-rollups.ts";

/** The deferred function of migration 006 with the pending stamps written after the generation. */
export const COMMIT_BUMP_FUNCTION = `create or replace function events_generation_bump_once() returns trigger
language plpgsql as $fn$
declare
  pending text := current_setting('${PENDING_STAMPS}', true);
begin
  if current_setting('sitrep.generation_raised', true) is distinct from txid_current()::text then
    perform set_config('sitrep.generation_raised', txid_current()::text, true);
    update store_generation set generation = generation + 1 where id = 1;
  end if;
  -- Tested on every firing, not once per transaction. Under SET CONSTRAINTS ... IMMEDIATE (which
  -- sitrep never sets) this fires at each statement's end, before that statement's roll-up trigger
  -- has collected: its counts wait for the next firing, and the last statement's are not written.
  if pending <> '' then
    perform set_config('${PENDING_STAMPS}', '', true);
    insert into ${DYAD_WRITE_STAMPS} (source_country, target_country, writes)
      select p->>0, p->>1, sum((p->>2)::bigint) from jsonb_array_elements(('[' || pending || ']')::jsonb) p
      group by 1, 2 order by 1, 2
      on conflict (source_country, target_country) do update set writes = ${DYAD_WRITE_STAMPS}.writes + excluded.writes;
  end if;
  return null;
end $fn$`;

/** 021's statement triggers and their function. */
const DROP_STATEMENT_STAMPS = [
  ...["insert", "update", "delete"].map(
    (op) => `drop trigger if exists events_${DYAD_WRITE_STAMPS}_${op} on events`,
  ),
  `drop function if exists ${DYAD_WRITE_STAMPS}_apply()`,
];

/** The statements of migration 024 (run again: the same). */
export function commitStampsSql(): string[] {
  return [...DROP_STATEMENT_STAMPS, COMMIT_BUMP_FUNCTION, ...oneFunctionSql(undefined, true)];
}

export const m024_commit_stamps = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    if (backend !== "postgres") return;
    for (const statement of commitStampsSql()) await sql.raw(statement).execute(db);
  },
});
