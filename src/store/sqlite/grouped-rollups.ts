// SQLite keeps the roll-ups with row triggers (four to seven upserts per inserted event). A large
// write instead drops the insert triggers inside its own transaction, adds each roll-up the grouped
// cells of the rows it inserted in one upsert, raises the store generation by their number, and
// recreates the triggers from their own stored SQL before anything else writes events. The
// transaction makes it atomic: other
// connections see the triggers throughout and the roll-ups never out of step with events; a
// rollback restores the triggers with everything else. Used by the bulk import
// (bulk-insert-sqlite.ts) and by a long document's windows (document-writes.ts). Measured on the
// 1 MB bench/scale document (11,592 events, CPU time per statement): its event inserts 264 ms with
// the row triggers, 162 ms without them plus ~50 ms of grouped statements.
import { addStampsSql, STAMP_INSERT_TRIGGER } from "../dyad-write-stamps.ts";
import { ACTOR_MONTHS } from "../month-rollup-schema.ts";
import { PAIR_MONTHS } from "../pair-month-rollup.ts";
import { PLACE_MONTHS } from "../period-rollup-schema.ts";
import { addQuadPrefixCellsSql, PREFIX_MONTH_QUADS, PREFIX_WEEK_QUADS } from "../prefix-quad-rollup.ts";
import { ACTOR_DAYS, addCellsSql, DYAD_DAYS, PLACE_DAYS, type RollupSpec } from "../rollup-schema.ts";
import { ACTOR_DYAD_DAYS, DYAD_MONTHS } from "../series-rollup-schema.ts";

const cellsOf = (spec: RollupSpec) => (from: string) => addCellsSql(spec, from);
/**
 * Each insert trigger a grouped write replaces, with the statement that adds a batch's grouped
 * cells (`from`: the new rows). Any other trigger on events (one a later migration adds) keeps
 * firing per row.
 */
const ROLLUP_TRIGGERS: readonly (readonly [string, (from: string) => string])[] = [
  ["events_rollup_insert", cellsOf(DYAD_DAYS)],
  ["events_place_days_insert", cellsOf(PLACE_DAYS)],
  ["events_actor_days_insert", cellsOf(ACTOR_DAYS)],
  ["events_actor_months_insert", cellsOf(ACTOR_MONTHS)],
  ["events_dyad_months_insert", cellsOf(DYAD_MONTHS)],
  ["events_actor_dyad_days_insert", cellsOf(ACTOR_DYAD_DAYS)],
  // Migration 019 (it replaced 008's prefix_dyad_months).
  [`events_${PREFIX_MONTH_QUADS.table}_insert`, (from) => addQuadPrefixCellsSql(from, PREFIX_MONTH_QUADS)],
  // Migration 014.
  ["events_place_months_insert", cellsOf(PLACE_MONTHS)],
  // Migration 017 (it replaced 014's prefix_dyad_weeks).
  [`events_${PREFIX_WEEK_QUADS.table}_insert`, (from) => addQuadPrefixCellsSql(from, PREFIX_WEEK_QUADS)],
  // Migration 015.
  ["events_pair_months_insert", cellsOf(PAIR_MONTHS)],
  // Migration 021: not a roll-up, the writes per dyad that series-text-cache.ts keys on.
  [STAMP_INSERT_TRIGGER, addStampsSql],
];
const GENERATION_TRIGGER = "events_generation_insert";

/**
 * Batches at least this large take the grouped path: below it, dropping and recreating triggers
 * (two schema changes, which make every connection re-prepare its statements) costs more than the
 * row triggers it saves.
 */
export const GROUPED_ROLLUP_MIN_ROWS = 500;

/** The trigger names a grouped write drops, for `select name, sql from sqlite_master ... in (...)`. */
export const GROUPED_TRIGGER_NAMES: readonly string[] = [
  ...ROLLUP_TRIGGERS.map(([name]) => name),
  GENERATION_TRIGGER,
];

/** Reads the stored triggers (of GROUPED_TRIGGER_NAMES) that exist: `?` placeholders, one a name. */
export const STORED_TRIGGERS_SQL = `select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'events' and name in (${GROUPED_TRIGGER_NAMES.map(() => "?").join(", ")})`;

export interface StoredTrigger {
  readonly name: string;
  readonly sql: string;
}

/**
 * The statements that add the rows `from` selects (a parenthesised subquery of events rows) to
 * the roll-ups whose insert trigger was dropped, as those triggers would one row at a time.
 */
export function groupedCellsSql(dropped: readonly StoredTrigger[], from: string): string[] {
  const present = new Set(dropped.map((t) => t.name));
  return ROLLUP_TRIGGERS.filter(([name]) => present.has(name)).map(([, addCells]) => addCells(from));
}

/** True when the generation trigger was dropped, so the write raises the generation itself. */
export function bumpsGeneration(dropped: readonly StoredTrigger[]): boolean {
  return dropped.some((t) => t.name === GENERATION_TRIGGER);
}

/** Runs one SQL statement with its bound values (a Kysely transaction on the document path). */
type Run = (statement: string, values?: readonly unknown[]) => Promise<void>;
type ReadTriggers = () => Promise<StoredTrigger[]>;

/**
 * The grouped path for a document's events written in several batches (a long document's windows)
 * inside one transaction: `add` gives the roll-ups the cells of the events a batch inserted (call it
 * right after the insert, before anything updates them), `restore` recreates the triggers (call it
 * before any other write to events: recounts, supersession). Nothing is held but the triggers' SQL.
 */
export interface GroupedRollupWrite {
  add(insertedKeys: readonly string[]): Promise<void>;
  restore(): Promise<void>;
}

/** Drops the roll-up insert triggers inside the caller's transaction (see the file comment). */
export async function suspendRollupTriggers(
  run: Run,
  readTriggers: ReadTriggers,
): Promise<GroupedRollupWrite> {
  const dropped = await readTriggers();
  for (const t of dropped) await run(`drop trigger ${t.name}`);
  // The rows a batch inserted, copied once into a temporary table that every roll-up's grouped
  // statement scans (a join back to events per roll-up cost as much as the row triggers saved).
  await run("create temp table if not exists document_inserted_events as select * from events where 0");
  await run("delete from temp.document_inserted_events");
  const statements = groupedCellsSql(dropped, "temp.document_inserted_events");
  return {
    async add(insertedKeys) {
      if (!insertedKeys.length) return;
      // The keys as one JSON value: one bound parameter however many rows a window inserted.
      await run(
        "insert into temp.document_inserted_events select * from events where event_key in (select value from json_each(?))",
        [JSON.stringify(insertedKeys)],
      );
      for (const statement of statements) await run(statement);
      if (bumpsGeneration(dropped))
        await run("update store_generation set generation = generation + ? where id = 1", [
          insertedKeys.length,
        ]);
      await run("delete from temp.document_inserted_events");
    },
    async restore() {
      for (const t of dropped) await run(t.sql);
    },
  };
}
