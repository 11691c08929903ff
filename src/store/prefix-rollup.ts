// The actor-prefix month roll-up (migration 008): events per month × QuadClass × (source prefix,
// target prefix), where the prefixes are an event's actor codes cut at each 3-letter block of the
// CAMEO actor code (PAKMILREB → PAK, PAKMIL; at most MAX_LEVELS blocks). A dyad series of
// two block-aligned prefixes (USAGOV → CHN, PAKMIL → IND) by month then reads at most 4 cells a
// month, however many full codes sit under each prefix; any other prefix is answered by
// actor_dyad_days. An event with a target adds itself to levels(source) × levels(target) cells
// (2–4 for most events), so the table is written by triggers of its own rather than the
// one-cell-per-event declaration of rollup-schema.ts: SQLite row triggers and PostgreSQL statement
// triggers over transition tables, as the other roll-ups, kept in the writing transaction.
import { type Kysely, sql } from "kysely";
import { createStatementTriggers } from "./rollup-schema.ts";

type Backend = "sqlite" | "postgres";

export const PREFIX_TABLE = "prefix_dyad_months";
const BLOCK = 3;
/**
 * Country (PAK) and country + role (PAKMIL), the prefixes series are asked about; longer ones are
 * read from actor_dyad_days. Each level more multiplies the cells an event writes (measured on
 * SQLite row triggers: 4 levels cost ~60 µs CPU per inserted event).
 */
const MAX_LEVELS = 2;
export const PREFIX_KEY = "source_prefix, target_prefix, month, quad_class";
const KEY = PREFIX_KEY;
/** The prefix lengths, as a one-column relation `n` both dialects accept. */
const LEVELS = `(${Array.from({ length: MAX_LEVELS }, (_, i) => `select ${(i + 1) * BLOCK} as n`).join(" union all ")})`;

/** True when `prefix` is one of the levels the roll-up keeps (a whole number of blocks, not too long). */
export function isBlockPrefix(prefix: string): boolean {
  return prefix.length > 0 && prefix.length % BLOCK === 0 && prefix.length <= BLOCK * MAX_LEVELS;
}

/** The grouped cells of the event rows `from` (a table, transition table or subquery). */
export function prefixCellsSql(from: string): string {
  return `select substr(r.source_code, 1, s.n) as source_prefix, substr(r.target_code, 1, t.n) as target_prefix,
      r.month as month, r.quad_class as quad_class, count(*) as events, sum(r.num_mentions) as mentions,
      sum(r.goldstein) as goldstein_sum
    from ${from} r cross join ${LEVELS} s cross join ${LEVELS} t
    where r.target_code is not null and s.n <= length(r.source_code) and t.n <= length(r.target_code)
    group by substr(r.source_code, 1, s.n), substr(r.target_code, 1, t.n), r.month, r.quad_class`;
}

/** Adds the cells of the event rows `from` (the bulk path's one grouped upsert per batch). */
export function addPrefixCellsSql(from: string): string {
  return `insert into ${PREFIX_TABLE} (${KEY}, events, mentions, goldstein_sum)
    select * from (${prefixCellsSql(from)}) where true
    on conflict (${KEY}) do update set events = ${PREFIX_TABLE}.events + excluded.events,
      mentions = ${PREFIX_TABLE}.mentions + excluded.mentions,
      goldstein_sum = ${PREFIX_TABLE}.goldstein_sum + excluded.goldstein_sum`;
}

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const add = `insert into ${PREFIX_TABLE} (${KEY}, events, mentions, goldstein_sum)
      select substr(new.source_code, 1, s.n), substr(new.target_code, 1, t.n), new.month, new.quad_class,
        1, new.num_mentions, new.goldstein
      from ${LEVELS} s cross join ${LEVELS} t
      where new.target_code is not null and s.n <= length(new.source_code) and t.n <= length(new.target_code)
      on conflict (${KEY}) do update set events = events + 1, mentions = mentions + excluded.mentions,
        goldstein_sum = goldstein_sum + excluded.goldstein_sum;`;
  const cells = `month = old.month and quad_class = old.quad_class and old.target_code is not null
      and source_prefix in (select substr(old.source_code, 1, n) from ${LEVELS} where n <= length(old.source_code))
      and target_prefix in (select substr(old.target_code, 1, n) from ${LEVELS} where n <= length(old.target_code))`;
  const remove = `update ${PREFIX_TABLE} set events = events - 1, mentions = mentions - old.num_mentions,
        goldstein_sum = goldstein_sum - old.goldstein where ${cells};
    delete from ${PREFIX_TABLE} where events <= 0 and ${cells};`;
  const name = `events_${PREFIX_TABLE}`;
  // An event without a target has no cell: the WHEN clause spares it the trigger's statements.
  await sql
    .raw(
      `create trigger ${name}_insert after insert on events when new.target_code is not null begin ${add} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${name}_delete after delete on events when old.target_code is not null begin ${remove} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${name}_update after update of source_code, target_code, month, quad_class,
        num_mentions, goldstein on events begin ${remove} ${add} end`,
    )
    .execute(db);
}

/** PostgreSQL: one grouped statement per events statement; cells written in key order (no deadlocks). */
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql.raw(prefixApplyFunction()).execute(db);
  await createStatementTriggers(db, `events_${PREFIX_TABLE}`, `events_${PREFIX_TABLE}_apply`);
}

/** The roll-up's trigger function; with `prologue` (migration 011) it replaces the one of migration 008. */
export function prefixApplyFunction(prologue = ""): string {
  const match =
    "t.source_prefix = d.source_prefix and t.target_prefix = d.target_prefix and t.month = d.month and t.quad_class = d.quad_class";
  const fn = `events_${PREFIX_TABLE}_apply`;
  return `create ${prologue ? "or replace " : ""}function ${fn}() returns trigger language plpgsql as $fn$
begin${prologue}
  if TG_OP in ('UPDATE', 'DELETE') then
    update ${PREFIX_TABLE} t set events = t.events - d.events, mentions = t.mentions - d.mentions,
      goldstein_sum = t.goldstein_sum - d.goldstein_sum
    from (${prefixCellsSql("old_rows")} order by 1, 2, 3, 4) d where ${match};
  end if;
  if TG_OP in ('UPDATE', 'INSERT') then
    insert into ${PREFIX_TABLE} (${KEY}, events, mentions, goldstein_sum)
    ${prefixCellsSql("new_rows")} order by 1, 2, 3, 4
    on conflict (${KEY}) do update set events = ${PREFIX_TABLE}.events + excluded.events,
      mentions = ${PREFIX_TABLE}.mentions + excluded.mentions,
      goldstein_sum = ${PREFIX_TABLE}.goldstein_sum + excluded.goldstein_sum;
  end if;
  if TG_OP in ('UPDATE', 'DELETE') then
    delete from ${PREFIX_TABLE} t using (${prefixCellsSql("old_rows")}) d where t.events <= 0 and ${match};
  end if;
  return null;
end $fn$`;
}

/** Refills the roll-up from the events. */
export async function rebuildPrefixRollup(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`delete from ${PREFIX_TABLE}`).execute(db);
  await sql
    .raw(`insert into ${PREFIX_TABLE} (${KEY}, events, mentions, goldstein_sum) ${prefixCellsSql("events")}`)
    .execute(db);
}

export async function createPrefixRollup(db: Kysely<unknown>, backend: Backend): Promise<void> {
  let t = db.schema
    .createTable(PREFIX_TABLE)
    .addColumn("source_prefix", "text", (c) => c.notNull())
    .addColumn("target_prefix", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("quad_class", "integer", (c) => c.notNull())
    .addColumn("events", "integer", (c) => c.notNull())
    .addColumn("mentions", "integer", (c) => c.notNull())
    .addColumn("goldstein_sum", "double precision", (c) => c.notNull())
    .addPrimaryKeyConstraint(`${PREFIX_TABLE}_pk`, ["source_prefix", "target_prefix", "month", "quad_class"]);
  // SQLite: rows stored in key order, so one dyad's months are adjacent pages.
  if (backend === "sqlite") t = t.modifyEnd(sql`without rowid`);
  await t.execute();
  if (backend === "sqlite") await sqliteTriggers(db);
  else await postgresTriggers(db);
  await rebuildPrefixRollup(db);
}
