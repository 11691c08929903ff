// Migration 008: the series roll-ups. A dyad's series needs counts per period and QuadClass only,
// not per CAMEO code, so these two roll-ups drop the code from the key that actor_days and
// actor_months carry, and order their cells the way series read them:
//   dyad_months      country dyad × month × QuadClass (dyad_days summed by month): a ten-year
//                    country series by month reads at most 4 cells a month instead of every day.
//   actor_dyad_days  full actor codes × day × QuadClass, actor first (week and month kept with
//                    the day): a series of an actor prefix (USAGOV → CHN) by day, week or month is
//                    one key range per source code under the prefix, where actor_days (day first)
//                    had to pass over every cell of the period.
//   prefix_dyad_months  actor code prefixes at each 3-letter block × month × QuadClass
//                    (prefix-rollup.ts): a series of two block prefixes by month reads at most 4
//                    cells a month, however many full codes sit under them.
// Declared like the other roll-ups (rollup-schema.ts): the same declaration writes the table, its
// triggers on events (insert, update, delete: supersession and recounts included) on SQLite and
// PostgreSQL, its rebuild, and its grouped cells in SQLite's bulk path.
import type { Kysely, Migration } from "kysely";
import { createPrefixRollup } from "./prefix-rollup.ts";
import { ACTOR_DAYS, createRollup, DYAD_DAYS, type RollupSpec } from "./rollup-schema.ts";

function keyOf(spec: RollupSpec, column: string) {
  const c = [...spec.keys, ...spec.attributes].find((k) => k.column === column);
  if (!c) throw new Error(`${spec.table} has no column ${column}`);
  return c;
}

export const DYAD_MONTHS: RollupSpec = {
  table: "dyad_months",
  keys: [
    keyOf(DYAD_DAYS, "source_country"),
    keyOf(DYAD_DAYS, "target_country"),
    keyOf(ACTOR_DAYS, "month"),
    keyOf(DYAD_DAYS, "quad_class"),
  ],
  attributes: [],
  sums: DYAD_DAYS.sums,
  where: DYAD_DAYS.where,
};

export const ACTOR_DYAD_DAYS: RollupSpec = {
  table: "actor_dyad_days",
  keys: [
    keyOf(ACTOR_DAYS, "source_code"),
    keyOf(ACTOR_DAYS, "target_code"),
    keyOf(ACTOR_DAYS, "day"),
    keyOf(ACTOR_DAYS, "quad_class"),
  ],
  attributes: ACTOR_DAYS.attributes,
  sums: ACTOR_DAYS.sums,
  where: ACTOR_DAYS.where,
};

export const SERIES_ROLLUPS: readonly RollupSpec[] = [DYAD_MONTHS, ACTOR_DYAD_DAYS];

export const m008_series_rollups = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    for (const spec of SERIES_ROLLUPS) await createRollup(db, spec, backend);
    await createPrefixRollup(db, backend);
  },
});
