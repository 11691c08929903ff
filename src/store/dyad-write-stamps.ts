// Migration 021: a count of writes per country dyad, kept by the write path, so a dyad's series
// text can be kept until an event of that dyad changes (series-text-cache.ts), not only until any
// event of the store changes (the store generation, which the response cache keys on: under live
// ingestion it moves every few seconds, and every /series answer went with it).
//
// dyad_write_stamps holds one row per (source_country, target_country) of the events (target ''
// for events without one), whose `writes` grows by one for every events row inserted, deleted or
// updated (an update counts its old and its new dyad) and never falls: a cached answer read after
// the stamp it was stored under is right exactly while the stamp has not moved. A series of two
// code prefixes of three letters or more reads only events of one such dyad (a code's first three
// letters are its source_country or target_country: event-rows.ts), so its stamp covers it.
//   SQLite: row triggers; the grouped bulk path (grouped-rollups.ts) adds a batch's counts per dyad
//     in one upsert instead, as it does for the roll-ups.
//   PostgreSQL: one statement trigger per change over its transition tables, counts per dyad added
//     in key order (two writers lock stamp rows in one order). Migration 024 (postgres/
//     commit-stamps.ts) replaced it: the one roll-up function collects the counts, and the commit
//     writes them (collectStampsSql).
import { type Kysely, type Migration, sql } from "kysely";
import { statementTriggersSql } from "./rollup-schema.ts";

export const DYAD_WRITE_STAMPS = "dyad_write_stamps";

/** The insert trigger's name (SQLite), which the grouped bulk path drops and replaces. */
export const STAMP_INSERT_TRIGGER = `events_${DYAD_WRITE_STAMPS}_insert`;

const TARGET = "coalesce(target_country, '')";

/** Adds the writes of the events rows `from` selects (a table or a parenthesised subquery), per dyad. */
export function addStampsSql(from: string): string {
  return `insert into ${DYAD_WRITE_STAMPS} (source_country, target_country, writes)
    select source_country, ${TARGET}, count(*) from ${from} as r
    where true group by source_country, ${TARGET} order by source_country, ${TARGET}
    on conflict (source_country, target_country) do update set writes = ${DYAD_WRITE_STAMPS}.writes + excluded.writes`;
}

/** The transaction-local setting where PostgreSQL's roll-up function collects a transaction's counts (024). */
export const PENDING_STAMPS = "sitrep.dyad_writes";

/**
 * plpgsql (migration 024): appends the writes per dyad of the events rows `from` to the
 * transaction's pending counts, `[source, target, writes]` JSON arrays joined by commas. Appended as
 * text, never parsed until the commit writes them; SET LOCAL semantics drop them with a rolled-back
 * transaction or savepoint, as the events writes they count.
 */
export function collectStampsSql(from: string): string {
  return `perform set_config('${PENDING_STAMPS}', concat_ws(',', nullif(current_setting('${PENDING_STAMPS}', true), ''),
      (select string_agg(json_build_array(source_country, target, writes)::text, ',')
       from (select source_country, ${TARGET} as target, count(*) as writes from ${from} as r
             group by source_country, ${TARGET}) c)), true);`;
}

/** SQLite: one more write on the dyad of the row `row` (new or old) names. */
const rowStampSql = (row: "new" | "old") =>
  `insert into ${DYAD_WRITE_STAMPS} (source_country, target_country, writes)
    values (${row}.source_country, coalesce(${row}.target_country, ''), 1)
    on conflict (source_country, target_country) do update set writes = writes + 1;`;

async function createSqliteTriggers(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`create trigger ${STAMP_INSERT_TRIGGER} after insert on events begin ${rowStampSql("new")} end`)
    .execute(db);
  await sql
    .raw(
      `create trigger events_${DYAD_WRITE_STAMPS}_delete after delete on events begin ${rowStampSql("old")} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger events_${DYAD_WRITE_STAMPS}_update after update on events begin ${rowStampSql("old")} ${rowStampSql("new")} end`,
    )
    .execute(db);
}

/** Migration 021's statement trigger function and triggers (benchmarks put them back to compare with 024). */
export function statementStampsSql(): string[] {
  // new_rows and old_rows exist only for the changes that have them; plpgsql plans a statement
  // when it first runs, so the branch a change does not take never names a missing one.
  return [
    `create or replace function ${DYAD_WRITE_STAMPS}_apply() returns trigger language plpgsql as $fn$
begin
  if TG_OP = 'INSERT' then
    ${addStampsSql("new_rows")};
  elsif TG_OP = 'DELETE' then
    ${addStampsSql("old_rows")};
  else
    ${addStampsSql("(select source_country, target_country from old_rows union all select source_country, target_country from new_rows)")};
  end if;
  return null;
end $fn$`,
    ...statementTriggersSql(`events_${DYAD_WRITE_STAMPS}`, `${DYAD_WRITE_STAMPS}_apply`),
  ];
}

async function createPostgresTriggers(db: Kysely<unknown>): Promise<void> {
  for (const statement of statementStampsSql()) await sql.raw(statement).execute(db);
}

/** What an earlier run of this migration made (the migration log cut back): run again, it starts anew. */
async function dropStamps(db: Kysely<unknown>, backend: "sqlite" | "postgres"): Promise<void> {
  for (const op of ["insert", "update", "delete"])
    await sql
      .raw(
        `drop trigger if exists events_${DYAD_WRITE_STAMPS}_${op}${backend === "postgres" ? " on events" : ""}`,
      )
      .execute(db);
  if (backend === "postgres")
    await sql.raw(`drop function if exists ${DYAD_WRITE_STAMPS}_apply()`).execute(db);
  await sql.raw(`drop table if exists ${DYAD_WRITE_STAMPS}`).execute(db);
}

export const m021_dyad_write_stamps = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    await dropStamps(db, backend);
    await db.schema
      .createTable(DYAD_WRITE_STAMPS)
      .addColumn("source_country", "text", (c) => c.notNull())
      .addColumn("target_country", "text", (c) => c.notNull())
      .addColumn("writes", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint(`${DYAD_WRITE_STAMPS}_pkey`, ["source_country", "target_country"])
      .execute();
    // The events already stored count one write each: any later write moves their dyad's stamp.
    await sql.raw(addStampsSql("events")).execute(db);
    if (backend === "sqlite") await createSqliteTriggers(db);
    else await createPostgresTriggers(db);
    await sql.raw(`analyze ${DYAD_WRITE_STAMPS}`).execute(db);
  },
});
