// Migration 011: the PostgreSQL roll-up trigger functions get their cheap paths
// (rollup-trigger-guard.ts): each of the seven is replaced by the same function with the guard
// first. The triggers stay as they are (they call the functions by name). SQLite's row triggers
// already fire only for the rows and columns they read: nothing to do there.
import { type Kysely, type Migration, sql } from "kysely";
import { DYAD_KEY, dyadApplyFunction } from "../dyad-rollup-schema.ts";
import { ACTOR_MONTHS } from "../month-rollup-schema.ts";
import {
  PREFIX_MONTHS,
  type PrefixRollup,
  prefixApplyFunction,
  prefixCellsSql,
  prefixKey,
} from "../prefix-rollup.ts";
import { postgresApplyFunction, ROLLUPS, type RollupSpec } from "../rollup-schema.ts";
import { SERIES_ROLLUPS } from "../series-rollup-schema.ts";
import { columnsRead, type GuardSpec, guardPrologue } from "./rollup-trigger-guard.ts";

const keyList = (key: string) => key.split(", ");
const negated = (sign: 1 | -1, expr: string) => (sign < 0 ? `-(${expr})` : expr);

/** The guard of a roll-up declared by a RollupSpec (one cell per event). */
export function rollupGuard(s: RollupSpec): GuardSpec {
  const at = (expr: string) => expr.replaceAll("$.", "r.");
  // Sums of a constant (the events count) cannot change when the rows stay in their cells.
  const ints = s.sums.filter((c) => c.type === "integer" && c.expr.includes("$."));
  const others = [...s.keys, ...s.attributes, ...s.sums.filter((c) => !ints.includes(c))];
  const where = s.where ? ` where ${at(s.where)}` : "";
  return {
    table: s.table,
    keys: s.keys.map((k) => k.column),
    fixedColumns: columnsRead([...others.map((c) => at(c.expr)), ...(s.where ? [at(s.where)] : [])]),
    intSums: ints.map((c) => c.column),
    cells: (rows, sign) =>
      `select ${[
        ...s.keys.map((k) => `${at(k.expr)} as ${k.column}`),
        ...ints.map((c) => `${negated(sign, at(c.expr))} as ${c.column}`),
      ].join(", ")} from ${rows} r${where}`,
  };
}

/** dyad_days (dyad-rollup-schema.ts): country dyads of events with a target country. */
const DYAD_GUARD: GuardSpec = {
  table: "dyad_days",
  keys: keyList(DYAD_KEY),
  fixedColumns: [...keyList(DYAD_KEY), "week", "month", "goldstein"],
  intSums: ["mentions"],
  cells: (rows, sign) =>
    `select ${DYAD_KEY}, ${negated(sign, "num_mentions")} as mentions from ${rows} where target_country is not null`,
};

/** A prefix roll-up's guard: its key, period, integer sums of mentions, and grouped cells of rows. */
export function prefixGuardSpec(p: {
  table: string;
  key: string;
  period: string;
  mentions: readonly string[];
  cells: (rows: string) => string;
}): GuardSpec {
  return {
    table: p.table,
    keys: keyList(p.key),
    fixedColumns: ["source_code", "target_code", p.period, "quad_class", "goldstein"],
    intSums: [...p.mentions],
    cells: (rows, sign) =>
      `select ${p.key}, ${p.mentions.map((m) => `${negated(sign, m)} as ${m}`).join(", ")} from (${p.cells(rows)}) p`,
  };
}

/** A prefix roll-up (prefix-rollup.ts): several cells per event, from its actor codes. */
export function prefixGuard(p: PrefixRollup): GuardSpec {
  return prefixGuardSpec({
    table: p.table,
    key: prefixKey(p),
    period: p.period,
    mentions: ["mentions"],
    cells: (rows) => prefixCellsSql(rows, p),
  });
}

/** prefix_dyad_months (migration 008). */
const PREFIX_GUARD = prefixGuard(PREFIX_MONTHS);

/**
 * The seven trigger functions with their guards, as `create or replace function` statements;
 * `guarded: false` gives them as before this migration (benchmarks compare the two on one store).
 */
export function rollupFunctions(guarded = true): string[] {
  // A prologue of one space replaces a function with its old body.
  const first = (g: GuardSpec) => (guarded ? guardPrologue(g) : " ");
  return [
    ...[...ROLLUPS, ACTOR_MONTHS, ...SERIES_ROLLUPS].map((s) =>
      postgresApplyFunction(s, first(rollupGuard(s))),
    ),
    dyadApplyFunction(first(DYAD_GUARD)),
    prefixApplyFunction(first(PREFIX_GUARD)),
  ];
}

export const m011_rollup_trigger_guards = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    if (backend !== "postgres") return;
    for (const fn of rollupFunctions()) await sql.raw(fn).execute(db);
  },
});
