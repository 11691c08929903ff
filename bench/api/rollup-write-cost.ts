// What some roll-ups (by default place_months and migration 017's prefix_dyad_week_quads; --tables
// pair_months for 015's, dyad_write_stamps for 021's write counts) add to every stored event on
// SQLite: generated events inserted in batches of 100 (below the grouped bulk path, so each row
// fires the roll-up triggers as a document's events do) into two fresh stores, one with the
// triggers of those tables and one with them dropped, in alternating rounds so that a change of machine load
// hits both. CPU µs per event (median of the rounds) and the cells each roll-up holds after.
// --indexes drops those indexes of events instead (--tables "" to keep every trigger): what an
// index costs each stored event (migration 016's: events_source_country_page,events_target_country_page).
// --old-weeks gives the second store migration 014's prefix_dyad_weeks (a row per QuadClass) in
// place of 017's prefix_dyad_week_quads (use with --tables prefix_dyad_week_quads): the write cost
// before and after 017.
//   node bin/run-ts.js bench/api/rollup-write-cost.ts [--events 20000] [--rounds 4] [--tables A,B]
//     [--indexes A,B] [--old-weeks]
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { openStore, type StoredEvent } from "../../src/store/index.ts";
import { createPrefixRollup, PREFIX_WEEKS } from "../../src/store/prefix-rollup.ts";
import { connectSqlite } from "../../src/store/sqlite/connect-sqlite.ts";
import { generateEvents } from "../store/event-generator.ts";

const Database = createRequire(import.meta.url)("better-sqlite3") as typeof import("better-sqlite3");
const { values } = parseArgs({
  options: {
    events: { type: "string", default: "20000" },
    rounds: { type: "string", default: "4" },
    tables: { type: "string", default: "place_months,prefix_dyad_week_quads" },
    indexes: { type: "string", default: "" },
    "old-weeks": { type: "boolean", default: false },
  },
});
const TABLES = values.tables.split(",").filter(Boolean);
const INDEXES = values.indexes.split(",").filter(Boolean);
const EVENTS = Number(values.events);
const ROUNDS = Number(values.rounds);
const dir = mkdtempSync(join(tmpdir(), "sitrep-rollup-cost-"));
const all: StoredEvent[] = [...generateEvents(EVENTS * ROUNDS)].flat();

async function open(name: string, withoutTables: boolean) {
  const path = join(dir, `${name}.db`);
  await (await openStore({ dbPath: path, databaseUrl: null })).close();
  if (withoutTables) {
    const raw = new Database(path);
    for (const t of TABLES)
      for (const op of ["insert", "delete", "update"]) raw.exec(`drop trigger events_${t}_${op}`);
    for (const index of INDEXES) raw.exec(`drop index ${index}`);
    raw.close();
    if (values["old-weeks"]) {
      const { db, raw: connection } = connectSqlite(path);
      await createPrefixRollup(db as unknown as Kysely<unknown>, "sqlite", PREFIX_WEEKS);
      await db.destroy();
      connection.close();
    }
  }
  return { path, store: await openStore({ dbPath: path, databaseUrl: null }) };
}

const withTriggers = await open("with", false);
const without = await open("without", true);
const cost: Record<string, number[]> = { with: [], without: [] };
for (let round = 0; round < ROUNDS; round++) {
  const events = all.slice(round * EVENTS, (round + 1) * EVENTS);
  for (const [name, s] of (round % 2
    ? [
        ["without", without],
        ["with", withTriggers],
      ]
    : [
        ["with", withTriggers],
        ["without", without],
      ]) as [string, typeof without][]) {
    const c = process.cpuUsage();
    for (let i = 0; i < events.length; i += 100) await s.store.insertEvents(events.slice(i, i + 100));
    const d = process.cpuUsage(c);
    cost[name]!.push((d.user + d.system) / events.length);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
await withTriggers.store.close();
await without.store.close();
const raw = new Database(withTriggers.path, { readonly: true });
const count = (t: string) => raw.prepare(`select count(*) from ${t}`).pluck().get() as number;
const tables = [
  "events",
  "place_days",
  "place_months",
  "prefix_dyad_month_quads",
  "prefix_dyad_week_quads",
  "pair_months",
  "dyad_write_stamps",
];
console.log(
  `rollup-write-cost — ${EVENTS * ROUNDS} events each, batches of 100 (row triggers); load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(
  `  CPU µs per event: with ${[...TABLES, ...INDEXES].join(" + ")} ${median(cost.with!).toFixed(0)} (rounds ${cost.with!.map((x) => x.toFixed(0)).join(", ")}), without ${median(cost.without!).toFixed(0)} (rounds ${cost.without!.map((x) => x.toFixed(0)).join(", ")})`,
);
console.log(`  cells: ${tables.map((t) => `${t} ${count(t)}`).join(", ")}`);
raw.close();
rmSync(dir, { recursive: true, force: true });
