// The actor-prefix roll-ups (month: migration 008; week: migration 014): events per month (or
// week) × QuadClass × (source prefix, target prefix), where the prefixes are an event's actor codes
// cut at each 3-letter block of the CAMEO actor code (PAKMILREB → PAK, PAKMIL; at most MAX_LEVELS
// blocks). A dyad series of two block-aligned prefixes (USAGOV → CHN, PAKMIL → IND) by month (or
// week) then reads at most 4 cells a period, however many full codes sit under each prefix; any
// other prefix is answered by actor_dyad_days. An event with a target adds itself to
// levels(source) × levels(target) cells (2–4 for most events), so the table is written by triggers
// of its own rather than the one-cell-per-event declaration of rollup-schema.ts: SQLite row
// triggers and PostgreSQL statement triggers over transition tables, as the other roll-ups, kept
// in the writing transaction. Migrations 017 and 019 replaced both tables by the same sums with the
// QuadClasses as columns (prefix-quad-rollup.ts); this file still makes them for those migrations.
import { type Kysely, sql } from "kysely";
import { createStatementTriggers } from "./rollup-schema.ts";

type Backend = "sqlite" | "postgres";

export const PREFIX_TABLE = "prefix_dyad_months";

/**
 * One prefix roll-up: its table and the period column of events it is keyed by. Migration 008
 * made the month one; migration 014 (period-rollup-schema.ts) the week one, for weekly series.
 */
export interface PrefixRollup {
  readonly table: string;
  readonly period: "month" | "week";
}

export const PREFIX_MONTHS: PrefixRollup = { table: PREFIX_TABLE, period: "month" };
export const PREFIX_WEEKS: PrefixRollup = { table: "prefix_dyad_weeks", period: "week" };
const BLOCK = 3;
/**
 * Country (PAK) and country + role (PAKMIL), the prefixes series are asked about; longer ones are
 * read from actor_dyad_days. Each level more multiplies the cells an event writes (measured on
 * SQLite row triggers: 4 levels cost ~60 µs CPU per inserted event).
 */
const MAX_LEVELS = 2;
/** The key columns of a prefix roll-up, as one comma-separated list. */
export const prefixKey = (p: PrefixRollup) => `source_prefix, target_prefix, ${p.period}, quad_class`;
/** The prefix lengths, as a one-column relation `n` both dialects accept. */
export const PREFIX_LEVELS = `(${Array.from({ length: MAX_LEVELS }, (_, i) => `select ${(i + 1) * BLOCK} as n`).join(" union all ")})`;

/** True when `prefix` is one of the levels the roll-up keeps (a whole number of blocks, not too long). */
export function isBlockPrefix(prefix: string): boolean {
  return prefix.length > 0 && prefix.length % BLOCK === 0 && prefix.length <= BLOCK * MAX_LEVELS;
}

/** The grouped cells of the event rows `from` (a table, transition table or subquery). */
export function prefixCellsSql(from: string, p: PrefixRollup = PREFIX_MONTHS): string {
  return `select substr(r.source_code, 1, s.n) as source_prefix, substr(r.target_code, 1, t.n) as target_prefix,
      r.${p.period} as ${p.period}, r.quad_class as quad_class, count(*) as events, sum(r.num_mentions) as mentions,
      sum(r.goldstein) as goldstein_sum
    from ${from} r cross join ${PREFIX_LEVELS} s cross join ${PREFIX_LEVELS} t
    where r.target_code is not null and s.n <= length(r.source_code) and t.n <= length(r.target_code)
    group by substr(r.source_code, 1, s.n), substr(r.target_code, 1, t.n), r.${p.period}, r.quad_class`;
}

/** Adds the cells of the event rows `from` (the bulk path's one grouped upsert per batch). */
export function addPrefixCellsSql(from: string, p: PrefixRollup = PREFIX_MONTHS): string {
  const { table } = p;
  return `insert into ${table} (${prefixKey(p)}, events, mentions, goldstein_sum)
    select * from (${prefixCellsSql(from, p)}) where true
    on conflict (${prefixKey(p)}) do update set events = ${table}.events + excluded.events,
      mentions = ${table}.mentions + excluded.mentions,
      goldstein_sum = ${table}.goldstein_sum + excluded.goldstein_sum`;
}

async function sqliteTriggers(db: Kysely<unknown>, p: PrefixRollup): Promise<void> {
  const { table, period } = p;
  const KEY = prefixKey(p);
  const add = `insert into ${table} (${KEY}, events, mentions, goldstein_sum)
      select substr(new.source_code, 1, s.n), substr(new.target_code, 1, t.n), new.${period}, new.quad_class,
        1, new.num_mentions, new.goldstein
      from ${PREFIX_LEVELS} s cross join ${PREFIX_LEVELS} t
      where new.target_code is not null and s.n <= length(new.source_code) and t.n <= length(new.target_code)
      on conflict (${KEY}) do update set events = events + 1, mentions = mentions + excluded.mentions,
        goldstein_sum = goldstein_sum + excluded.goldstein_sum;`;
  const cells = `${period} = old.${period} and quad_class = old.quad_class and old.target_code is not null
      and source_prefix in (select substr(old.source_code, 1, n) from ${PREFIX_LEVELS} where n <= length(old.source_code))
      and target_prefix in (select substr(old.target_code, 1, n) from ${PREFIX_LEVELS} where n <= length(old.target_code))`;
  const remove = `update ${table} set events = events - 1, mentions = mentions - old.num_mentions,
        goldstein_sum = goldstein_sum - old.goldstein where ${cells};
    delete from ${table} where events <= 0 and ${cells};`;
  await createPrefixRowTriggers(db, table, period, add, remove);
}

/**
 * SQLite: the three row triggers of a prefix roll-up `table`: `add` puts a new event in its cells,
 * `remove` takes an old one out, and an update does both. An event without a target has no cell:
 * the WHEN clause spares it the trigger's statements.
 */
export async function createPrefixRowTriggers(
  db: Kysely<unknown>,
  table: string,
  period: string,
  add: string,
  remove: string,
): Promise<void> {
  const name = `events_${table}`;
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
      `create trigger ${name}_update after update of source_code, target_code, ${period}, quad_class,
        num_mentions, goldstein on events begin ${remove} ${add} end`,
    )
    .execute(db);
}

/** PostgreSQL: one grouped statement per events statement; cells written in key order (no deadlocks). */
async function postgresTriggers(db: Kysely<unknown>, p: PrefixRollup): Promise<void> {
  await sql.raw(prefixApplyFunction("", p)).execute(db);
  await createStatementTriggers(db, `events_${p.table}`, `events_${p.table}_apply`);
}

/** The roll-up's trigger function; with `prologue` (migration 011) it replaces the one of migration 008. */
export function prefixApplyFunction(prologue = "", p: PrefixRollup = PREFIX_MONTHS): string {
  const { table, period } = p;
  const KEY = prefixKey(p);
  const match = `t.source_prefix = d.source_prefix and t.target_prefix = d.target_prefix and t.${period} = d.${period} and t.quad_class = d.quad_class`;
  const fn = `events_${table}_apply`;
  return `create ${prologue ? "or replace " : ""}function ${fn}() returns trigger language plpgsql as $fn$
begin${prologue}
  if TG_OP in ('UPDATE', 'DELETE') then
    update ${table} t set events = t.events - d.events, mentions = t.mentions - d.mentions,
      goldstein_sum = t.goldstein_sum - d.goldstein_sum
    from (${prefixCellsSql("old_rows", p)} order by 1, 2, 3, 4) d where ${match};
  end if;
  if TG_OP in ('UPDATE', 'INSERT') then
    insert into ${table} (${KEY}, events, mentions, goldstein_sum)
    ${prefixCellsSql("new_rows", p)} order by 1, 2, 3, 4
    on conflict (${KEY}) do update set events = ${table}.events + excluded.events,
      mentions = ${table}.mentions + excluded.mentions,
      goldstein_sum = ${table}.goldstein_sum + excluded.goldstein_sum;
  end if;
  if TG_OP in ('UPDATE', 'DELETE') then
    delete from ${table} t using (${prefixCellsSql("old_rows", p)}) d where t.events <= 0 and ${match};
  end if;
  return null;
end $fn$`;
}

/** Refills the roll-up from the events. */
export async function rebuildPrefixRollup(
  db: Kysely<unknown>,
  p: PrefixRollup = PREFIX_MONTHS,
): Promise<void> {
  await sql.raw(`delete from ${p.table}`).execute(db);
  await sql
    .raw(
      `insert into ${p.table} (${prefixKey(p)}, events, mentions, goldstein_sum) ${prefixCellsSql("events", p)}`,
    )
    .execute(db);
}

export async function createPrefixRollup(
  db: Kysely<unknown>,
  backend: Backend,
  p: PrefixRollup = PREFIX_MONTHS,
): Promise<void> {
  let t = db.schema
    .createTable(p.table)
    .addColumn("source_prefix", "text", (c) => c.notNull())
    .addColumn("target_prefix", "text", (c) => c.notNull())
    .addColumn(p.period, "text", (c) => c.notNull())
    .addColumn("quad_class", "integer", (c) => c.notNull())
    .addColumn("events", "integer", (c) => c.notNull())
    .addColumn("mentions", "integer", (c) => c.notNull())
    .addColumn("goldstein_sum", "double precision", (c) => c.notNull())
    .addPrimaryKeyConstraint(`${p.table}_pk`, ["source_prefix", "target_prefix", p.period, "quad_class"]);
  // SQLite: rows stored in key order, so one dyad's months are adjacent pages.
  if (backend === "sqlite") t = t.modifyEnd(sql`without rowid`);
  await t.execute();
  if (backend === "sqlite") await sqliteTriggers(db, p);
  else await postgresTriggers(db, p);
  await rebuildPrefixRollup(db, p);
}
