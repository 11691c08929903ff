// Migration 006: the month roll-up, and (PostgreSQL) the store generation raised at commit.
// The month roll-up: actor_days' cells summed by month, so a series by month over
// years reads one cell per dyad, code and month instead of one per day. Declared like the day
// roll-ups (rollup-schema.ts), so the same code writes its table, its triggers on events and its
// rebuild, and the SQLite bulk path adds its grouped cells as it does theirs.
//
// Keyed actor first (source, target, month, code): a series of one dyad, or of a code prefix such
// as PAKMIL → IND, is a few key ranges (one per source code under the prefix, found by a
// skip-scan in rollup-month-queries.ts) instead of a pass over every month's cells.
import { type Kysely, type Migration, sql } from "kysely";
import { ACTOR_DAYS, createRollup, type RollupSpec } from "./rollup-schema.ts";

const key = (column: string) => {
  const c = ACTOR_DAYS.keys.find((k) => k.column === column);
  if (!c) throw new Error(`actor_days has no key ${column}`);
  return c;
};

export const ACTOR_MONTHS: RollupSpec = {
  table: "actor_months",
  keys: [
    key("source_code"),
    key("target_code"),
    { column: "month", type: "text", expr: "$.month" },
    key("cameo_code"),
    key("cameo_root"),
    key("quad_class"),
  ],
  attributes: [],
  sums: ACTOR_DAYS.sums,
  where: ACTOR_DAYS.where,
};

/**
 * PostgreSQL: the store generation (rollup-schema.ts) raised once per transaction, at its commit,
 * instead of by every statement that writes events. The statement trigger locked the one
 * generation row from a document's first events insert to its commit, so two workers storing
 * documents took turns for most of each transaction; a deferred trigger holds it only while
 * committing. A reader still sees the new generation with the events it names, never before them.
 */
async function deferGenerationBump(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists events_generation on events`.execute(db);
  await sql
    .raw(`create function events_generation_bump_once() returns trigger language plpgsql as $fn$
begin
  if current_setting('sitrep.generation_raised', true) is distinct from txid_current()::text then
    perform set_config('sitrep.generation_raised', txid_current()::text, true);
    update store_generation set generation = generation + 1 where id = 1;
  end if;
  return null;
end $fn$`)
    .execute(db);
  await sql
    .raw(`create constraint trigger events_generation after insert or update or delete on events
      deferrable initially deferred for each row execute function events_generation_bump_once()`)
    .execute(db);
}

export const m006_month_rollup = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    await createRollup(db, ACTOR_MONTHS, backend);
    if (backend === "postgres") await deferGenerationBump(db);
  },
});
