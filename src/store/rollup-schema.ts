// Roll-ups of events by day (migration 004): counts and sums per day × place (country, admin-1
// region) × CAMEO code, and per day × actor dyad (full codes) × CAMEO code, so /geo, /dyads,
// /actors, /network, /series and /hotspots read a few cells per day instead of every event. Each
// roll-up is declared once (ROLLUPS) and that declaration writes its table, its triggers on
// `events` (SQLite row triggers; PostgreSQL statement triggers over transition tables) and its
// rebuild, so the three cannot disagree. Triggers keep a roll-up right inside the writing
// transaction whatever path wrote the events (saveDocument, supersession, replaceEvents, recount,
// bulk inserts); `store_generation` counts those writes, so a reader can cache answers per generation.
//
// Key columns carry the events columns' names (day, country, source_code, cameo_root, ...), so the
// one filter implementation (event-filter.ts) runs unchanged on a roll-up. A missing value is ''
// in a key ('' never matches a filter value, as NULL never does).
import { type Kysely, sql } from "kysely";

type Backend = "sqlite" | "postgres";

interface RollupColumn {
  readonly column: string;
  readonly type: "text" | "integer" | "double precision";
  /** SQL over one events row, written with `$.` for the row (new., old., r. or e.). */
  readonly expr: string;
}

export interface RollupSpec {
  readonly table: string;
  readonly keys: readonly RollupColumn[];
  /** Columns fixed by the key (week and month by day): stored, not summed. */
  readonly attributes: readonly RollupColumn[];
  readonly sums: readonly RollupColumn[];
  /** Which events the roll-up counts (SQL over one events row), or null for all. */
  readonly where: string | null;
}

const code: RollupColumn[] = [
  { column: "cameo_code", type: "text", expr: "$.cameo_code" },
  { column: "cameo_root", type: "text", expr: "$.cameo_root" },
  { column: "quad_class", type: "integer", expr: "$.quad_class" },
];

/** Geo aggregates count located events only (the scan's `lat is not null`). */
export const PLACE_DAYS: RollupSpec = {
  table: "place_days",
  keys: [
    { column: "day", type: "text", expr: "$.day" },
    { column: "country", type: "text", expr: "coalesce($.country, '')" },
    { column: "admin1", type: "text", expr: "coalesce($.admin1, '')" },
    ...code,
  ],
  attributes: [],
  sums: [
    { column: "events", type: "integer", expr: "1" },
    { column: "goldstein_sum", type: "double precision", expr: "$.goldstein" },
    { column: "lat_sum", type: "double precision", expr: "$.lat" },
    { column: "lon_sum", type: "double precision", expr: "coalesce($.lon, 0)" },
  ],
  where: "$.lat is not null",
};

export const ACTOR_DAYS: RollupSpec = {
  table: "actor_days",
  keys: [
    { column: "day", type: "text", expr: "$.day" },
    { column: "source_code", type: "text", expr: "$.source_code" },
    { column: "target_code", type: "text", expr: "coalesce($.target_code, '')" },
    ...code,
  ],
  attributes: [
    { column: "week", type: "text", expr: "$.week" },
    { column: "month", type: "text", expr: "$.month" },
  ],
  sums: [
    { column: "events", type: "integer", expr: "1" },
    { column: "mentions", type: "integer", expr: "$.num_mentions" },
    { column: "goldstein_sum", type: "double precision", expr: "$.goldstein" },
  ],
  where: null,
};

export const ROLLUPS: readonly RollupSpec[] = [PLACE_DAYS, ACTOR_DAYS];

/** dyad_days (migration 001, dyad-rollup-schema.ts) declared the same way, for its rebuild. */
export const DYAD_DAYS: RollupSpec = {
  table: "dyad_days",
  keys: [
    { column: "source_country", type: "text", expr: "$.source_country" },
    { column: "target_country", type: "text", expr: "$.target_country" },
    { column: "day", type: "text", expr: "$.day" },
    { column: "quad_class", type: "integer", expr: "$.quad_class" },
  ],
  attributes: ACTOR_DAYS.attributes,
  sums: ACTOR_DAYS.sums,
  where: "$.target_country is not null",
};

const on = (expr: string, row: string) => expr.replaceAll("$.", `${row}.`);
const names = (cols: readonly RollupColumn[]) => cols.map((c) => c.column).join(", ");
/** Every events column a roll-up reads: an update of any other column leaves it as it is. */
const readColumns = (s: RollupSpec) => [
  ...new Set(
    [...s.keys, ...s.attributes, ...s.sums, { expr: s.where ?? "" }].flatMap((c) =>
      [...c.expr.matchAll(/\$\.(\w+)/g)].map((m) => m[1]!),
    ),
  ),
];

async function createTable(db: Kysely<unknown>, s: RollupSpec, backend: Backend): Promise<void> {
  let t = db.schema.createTable(s.table);
  for (const c of [...s.keys, ...s.attributes, ...s.sums])
    t = t.addColumn(c.column, c.type, (b) => b.notNull());
  t = t.addPrimaryKeyConstraint(`${s.table}_pk`, s.keys.map((k) => k.column) as never);
  // SQLite: rows stored in key order (day first), so a date range is adjacent pages.
  if (backend === "sqlite") t = t.modifyEnd(sql`without rowid`);
  await t.execute();
}

/** SQLite: each written event row adds itself to, or removes itself from, its cell. */
async function sqliteTriggers(db: Kysely<unknown>, s: RollupSpec): Promise<void> {
  const keyNames = names(s.keys);
  const add = `insert into ${s.table} (${keyNames}${s.attributes.length ? `, ${names(s.attributes)}` : ""}, ${names(s.sums)})
      select ${[...s.keys, ...s.attributes, ...s.sums].map((c) => on(c.expr, "new")).join(", ")}
      where ${s.where ? on(s.where, "new") : "1"}
      on conflict (${keyNames}) do update set ${s.sums.map((c) => `${c.column} = ${c.column} + excluded.${c.column}`).join(", ")};`;
  const cell = s.keys.map((k) => `${k.column} = ${on(k.expr, "old")}`).join(" and ");
  const remove = `update ${s.table} set ${s.sums.map((c) => `${c.column} = ${c.column} - ${on(c.expr, "old")}`).join(", ")}
      where ${cell} and ${s.where ? on(s.where, "old") : "1"};
    delete from ${s.table} where events <= 0 and ${cell};`;
  const name = `events_${s.table}`;
  await sql.raw(`create trigger ${name}_insert after insert on events begin ${add} end`).execute(db);
  await sql.raw(`create trigger ${name}_delete after delete on events begin ${remove} end`).execute(db);
  await sql
    .raw(
      `create trigger ${name}_update after update of ${readColumns(s).join(", ")} on events begin ${remove} ${add} end`,
    )
    .execute(db);
}

/** The grouped cells of a set of event rows `r` (an insert's new rows, a delete's old ones). */
export function groupedCells(s: RollupSpec, from: string): string {
  const keys = s.keys.map((k) => `${on(k.expr, "r")} as ${k.column}`);
  const attributes = s.attributes.map((a) => `min(${on(a.expr, "r")}) as ${a.column}`);
  const sums = s.sums.map((c) => `sum(${on(c.expr, "r")}) as ${c.column}`);
  const groups = s.keys.map((k) => on(k.expr, "r")).join(", ");
  return `select ${[...keys, ...attributes, ...sums].join(", ")} from ${from} r
    ${s.where ? `where ${on(s.where, "r")}` : ""} group by ${groups}`;
}

/**
 * PostgreSQL: statement triggers with transition tables, so a 10,000-row bulk insert updates each
 * roll-up with one grouped upsert. Cells are written in key order so concurrent writers lock them
 * in the same order (no deadlock between two loaders).
 */
async function postgresTriggers(db: Kysely<unknown>, s: RollupSpec): Promise<void> {
  await sql.raw(postgresApplyFunction(s)).execute(db);
  await createStatementTriggers(db, `events_${s.table}`, `events_${s.table}_apply`);
}

/**
 * The trigger function of a roll-up; `prologue` (migration 011's cheap paths) goes first, and
 * then the function replaces the one an earlier migration created.
 */
export function postgresApplyFunction(s: RollupSpec, prologue = ""): string {
  const keyNames = names(s.keys);
  const match = s.keys.map((k) => `t.${k.column} = d.${k.column}`).join(" and ");
  const fn = `events_${s.table}_apply`;
  return `create ${prologue ? "or replace " : ""}function ${fn}() returns trigger language plpgsql as $fn$
begin${prologue}
  if TG_OP in ('UPDATE', 'DELETE') then
    update ${s.table} t set ${s.sums.map((c) => `${c.column} = t.${c.column} - d.${c.column}`).join(", ")}
    from (${groupedCells(s, "old_rows")} order by ${keyNames}) d where ${match};
  end if;
  if TG_OP in ('UPDATE', 'INSERT') then
    insert into ${s.table} (${keyNames}${s.attributes.length ? `, ${names(s.attributes)}` : ""}, ${names(s.sums)})
    ${groupedCells(s, "new_rows")} order by ${keyNames}
    on conflict (${keyNames}) do update set ${s.sums.map((c) => `${c.column} = ${s.table}.${c.column} + excluded.${c.column}`).join(", ")};
  end if;
  if TG_OP in ('UPDATE', 'DELETE') then
    delete from ${s.table} t using (${groupedCells(s, "old_rows")}) d where t.events <= 0 and ${match};
  end if;
  return null;
end $fn$`;
}

/**
 * PostgreSQL: runs `fn` once per statement that inserts, updates or deletes events, with the rows
 * it touched as the transition tables new_rows / old_rows (one grouped upsert per statement, not
 * one per row: bulk inserts stay bulk). Triggers are named `${prefix}_insert` and so on.
 */
export async function createStatementTriggers(
  db: Kysely<unknown>,
  prefix: string,
  fn: string,
): Promise<void> {
  for (const statement of statementTriggersSql(prefix, fn)) await sql.raw(statement).execute(db);
}

/** The three `create trigger` statements of createStatementTriggers. */
export function statementTriggersSql(prefix: string, fn: string): string[] {
  return (
    [
      ["INSERT", "new table as new_rows"],
      ["UPDATE", "old table as old_rows new table as new_rows"],
      ["DELETE", "old table as old_rows"],
    ] as const
  ).map(
    ([event, referencing]) =>
      `create trigger ${prefix}_${event.toLowerCase()} after ${event} on events
         referencing ${referencing} for each statement execute function ${fn}()`,
  );
}

/**
 * The store's write generation: one more on every statement (PostgreSQL) or row (SQLite) that
 * changes events. Read before a query, it names the state the answer reflects (the answer may be
 * newer, never older), so an answer cached under it stays right until the next write.
 */
async function createGeneration(db: Kysely<unknown>, backend: Backend): Promise<void> {
  await db.schema
    .createTable("store_generation")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("generation", "bigint", (c) => c.notNull())
    .execute();
  await sql`insert into store_generation (id, generation) values (1, 0)`.execute(db);
  const bump = "update store_generation set generation = generation + 1 where id = 1;";
  for (const event of ["insert", "update", "delete"]) {
    if (backend === "sqlite") {
      await sql
        .raw(`create trigger events_generation_${event} after ${event} on events begin ${bump} end`)
        .execute(db);
    }
  }
  if (backend === "postgres") {
    await sql
      .raw(
        `create function events_generation_bump() returns trigger language plpgsql as $fn$ begin ${bump} return null; end $fn$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger events_generation after insert or update or delete on events
         for each statement execute function events_generation_bump()`,
      )
      .execute(db);
  }
}

/**
 * Adds the cells of the event rows `from` selects (a table or a parenthesised subquery) to a
 * roll-up, as its insert trigger would one row at a time: the bulk import's one grouped upsert per
 * batch. `where true` keeps SQLite's upsert parser from reading the ON CONFLICT as a join clause.
 */
export function addCellsSql(s: RollupSpec, from: string): string {
  return `insert into ${s.table} (${names(s.keys)}${s.attributes.length ? `, ${names(s.attributes)}` : ""}, ${names(s.sums)})
    select * from (${groupedCells(s, from)}) where true
    on conflict (${names(s.keys)}) do update set ${s.sums.map((c) => `${c.column} = ${s.table}.${c.column} + excluded.${c.column}`).join(", ")}`;
}

/**
 * Drops roll-up tables with their triggers (SQLite) or apply functions (PostgreSQL): what an earlier
 * run of a roll-up migration made when the migration log was cut back, so running it again rebuilds
 * the tables from the events.
 */
export async function dropRollupTables(
  db: Kysely<unknown>,
  backend: "sqlite" | "postgres",
  tables: readonly string[],
): Promise<void> {
  for (const table of tables) {
    if (backend === "sqlite")
      for (const op of ["insert", "delete", "update"])
        await sql.raw(`drop trigger if exists events_${table}_${op}`).execute(db);
    else await sql.raw(`drop function if exists events_${table}_apply() cascade`).execute(db);
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}

/** Refills one roll-up from the events (after a restore, or a store written before migration 004). */
export async function rebuildRollup(db: Kysely<unknown>, s: RollupSpec): Promise<void> {
  await sql.raw(`delete from ${s.table}`).execute(db);
  await sql
    .raw(
      `insert into ${s.table} (${names(s.keys)}${s.attributes.length ? `, ${names(s.attributes)}` : ""}, ${names(s.sums)})
       ${groupedCells(s, "events")}`,
    )
    .execute(db);
}

/** A roll-up's table, its triggers on events, and its cells for the events already stored. */
export async function createRollup(db: Kysely<unknown>, s: RollupSpec, backend: Backend): Promise<void> {
  await createTable(db, s, backend);
  if (backend === "sqlite") await sqliteTriggers(db, s);
  else await postgresTriggers(db, s);
  await rebuildRollup(db, s);
}

export const m004_rollups = (backend: Backend) => ({
  async up(db: Kysely<unknown>) {
    for (const s of ROLLUPS) await createRollup(db, s, backend);
    await createGeneration(db, backend);
    // /events pages walk this index newest day first, the key breaking ties, for the first page
    // and any cursor alike, instead of sorting a day's events per request.
    await db.schema
      .createIndex("events_day_desc_key")
      .on("events")
      .columns(["day desc", "event_key"])
      .execute();
  },
});
