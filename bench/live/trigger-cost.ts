// The PostgreSQL backend CPU of the events statements a worker's document makes: the insert that
// stores nothing (its events were stored before: ON CONFLICT DO NOTHING), the recount (an update of
// report counts only) and the insert of new events, each with the ten roll-up trigger functions of
// migrations 011–017 and with migration 018's one function, in alternating bursts on one
// connection so that a change of machine load hits both. Each statement is rolled back.
//   node bin/run-ts.js bench/live/trigger-cost.ts [--events 3000] [--bursts 6] [--statements 300]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore } from "../../src/store/index.ts";
import {
  oneFunctionSql,
  rollupsApplyFunction,
  separateFunctionsSql,
} from "../../src/store/postgres/one-statement-rollups.ts";
import { createRandom } from "../seeded-random.ts";
import { createBenchDatabase } from "./bench-database.ts";
import { processCpuSeconds } from "./cpu-meter.ts";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "3000" },
    bursts: { type: "string", default: "6" },
    statements: { type: "string", default: "300" },
  },
});
const { admin, name, url } = await createBenchDatabase("sitrep_bench_triggers");
try {
  const store = await openStore({ dbPath: "", databaseUrl: url });
  const r = createRandom(5);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const countries = ["USA", "CHN", "PAK", "IND", "RUS", "KEN", "SOM", "PER"];
  const days = Array.from({ length: 60 }, (_, i) =>
    new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
  );
  await store.insertEvents(
    Array.from({ length: Number(values.events) }, (_, i) => {
      const day = pick(days);
      const root = pick(["01", "03", "04", "11", "17", "19"]);
      return {
        eventKey: `t${i}`,
        day,
        week: day,
        month: day.slice(0, 7),
        sourceCode: pick(countries) + pick(["", "GOV", "MIL"]),
        sourceName: "s",
        sourceCountry: pick(countries),
        targetCode: pick(countries),
        targetName: "t",
        targetCountry: pick(countries),
        cameoCode: `${root}0`,
        cameoRoot: root,
        quadClass: 1 + Math.floor(r() * 4),
        goldstein: Math.round(r() * 20 - 10),
        ploverType: "CONSULT",
        ploverMode: null,
        ploverContexts: [],
        modality: "asserted",
        negated: false,
        placeName: "p",
        country: pick(countries),
        admin1: null,
        lat: 1,
        lon: 2,
        numMentions: 1,
        numSources: 1,
        numArticles: 1,
        firstSeen: day,
        evidence: "e",
        origin: "sitrep",
      } as never;
    }),
  );
  await store.close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const pid = (await c.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0]!.pid;
  const keys = () => [0, 1, 2].map(() => `t${Math.floor(r() * Number(values.events))}`);
  const statements = {
    recount: (k: string[]) =>
      c.query("update events set num_mentions = num_mentions + 1, avg_tone = 0.5 where event_key = any($1)", [
        k,
      ]),
    "known insert": (k: string[]) =>
      c.query(
        `insert into events select * from events where event_key = any($1) on conflict (event_key) do nothing`,
        [k],
      ),
    "new insert": (k: string[]) =>
      c.query(
        `insert into events select (jsonb_populate_record(null::events,
           to_jsonb(e) || jsonb_build_object('event_key', 'new-' || e.event_key))).*
         from events e where event_key = any($1)`,
        [k],
      ),
  };
  const on = "alter table events enable trigger user";
  /** The roll-up triggers compared, and none at all (the statements' own cost). */
  const VARIANTS: Record<string, string[]> = {
    "with ten roll-up functions (011-017)": [on, ...separateFunctionsSql()],
    "with one (018)": [on, ...oneFunctionSql(undefined, true)],
    "with one, a statement per roll-up": [
      on,
      ...oneFunctionSql(undefined, true),
      rollupsApplyFunction(undefined, "each", true),
    ],
    "without roll-up triggers": [
      on,
      ...oneFunctionSql(undefined, true),
      "alter table events disable trigger user",
    ],
  };
  const cpu: Record<string, number> = {};
  const n = Number(values.statements);
  for (let b = 0; b < Number(values.bursts); b++)
    for (const [variant, setup] of Object.entries(VARIANTS)) {
      await c.query(setup.join(";\n"));
      for (const [label, run] of Object.entries(statements)) {
        for (let i = 0; i < 20; i++) {
          await c.query("begin");
          await run(keys());
          await c.query("rollback");
        }
        const t0 = processCpuSeconds(pid)!;
        for (let i = 0; i < n; i++) {
          await c.query("begin");
          await run(keys());
          await c.query("rollback");
        }
        const key = `${label}, ${variant}`;
        cpu[key] = (cpu[key] ?? 0) + processCpuSeconds(pid)! - t0;
      }
    }
  await c.end();
  const per = (k: string) => ((1e6 * cpu[k]!) / (n * Number(values.bursts))).toFixed(0);
  for (const label of Object.keys(statements))
    console.log(
      `${label}: backend CPU µs per statement (with begin and rollback): ${Object.keys(VARIANTS)
        .map((v) => `${per(`${label}, ${v}`)} ${v}`)
        .join(", ")}`,
    );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
