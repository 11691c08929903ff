// Migration 017: the weekly prefix roll-up with its QuadClasses as columns (issue 13).
// prefix_dyad_weeks (migration 014) kept one row per dyad of block prefixes × week × QuadClass, so a
// weekly series of USA → CHN read ~4 cells a week (2,005 for ten years), summed them per week with
// eight CASE expressions and sent 522 grouped rows into JavaScript: 2.5–3.7 ms of CPU per call, the
// most expensive uncached /series. prefix_dyad_week_quads holds the same sums with one row per
// dyad × week and the four QuadClasses side by side (events, mentions and Goldstein sum of each),
// so a series reads one row per point by its key and groups nothing; a QuadClass filter picks
// columns instead of rows. An event still writes one cell per (source level, target level), as it
// did in prefix_dyad_weeks, which this migration drops: the write cost moves, it is not added.
// SQLite row triggers and PostgreSQL statement triggers over transition tables (with migration
// 011's cheap paths), SQLite's grouped bulk path and the rebuild share the SQL below.
import { type Kysely, type Migration, sql } from "kysely";
import { prefixGuardSpec } from "./postgres/rollup-guard-migration.ts";
import { guardPrologue } from "./postgres/rollup-trigger-guard.ts";
import { createPrefixRowTriggers, PREFIX_LEVELS, PREFIX_WEEKS } from "./prefix-rollup.ts";
import { createStatementTriggers, dropRollupTables } from "./rollup-schema.ts";

type Backend = "sqlite" | "postgres";

/** A prefix roll-up with one row per dyad of prefixes and period, the QuadClasses as columns. */
export interface QuadPrefixRollup {
  readonly table: string;
  readonly period: "month" | "week";
}

export const PREFIX_WEEK_QUADS: QuadPrefixRollup = { table: "prefix_dyad_week_quads", period: "week" };
/** Migration 019 (month-quad-rollup.ts): the same by month, in place of 008's prefix_dyad_months. */
export const PREFIX_MONTH_QUADS: QuadPrefixRollup = { table: "prefix_dyad_month_quads", period: "month" };

export const QUADS = [1, 2, 3, 4] as const;

/** The summed columns of one QuadClass. */
export const quadColumns = (n: number) =>
  ({ events: `events_q${n}`, mentions: `mentions_q${n}`, goldstein: `goldstein_q${n}` }) as const;

/** The summed columns, in table order. */
export const SUMS = QUADS.flatMap((n) => Object.values(quadColumns(n)));
/** The sums of report counts (a recount changes these only). */
export const MENTIONS = QUADS.map((n) => quadColumns(n).mentions);
export const quadPrefixKey = (p: QuadPrefixRollup) => `source_prefix, target_prefix, ${p.period}`;

/** One event row's contribution to each summed column (`r`: the row; the others are zero). */
function rowValues(r: string): string[] {
  return QUADS.flatMap((n) => [
    `case when ${r}.quad_class = ${n} then 1 else 0 end`,
    `case when ${r}.quad_class = ${n} then ${r}.num_mentions else 0 end`,
    `case when ${r}.quad_class = ${n} then ${r}.goldstein else 0.0 end`,
  ]);
}

/** The grouped cells of the event rows `from` (a table, transition table or subquery). */
export function quadPrefixCellsSql(from: string, p: QuadPrefixRollup): string {
  const values = rowValues("r");
  return `select substr(r.source_code, 1, s.n) as source_prefix, substr(r.target_code, 1, t.n) as target_prefix,
      r.${p.period} as ${p.period}, ${SUMS.map((c, i) => `sum(${values[i]}) as ${c}`).join(", ")}
    from ${from} r cross join ${PREFIX_LEVELS} s cross join ${PREFIX_LEVELS} t
    where r.target_code is not null and s.n <= length(r.source_code) and t.n <= length(r.target_code)
    group by substr(r.source_code, 1, s.n), substr(r.target_code, 1, t.n), r.${p.period}`;
}

const addExcluded = (table: string) =>
  SUMS.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(",\n      ");

/** Adds the cells of the event rows `from` (the bulk path's one grouped upsert per batch). */
export function addQuadPrefixCellsSql(from: string, p: QuadPrefixRollup): string {
  return `insert into ${p.table} (${quadPrefixKey(p)}, ${SUMS.join(", ")})
    select * from (${quadPrefixCellsSql(from, p)}) where true
    on conflict (${quadPrefixKey(p)}) do update set ${addExcluded(p.table)}`;
}

/**
 * Subtracting sums (`delta(i)`: what column SUMS[i] loses) from the row's (`t`: its qualifier): a
 * QuadClass left without events gets a Goldstein sum of exactly 0 (a float subtraction could leave
 * a residue that no event stands for).
 */
export function subtractSet(t: string, delta: (i: number) => string): string {
  return SUMS.map((c, i) => {
    if (!c.startsWith("goldstein_")) return `${c} = ${t}${c} - ${delta(i)}`;
    const events = SUMS[i - 2]!;
    return `${c} = case when ${t}${events} <= ${delta(i - 2)} then 0.0 else ${t}${c} - ${delta(i)} end`;
  }).join(", ");
}

/** True (SQL) when the row `t` (its qualifier) is left without events. */
export const noEvents = (t: string) => `${QUADS.map((n) => `${t}${quadColumns(n).events}`).join(" + ")} <= 0`;

async function sqliteTriggers(db: Kysely<unknown>, p: QuadPrefixRollup): Promise<void> {
  const { table, period } = p;
  const KEY = quadPrefixKey(p);
  const add = `insert into ${table} (${KEY}, ${SUMS.join(", ")})
      select substr(new.source_code, 1, s.n), substr(new.target_code, 1, t.n), new.${period}, ${rowValues("new").join(", ")}
      from ${PREFIX_LEVELS} s cross join ${PREFIX_LEVELS} t
      where new.target_code is not null and s.n <= length(new.source_code) and t.n <= length(new.target_code)
      on conflict (${KEY}) do update set ${addExcluded(table)};`;
  const cells = `${period} = old.${period} and old.target_code is not null
      and source_prefix in (select substr(old.source_code, 1, n) from ${PREFIX_LEVELS} where n <= length(old.source_code))
      and target_prefix in (select substr(old.target_code, 1, n) from ${PREFIX_LEVELS} where n <= length(old.target_code))`;
  const oldValues = rowValues("old");
  const remove = `update ${table} set ${subtractSet("", (i) => oldValues[i]!)} where ${cells};
    delete from ${table} where ${noEvents("")} and ${cells};`;
  await createPrefixRowTriggers(db, table, period, add, remove);
}

/** PostgreSQL: one grouped statement per events statement, cells in key order (no deadlocks), 011's guard first. */
export function quadPrefixApplyFunction(p: QuadPrefixRollup): string {
  const { table, period } = p;
  const KEY = quadPrefixKey(p);
  const match = `t.source_prefix = d.source_prefix and t.target_prefix = d.target_prefix and t.${period} = d.${period}`;
  const guard = guardPrologue(
    prefixGuardSpec({
      table,
      key: KEY,
      period,
      mentions: MENTIONS,
      cells: (rows) => quadPrefixCellsSql(rows, p),
    }),
  );
  return `create or replace function events_${table}_apply() returns trigger language plpgsql as $fn$
begin${guard}
  if TG_OP in ('UPDATE', 'DELETE') then
    update ${table} t set ${subtractSet("t.", (i) => `d.${SUMS[i]}`)}
    from (${quadPrefixCellsSql("old_rows", p)} order by 1, 2, 3) d where ${match};
  end if;
  if TG_OP in ('UPDATE', 'INSERT') then
    insert into ${table} (${KEY}, ${SUMS.join(", ")})
    ${quadPrefixCellsSql("new_rows", p)} order by 1, 2, 3
    on conflict (${KEY}) do update set ${addExcluded(table)};
  end if;
  if TG_OP in ('UPDATE', 'DELETE') then
    delete from ${table} t using (${quadPrefixCellsSql("old_rows", p)}) d where ${noEvents("t.")} and ${match};
  end if;
  return null;
end $fn$`;
}

/** Refills the roll-up from the events. */
export async function rebuildQuadPrefixRollup(db: Kysely<unknown>, p: QuadPrefixRollup): Promise<void> {
  await sql.raw(`delete from ${p.table}`).execute(db);
  await sql
    .raw(
      `insert into ${p.table} (${quadPrefixKey(p)}, ${SUMS.join(", ")}) ${quadPrefixCellsSql("events", p)}`,
    )
    .execute(db);
}

/**
 * The table, its triggers and its cells for the events already stored. `triggers: "shared"`
 * (PostgreSQL after migration 018) leaves the writing to the one roll-up function, which the
 * caller rebuilds with this table among its writers.
 */
export async function createQuadPrefixRollup(
  db: Kysely<unknown>,
  backend: Backend,
  p: QuadPrefixRollup,
  triggers: "own" | "shared" = "own",
): Promise<void> {
  let t = db.schema
    .createTable(p.table)
    .addColumn("source_prefix", "text", (c) => c.notNull())
    .addColumn("target_prefix", "text", (c) => c.notNull())
    .addColumn(p.period, "text", (c) => c.notNull());
  for (const n of QUADS) {
    const { events, mentions, goldstein } = quadColumns(n);
    t = t
      .addColumn(events, "integer", (c) => c.notNull())
      .addColumn(mentions, "integer", (c) => c.notNull())
      .addColumn(goldstein, "double precision", (c) => c.notNull());
  }
  t = t.addPrimaryKeyConstraint(`${p.table}_pk`, ["source_prefix", "target_prefix", p.period]);
  // SQLite: rows stored in key order, so one dyad's weeks are adjacent pages.
  if (backend === "sqlite") t = t.modifyEnd(sql`without rowid`);
  await t.execute();
  if (backend === "sqlite") await sqliteTriggers(db, p);
  else if (triggers === "own") {
    await sql.raw(quadPrefixApplyFunction(p)).execute(db);
    await createStatementTriggers(db, `events_${p.table}`, `events_${p.table}_apply`);
  }
  await rebuildQuadPrefixRollup(db, p);
}

export const m017_prefix_week_quads = (backend: Backend): Migration => ({
  async up(db: Kysely<unknown>) {
    await dropRollupTables(db, backend, [PREFIX_WEEKS.table, PREFIX_WEEK_QUADS.table]);
    await createQuadPrefixRollup(db, backend, PREFIX_WEEK_QUADS);
  },
});
