// The month roll-up (migration 006): actor_days' cells summed by month, so a series by month over
// years reads one cell per dyad, code and month instead of one per day. Declared like the day
// roll-ups (rollup-schema.ts), so the same code writes its table, its triggers on events and its
// rebuild, and the SQLite bulk path adds its grouped cells as it does theirs.
//
// Keyed actor first (source, target, month, code): a series of one dyad, or of a code prefix such
// as PAKMIL → IND, is a few key ranges (one per source code under the prefix, found by a
// skip-scan in rollup-month-queries.ts) instead of a pass over every month's cells.
import type { Kysely, Migration } from "kysely";
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

export const m006_month_rollup = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    await createRollup(db, ACTOR_MONTHS, backend);
  },
});
