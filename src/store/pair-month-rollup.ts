// Migration 015: pair_months, events per month × source code × target code (no CAMEO code, no
// QuadClass), with an index by month and event count. The top dyads of one whole month ("this
// month" on the dashboard, any range past the stored days cut to it by data-extent.ts) are then
// the first rows of that index: a few dozen rows read, where actor_days (day first, one cell per
// code and QuadClass) had to group and sort every cell of the month (~8,000 on 1M generated
// events: 5-7 ms of CPU per request). Several whole months group this table's rows, which hold one
// row per dyad and month (fewer than actor_days' cells per dyad, day and code).
// Declared like the other roll-ups (rollup-schema.ts): the same declaration writes its table, its
// triggers on events (SQLite row triggers; PostgreSQL statement triggers, with migration 011's
// guard), its rebuild, and its grouped cells in SQLite's bulk path.
import { type Kysely, type Migration, sql } from "kysely";
import { rollupGuard } from "./postgres/rollup-guard-migration.ts";
import { guardPrologue } from "./postgres/rollup-trigger-guard.ts";
import { splitByMonth } from "./rollup-month-queries.ts";
import { dyadTotalColumns, toDyadCount } from "./rollup-queries.ts";
import {
  ACTOR_DAYS,
  createRollup,
  dropRollupTables,
  postgresApplyFunction,
  type RollupSpec,
} from "./rollup-schema.ts";
import type { Database } from "./schema.ts";
import type { DyadCount, EventFilter } from "./store.ts";

const actorColumn = (column: string) => {
  const c = [...ACTOR_DAYS.keys, ...ACTOR_DAYS.attributes].find((k) => k.column === column);
  if (!c) throw new Error(`actor_days has no column ${column}`);
  return c;
};

export const PAIR_MONTHS: RollupSpec = {
  table: "pair_months",
  keys: [actorColumn("month"), actorColumn("source_code"), actorColumn("target_code")],
  attributes: [],
  sums: ACTOR_DAYS.sums,
  where: ACTOR_DAYS.where,
};

/** The index a month's top dyads are read from, in the order /dyads lists them. */
const TOP_INDEX = "pair_months_top";

export const m015_pair_months = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    // A database whose migration log was cut back ran this before: rebuild.
    await dropRollupTables(db, backend, [PAIR_MONTHS.table]);
    await createRollup(db, PAIR_MONTHS, backend);
    await sql
      .raw(`create index ${TOP_INDEX} on ${PAIR_MONTHS.table} (month, events desc, source_code, target_code)`)
      .execute(db);
    if (backend === "postgres")
      await sql.raw(postgresApplyFunction(PAIR_MONTHS, guardPrologue(rollupGuard(PAIR_MONTHS)))).execute(db);
  },
});

/** Filter fields pair_months keeps: whole months of from/to, nothing else. */
export function pairMonthsAnswer(filter: EventFilter): { from?: string; to?: string } | null {
  const onlyDates = Object.entries(filter).every(
    ([field, value]) =>
      value === undefined || field === "from" || field === "to" || (field === "includeSuperseded" && !value),
  );
  if (!onlyDates) return null;
  const split = splitByMonth(filter.from, filter.to);
  return split.dayRanges.length === 0 ? split.months : null;
}

/**
 * The top dyads (events with a target) of whole months, as topDyadsFromRollup orders them: most
 * events first, then the codes. One month (`last` names the newest stored month, for a range
 * open at its end) reads the first rows of pair_months_top; several group their rows.
 */
export async function topDyadsFromPairMonths(
  db: Kysely<Database>,
  months: { from?: string; to?: string },
  newestMonth: string | null,
  limit: number,
): Promise<DyadCount[]> {
  const to = months.to ?? newestMonth ?? undefined;
  const one = months.from !== undefined && months.from === to;
  const table = db.selectFrom(`${PAIR_MONTHS.table} as events` as "events");
  const rows = one
    ? await table
        .select([
          sql.ref<string>("source_code").as("source_code"),
          sql.ref<string>("target_code").as("target_code"),
          sql.ref<number>("events").as("events"),
          sql.ref<number>("mentions").as("mentions"),
          sql<number>`goldstein_sum * 1.0 / events`.as("goldstein"),
        ])
        .where(sql.ref("month"), "=", months.from!)
        .where(sql.ref("target_code"), "<>", "")
        .orderBy(sql.ref("events"), "desc")
        .orderBy(sql.ref("source_code"))
        .orderBy(sql.ref("target_code"))
        .limit(limit)
        .execute()
    : await (() => {
        let q = table.where(sql.ref("target_code"), "<>", "");
        if (months.from) q = q.where(sql.ref("month"), ">=", months.from);
        if (months.to) q = q.where(sql.ref("month"), "<=", months.to);
        return q
          .select(dyadTotalColumns())
          .groupBy([sql.ref("source_code"), sql.ref("target_code")])
          .orderBy(sql`sum(events)`, "desc")
          .orderBy(sql.ref("source_code"))
          .orderBy(sql.ref("target_code"))
          .limit(limit)
          .execute();
      })();
  return rows.map(toDyadCount);
}
