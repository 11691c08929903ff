// Migration 014: two coarser roll-ups for the API's longest reads (issue 13).
//   place_months       month × country × admin-1 × QuadClass (place_days summed by month, without
//                      the CAMEO code): an all-time /geo reads a few cells per place and month
//                      instead of every day's cells per code (0.4 s on 1M generated events).
//   prefix_dyad_weeks  prefix_dyad_months by week (prefix-rollup.ts): a weekly series of two
//                      block prefixes (USAGOV → CHN) reads at most 4 cells a week.
// Declared like the earlier roll-ups, so the same declaration writes the table, its triggers on
// events (SQLite row triggers, PostgreSQL statement triggers with migration 011's guard first), its
// rebuild, and its grouped cells in SQLite's bulk path (sqlite/grouped-rollups.ts).
import { type Kysely, type Migration, sql } from "kysely";
import { prefixGuard, rollupGuard } from "./postgres/rollup-guard-migration.ts";
import { guardPrologue } from "./postgres/rollup-trigger-guard.ts";
import { createPrefixRollup, PREFIX_WEEKS, prefixApplyFunction } from "./prefix-rollup.ts";
import {
  createRollup,
  dropRollupTables,
  PLACE_DAYS,
  postgresApplyFunction,
  type RollupSpec,
} from "./rollup-schema.ts";

const placeKey = (column: string) => {
  const c = PLACE_DAYS.keys.find((k) => k.column === column);
  if (!c) throw new Error(`place_days has no key ${column}`);
  return c;
};

export const PLACE_MONTHS: RollupSpec = {
  table: "place_months",
  keys: [
    { column: "month", type: "text", expr: "$.month" },
    placeKey("country"),
    placeKey("admin1"),
    placeKey("quad_class"),
  ],
  attributes: [],
  sums: PLACE_DAYS.sums,
  where: PLACE_DAYS.where,
};

export const m014_period_rollups = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    // A database whose migration log was cut back (the pre-012 test) ran this before: rebuild.
    await dropRollupTables(db, backend, [PLACE_MONTHS.table, PREFIX_WEEKS.table]);
    await createRollup(db, PLACE_MONTHS, backend);
    await createPrefixRollup(db, backend, PREFIX_WEEKS);
    if (backend !== "postgres") return;
    // The functions again with migration 011's cheap paths first (an update that leaves every
    // column a roll-up reads as it was, as a recount does, touches no cell).
    await sql.raw(postgresApplyFunction(PLACE_MONTHS, guardPrologue(rollupGuard(PLACE_MONTHS)))).execute(db);
    await sql.raw(prefixApplyFunction(guardPrologue(prefixGuard(PREFIX_WEEKS)), PREFIX_WEEKS)).execute(db);
  },
});
