// Migration 019: the monthly prefix roll-up with its QuadClasses as columns (issue 13), as
// migration 017 did for weeks. prefix_dyad_months (migration 008) kept one row per dyad of block
// prefixes × month × QuadClass, so a ten-year monthly series read up to four cells a month, grouped
// them with eight CASE expressions and sent the grouped rows into JavaScript; dyad_months, which
// answered a country dyad by month, the same. prefix_dyad_month_quads holds one row per dyad ×
// month with the four QuadClasses side by side, and its first level is the country, so both kinds of
// monthly series read one row per point by its key and group nothing. It takes the place of
// prefix_dyad_months (dropped: the write cost moves, it is not added). SQLite gets its row triggers;
// on PostgreSQL the one roll-up function of migration 018 is rebuilt with it among its writers.
import { type Kysely, type Migration, sql } from "kysely";
import { oneFunctionSql } from "./postgres/one-statement-rollups.ts";
import { createQuadPrefixRollup, PREFIX_MONTH_QUADS } from "./prefix-quad-rollup.ts";
import { PREFIX_MONTHS } from "./prefix-rollup.ts";
import { dropRollupTables } from "./rollup-schema.ts";

export const m019_prefix_month_quads = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    await dropRollupTables(db, backend, [PREFIX_MONTHS.table, PREFIX_MONTH_QUADS.table]);
    await createQuadPrefixRollup(db, backend, PREFIX_MONTH_QUADS, "shared");
    if (backend === "postgres")
      for (const statement of oneFunctionSql()) await sql.raw(statement).execute(db);
    // A new table on an ANALYZEd store has no statistics; the planner would guess its size.
    await sql.raw(`analyze ${PREFIX_MONTH_QUADS.table}`).execute(db);
  },
});
