// Migration 018 (PostgreSQL): the ten roll-ups are kept by one statement trigger function that
// writes all of them in one statement per change, instead of ten trigger functions each running
// its own statements. A worker's document makes two events statements (the insert of its events,
// the recount of those reported before); with ten functions each fired ten guards and up to ten
// grouped writes, ~20 executor runs per statement, and merging the functions alone saved nothing
// (bench/README.md, live fifth pass): the cost was the statements, not the calls. Now:
//   insert   one statement: every roll-up's grouped upsert of the new rows, as data-modifying CTEs;
//   recount  one check (no column a roll-up keys, filters or sums as a float changed: migration
//            011's test, once for all roll-ups) and one statement: the old and new rows, report
//            counts signed, read once, and each roll-up that sums report counts adds the difference
//            per cell (floats untouched, so they never drift);
//   other updates and deletes   three statements: subtract the old rows' cells, add the new rows'
//            (updates only), drop emptied cells; each over all roll-ups.
// Within a statement each roll-up writes its cells in key order, and every statement names the
// roll-ups in the same order, so two writers lock cells in one order (no deadlock between them).
// A roll-up added later needs this function rebuilt with it (rollupsApplyFunction). Since migration
// 023 (commit-stamps.ts) the function also collects the write stamps per dyad (dyad-write-stamps.ts),
// which the commit writes; the migrations before it build the function without (`stamps` false).
import { type Kysely, type Migration, sql } from "kysely";
import { collectStampsSql } from "../dyad-write-stamps.ts";
import { ACTOR_MONTHS } from "../month-rollup-schema.ts";
import { PAIR_MONTHS } from "../pair-month-rollup.ts";
import { PLACE_MONTHS } from "../period-rollup-schema.ts";
import {
  MENTIONS,
  noEvents,
  PREFIX_MONTH_QUADS,
  PREFIX_WEEK_QUADS,
  type QuadPrefixRollup,
  quadPrefixApplyFunction,
  quadPrefixCellsSql,
  quadPrefixKey,
  SUMS,
  subtractSet,
} from "../prefix-quad-rollup.ts";
import { PREFIX_MONTHS, prefixCellsSql, prefixKey } from "../prefix-rollup.ts";
import {
  DYAD_DAYS,
  groupedCells,
  postgresApplyFunction,
  ROLLUPS,
  type RollupSpec,
  statementTriggersSql,
} from "../rollup-schema.ts";
import { SERIES_ROLLUPS } from "../series-rollup-schema.ts";
import { rollupFunctions, rollupGuard } from "./rollup-guard-migration.ts";
import { columnsRead, guardPrologue } from "./rollup-trigger-guard.ts";

/** How one roll-up table is written from a set of events rows. */
export interface RollupWriter {
  readonly table: string;
  /** Its key columns (a cell). */
  readonly keys: readonly string[];
  /** Stored with a cell, fixed by its key (week and month by day): written when the cell is made. */
  readonly attributes: readonly string[];
  readonly sums: readonly string[];
  /** The sums of report counts (num_mentions): the only ones a recount changes. */
  readonly reportSums: readonly string[];
  /** The grouped cells of the events rows `from` (alias r inside): keys, attributes, sums. */
  readonly cells: (from: string) => string;
  /** SET list taking the cell `d` out of the row `t`. */
  readonly subtract: string;
  /** True (SQL) when the row `t` holds no event anymore. */
  readonly emptied: string;
}

/** The events column a recount changes that roll-ups sum; every other column they read stays. */
const REPORT_COUNT = "num_mentions";

function specWriter(s: RollupSpec): RollupWriter {
  const sums = s.sums.map((c) => c.column);
  return {
    table: s.table,
    keys: s.keys.map((k) => k.column),
    attributes: s.attributes.map((a) => a.column),
    sums,
    reportSums: rollupGuard(s).intSums,
    cells: (from) => groupedCells(s, from),
    subtract: sums.map((c) => `${c} = t.${c} - d.${c}`).join(", "),
    emptied: "t.events <= 0",
  };
}

const prefixSums = ["events", "mentions", "goldstein_sum"];

/** A prefix roll-up with the QuadClasses as columns (prefix-quad-rollup.ts). */
function quadPrefixWriter(p: QuadPrefixRollup): RollupWriter {
  return {
    table: p.table,
    keys: quadPrefixKey(p).split(", "),
    attributes: [],
    sums: SUMS,
    reportSums: MENTIONS,
    cells: (from) => quadPrefixCellsSql(from, p),
    subtract: subtractSet("t.", (i) => `d.${SUMS[i]}`),
    emptied: noEvents("t."),
  };
}

/** The roll-ups kept before prefix_dyad_months (one row per QuadClass) came first. */
const SPEC_WRITERS: readonly RollupWriter[] = [
  specWriter(DYAD_DAYS),
  ...[...ROLLUPS, ACTOR_MONTHS, ...SERIES_ROLLUPS, PLACE_MONTHS, PAIR_MONTHS].map(specWriter),
];

/** The ten roll-ups as migration 018 wrote them (its function and the separate ones it dropped). */
const WRITERS_018: readonly RollupWriter[] = [
  ...SPEC_WRITERS,
  {
    table: PREFIX_MONTHS.table,
    keys: prefixKey(PREFIX_MONTHS).split(", "),
    attributes: [],
    sums: prefixSums,
    reportSums: ["mentions"],
    cells: (from) => prefixCellsSql(from, PREFIX_MONTHS),
    subtract: prefixSums.map((c) => `${c} = t.${c} - d.${c}`).join(", "),
    emptied: "t.events <= 0",
  },
  quadPrefixWriter(PREFIX_WEEK_QUADS),
];

/**
 * The ten roll-ups in the order every statement writes them, as the store keeps them now:
 * migration 019 put prefix_dyad_month_quads in the place of prefix_dyad_months.
 */
export const ROLLUP_WRITERS: readonly RollupWriter[] = [
  ...SPEC_WRITERS,
  quadPrefixWriter(PREFIX_MONTH_QUADS),
  quadPrefixWriter(PREFIX_WEEK_QUADS),
];

const list = (cols: readonly string[], at = "") => cols.map((c) => `${at}${c}`).join(", ");
const match = (w: RollupWriter) => w.keys.map((k) => `t.${k} = d.${k}`).join(" and ");
const ordered = (w: RollupWriter, from: string) =>
  `select * from (${w.cells(from)}) c order by ${list(w.keys)}`;

function addCells(w: RollupWriter, from: string): string {
  return `insert into ${w.table} (${list([...w.keys, ...w.attributes, ...w.sums])})
    ${ordered(w, from)}
    on conflict (${list(w.keys)}) do update set ${w.sums.map((c) => `${c} = ${w.table}.${c} + excluded.${c}`).join(", ")}`;
}

function subtractCells(w: RollupWriter, from: string): string {
  return `update ${w.table} t set ${w.subtract} from (${ordered(w, from)}) d where ${match(w)}`;
}

function dropEmptied(w: RollupWriter, from: string): string {
  return `delete from ${w.table} t using (select distinct ${list(w.keys)} from (${w.cells(from)}) c) d
    where ${w.emptied} and ${match(w)}`;
}

/** The report-count differences of `from` (rows with signed report counts) added per cell. */
function addReportDifferences(w: RollupWriter, from: string): string {
  return `update ${w.table} t set ${w.reportSums.map((c) => `${c} = t.${c} + d.${c}`).join(", ")}
    from (select ${list([...w.keys, ...w.reportSums])} from (${w.cells(from)}) c
          where ${w.reportSums.map((c) => `${c} <> 0`).join(" or ")} order by ${list(w.keys)}) d
    where ${match(w)}`;
}

/** One statement of several writes: all but the last as data-modifying CTEs (each runs once). */
function oneStatement(writes: readonly string[], before: readonly string[] = []): string {
  const ctes = [...before, ...writes.slice(0, -1).map((w, i) => `w${i} as (${w})`)];
  return `${ctes.length ? `with ${ctes.join(",\n  ")}\n  ` : ""}${writes.at(-1)};`;
}

/**
 * The function of migration 018 over `writers` (see the file comment); `statements: "each"` writes
 * each roll-up by a statement of its own instead (benchmarks compare the two); `stamps`: also
 * collects the write stamps of the changed rows (migration 023).
 */
export function rollupsApplyFunction(
  writers: readonly RollupWriter[] = ROLLUP_WRITERS,
  statements: "one" | "each" = "one",
  stamps = false,
): string {
  const combine = (writes: string[], before: string[] = []) =>
    statements === "one"
      ? oneStatement(writes, before)
      : writes.map((w) => oneStatement([w], before)).join("\n    ");
  const each = (write: (w: RollupWriter, from: string) => string, from: string) =>
    combine(writers.map((w) => write(w, from)));
  const read = [...new Set(writers.flatMap((w) => columnsRead([w.cells("events")])))];
  const fixed = list(read.filter((c) => c !== REPORT_COUNT));
  const signed = `moved as materialized (
      select ${fixed}, ${REPORT_COUNT} from new_rows
      union all select ${fixed}, -${REPORT_COUNT} from old_rows)`;
  const recounted = writers.filter((w) => w.reportSums.length);
  const recount = combine(
    recounted.map((w) => addReportDifferences(w, "moved")),
    [signed],
  );
  const collect = (from: string) => (stamps ? collectStampsSql(from) : "");
  const bothSides =
    "(select source_country, target_country from old_rows union all select source_country, target_country from new_rows)";
  // Nested IFs: a statement naming new_rows cannot even be planned in a DELETE trigger.
  return `create or replace function ${APPLY}() returns trigger language plpgsql as $fn$
begin
  if TG_OP = 'INSERT' then
    if not exists (select from new_rows) then return null; end if;
    ${collect("new_rows")}
    ${each(addCells, "new_rows")}
  elsif TG_OP = 'DELETE' then
    if not exists (select from old_rows) then return null; end if;
    ${collect("old_rows")}
    ${each(subtractCells, "old_rows")}
    ${each(dropEmptied, "old_rows")}
  elsif not exists (select from new_rows) then
    return null;
  elsif not exists (select ${fixed} from new_rows except all select ${fixed} from old_rows) then
    ${collect(bothSides)}
    ${recount}
  else
    ${collect(bothSides)}
    ${each(subtractCells, "old_rows")}
    ${each(addCells, "new_rows")}
    ${each(dropEmptied, "old_rows")}
  end if;
  return null;
end $fn$`;
}

const APPLY = "events_all_rollups_apply";
const TRIGGERS = "events_all_rollups";
/** The trigger name prefixes and functions of roll-ups each kept by a function of its own (011–017). */
const separateOf = (writers: readonly RollupWriter[]) => [
  { prefix: "events_rollup", fn: "events_rollup_apply" },
  ...writers.slice(1).map((w) => ({ prefix: `events_${w.table}`, fn: `events_${w.table}_apply` })),
];
/** Those migration 018 dropped, and those separateFunctionsSql puts back on a store past 019. */
const SEPARATE = [
  ...separateOf(WRITERS_018),
  ...separateOf(ROLLUP_WRITERS).filter((s) => !separateOf(WRITERS_018).some((o) => o.fn === s.fn)),
];
const OPS = ["insert", "update", "delete"];

const dropOne = OPS.map((op) => `drop trigger if exists ${TRIGGERS}_${op} on events`);

/**
 * Statements that switch a store to the one function of this migration (run again: the same),
 * over the roll-ups the store keeps now (`writers`: migration 018 itself names the ones of its day);
 * `stamps` as rollupsApplyFunction's (a store past migration 023 needs it true).
 */
export function oneFunctionSql(writers: readonly RollupWriter[] = ROLLUP_WRITERS, stamps = false): string[] {
  return [
    ...SEPARATE.map((s) => `drop function if exists ${s.fn}() cascade`),
    rollupsApplyFunction(writers, "one", stamps),
    ...dropOne,
    ...statementTriggersSql(TRIGGERS, APPLY),
  ];
}

/**
 * Statements that put back ten functions and triggers as migrations 011–017 kept them, over the
 * roll-ups the store keeps now (benchmarks compare the two on one store).
 */
export function separateFunctionsSql(): string[] {
  const prefixMonths = `function events_${PREFIX_MONTHS.table}_apply(`;
  return [
    ...dropOne,
    ...rollupFunctions(true).filter((f) => !f.includes(prefixMonths)),
    postgresApplyFunction(PLACE_MONTHS, guardPrologue(rollupGuard(PLACE_MONTHS))),
    postgresApplyFunction(PAIR_MONTHS, guardPrologue(rollupGuard(PAIR_MONTHS))),
    quadPrefixApplyFunction(PREFIX_MONTH_QUADS),
    quadPrefixApplyFunction(PREFIX_WEEK_QUADS),
    ...separateOf(ROLLUP_WRITERS).flatMap((s) => [
      ...OPS.map((op) => `drop trigger if exists ${s.prefix}_${op} on events`),
      ...statementTriggersSql(s.prefix, s.fn),
    ]),
  ];
}

export const m018_one_statement_rollups = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    if (backend !== "postgres") return;
    for (const statement of oneFunctionSql(WRITERS_018)) await sql.raw(statement).execute(db);
  },
});
