// bench/api/series-paths: the /series questions of bench/api answered by the read path before
// migration 008 and by the series roll-ups, in one process over the same SQLite store, one call at
// a time: CPU µs per call (median of --runs; unlike wall latency on a shared machine it does not
// grow with other processes' load), the cells each path reads, its EXPLAIN QUERY PLAN, and whether
// both answers are equal.
//   node bin/run-ts.js bench/api/series-paths.ts --db FILE [--runs 30]
// FILE is a store bench/api built (`npm run bench:api -- --db FILE`); opening it applies migration 008.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { type Kysely, sql } from "kysely";
import { dyadSeriesFromRollup } from "../../src/store/dyad-series-rollup.ts";
import { applyEventFilter, likePrefix } from "../../src/store/event-filter.ts";
import { openStore } from "../../src/store/index.ts";
import { PREFIX_WEEKS, rebuildPrefixRollup } from "../../src/store/prefix-rollup.ts";
import { dyadSeriesByMonth, sourcePrefixCells } from "../../src/store/rollup-month-queries.ts";
import { dyadSeriesFromActorDays, seriesOfCells } from "../../src/store/rollup-queries.ts";
import type { SeriesCells } from "../../src/store/series-cells.ts";
import { actorDyadSeries, countryDyadSeries } from "../../src/store/series-rollup-queries.ts";
import { connectSqlite } from "../../src/store/sqlite/connect-sqlite.ts";

const { values } = parseArgs({
  options: { db: { type: "string" }, runs: { type: "string", default: "30" } },
});
if (!values.db) throw new Error("--db FILE is required (a store bench/api built)");
const RUNS = Number(values.runs);

// Opening through the store applies migration 008 (building its roll-ups from the events once).
const t0 = performance.now();
await (await openStore({ dbPath: values.db, databaseUrl: null })).close();
console.log(`opened (migrations applied) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
// 014's week roll-up (a row per QuadClass), which migration 017 replaced: kept as data beside the
// store's tables so both reads run on the same file.
{
  const { db: w, raw: writable } = connectSqlite(values.db);
  const has = writable.prepare("select 1 from sqlite_master where name = ?").get(PREFIX_WEEKS.table);
  if (!has) {
    const t1 = performance.now();
    writable.exec(`create table ${PREFIX_WEEKS.table} (source_prefix text not null, target_prefix text not null,
      week text not null, quad_class integer not null, events integer not null, mentions integer not null,
      goldstein_sum real not null, primary key (source_prefix, target_prefix, week, quad_class)) without rowid`);
    await rebuildPrefixRollup(w as unknown as Kysely<unknown>, PREFIX_WEEKS);
    console.log(`${PREFIX_WEEKS.table} rebuilt as data in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  }
  await w.destroy();
}
const { db, raw } = connectSqlite(values.db, { readOnly: true });

/** The whole weeks of a dyad from 014's prefix_dyad_weeks, as prefixSeriesByWeek read them before 017. */
const narrowWeeks = (source: string, target: string, filter: { quad?: number }) => {
  let q = (
    db.selectFrom(`${PREFIX_WEEKS.table} as events` as "events") as unknown as Parameters<
      typeof seriesOfCells
    >[1]
  )
    .where(sql.ref("source_prefix"), "=", source)
    .where(sql.ref("target_prefix"), "=", target);
  if (filter.quad) q = q.where(sql.ref("quad_class"), "in", [filter.quad]);
  return seriesOfCells(db, q, "week");
};

/** Median CPU µs of `runs` calls, and the last answer. */
async function cpuPerCall(call: () => Promise<SeriesCells[]>) {
  let answer: SeriesCells[] = [];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    answer = await call();
    const d = process.cpuUsage(c);
    times.push(d.user + d.system);
  }
  times.sort((a, b) => a - b);
  return { us: times[Math.floor(times.length / 2)]!, answer };
}

const cells = (text: string) => Number((raw.prepare(text).get() as { n: number }).n);
const plan = (text: string) =>
  (raw.prepare(`explain query plan ${text}`).all() as { detail: string }[]).map((r) => r.detail).join("; ");

/** USAGOV → CHN by week with QuadClass 4 from actor_dyad_days, as actorDyadSeries read it before migration 014. */
const actorDyadWeeksByDay = () =>
  seriesOfCells(
    db,
    applyEventFilter(sourcePrefixCells(db, "actor_dyad_days", "USAGOV"), { quad: 4 }, "sqlite").where(
      likePrefix("target_code", "CHN"),
    ),
    "week",
  );

const USAGOV =
  "source_code >= 'USAGOV' and source_code < 'USAGOW' and target_code >= 'CHN' and target_code < 'CHO'";
const questions = [
  {
    name: "/series USA→CHN by month",
    before: () => dyadSeriesFromRollup(db, "USA", "CHN", "month", {}),
    after: () => countryDyadSeries(db, "USA", "CHN", "month", {}),
    cellsBefore:
      "select count(*) as n from dyad_days where source_country = 'USA' and target_country = 'CHN'",
    cellsAfter:
      "select count(*) as n from prefix_dyad_month_quads where source_prefix = 'USA' and target_prefix = 'CHN'",
  },
  {
    name: "/series USAGOV→CHN by month (ten years)",
    before: () => dyadSeriesByMonth(db, "USAGOV", "CHN", {}, "sqlite"),
    after: () => actorDyadSeries(db, "USAGOV", "CHN", "month", {}, "sqlite"),
    cellsBefore: `select count(*) as n from actor_months where ${USAGOV}`,
    cellsAfter:
      "select count(*) as n from prefix_dyad_month_quads where source_prefix = 'USAGOV' and target_prefix = 'CHN'",
  },
  {
    name: "/series USAGOV→CHN by week, quad 4",
    before: () => dyadSeriesFromActorDays(db, "USAGOV", "CHN", "week", { quad: 4 }, "sqlite"),
    after: () => actorDyadWeeksByDay(),
    cellsBefore: "select count(*) as n from actor_days",
    cellsAfter: `select count(*) as n from actor_dyad_days where ${USAGOV} and quad_class = 4`,
  },
  {
    // Migration 014: the same question from prefix_dyad_weeks, against the actor_dyad_days path.
    name: "/series USAGOV→CHN by week, quad 4 (week roll-up)",
    before: () => actorDyadWeeksByDay(),
    after: () => actorDyadSeries(db, "USAGOV", "CHN", "week", { quad: 4 }, "sqlite"),
    cellsBefore: `select count(*) as n from actor_dyad_days where ${USAGOV} and quad_class = 4`,
    cellsAfter:
      "select count(*) as n from prefix_dyad_week_quads where source_prefix = 'USAGOV' and target_prefix = 'CHN' and events_q4 > 0",
  },
  // Migration 017: the week roll-up with a row per QuadClass (014's prefix_dyad_weeks, rebuilt
  // above as data) against one row per week with the QuadClasses as columns, through the store's path.
  ...(
    [
      ["USA", "CHN", {}],
      ["USAGOV", "CHN", { quad: 4 }],
    ] as const
  ).map(([source, target, filter]) => ({
    name: `/series ${source}→${target} by week${"quad" in filter ? ", quad 4" : ""} (017: QuadClasses as columns)`,
    before: () => narrowWeeks(source, target, filter),
    after: () =>
      source.length === 3
        ? countryDyadSeries(db, source, target, "week", filter)
        : actorDyadSeries(db, source, target, "week", filter, "sqlite"),
    cellsBefore: `select count(*) as n from ${PREFIX_WEEKS.table} where source_prefix = '${source}' and target_prefix = '${target}'${"quad" in filter ? " and quad_class = 4" : ""}`,
    cellsAfter: `select count(*) as n from prefix_dyad_week_quads where source_prefix = '${source}' and target_prefix = '${target}'${"quad" in filter ? " and events_q4 > 0" : ""}`,
  })),
];

console.log(
  `\nbench/api/series-paths — ${RUNS} calls each, one at a time; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}\n`,
);
console.log(
  "| question | before: CPU µs/call | cells read | after: CPU µs/call | cells read | equal answers |",
);
console.log("|---|---|---|---|---|---|");
for (const q of questions) {
  const before = await cpuPerCall(q.before);
  const after = await cpuPerCall(q.after);
  const equal = JSON.stringify(before.answer) === JSON.stringify(after.answer);
  console.log(
    `| ${q.name} | ${before.us} | ${cells(q.cellsBefore)} | ${after.us} | ${cells(q.cellsAfter)} | ${equal ? "yes" : "NO"} (${after.answer.length} points) |`,
  );
}
// The plans of the roll-up path's statements, as SQLite runs them.
console.log("\nEXPLAIN QUERY PLAN (after):");
console.log(
  `- prefix_dyad_month_quads: ${plan("select month, events_q1 + events_q2 + events_q3 + events_q4 from prefix_dyad_month_quads where source_prefix = 'USA' and target_prefix = 'CHN' order by month")}`,
);
console.log(
  `- actor_dyad_days (skip-scan): ${plan(`with recursive codes(code) as (select (select min(source_code) from actor_dyad_days where source_code >= 'USAGOV' and source_code < 'USAGOW') union all select (select min(source_code) from actor_dyad_days where source_code > codes.code and source_code < 'USAGOW') from codes where codes.code is not null) select week, sum(events) from codes join actor_dyad_days e on e.source_code = codes.code where e.target_code >= 'CHN' and e.target_code < 'CHO' and e.quad_class = 4 group by week`)}`,
);
console.log(
  `- prefix_dyad_week_quads: ${plan("select week, events_q1 + events_q2 + events_q3 + events_q4 from prefix_dyad_week_quads where source_prefix = 'USA' and target_prefix = 'CHN' and events_q1 + events_q2 + events_q3 + events_q4 > 0 order by week")}`,
);
raw.close();
await db.destroy();
