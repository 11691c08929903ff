// Event pages read as one query against the same pages read as merged branches (page-query.ts:
// one branch per CAMEO root or country of the filter, or per actor side), alternating in one process over a kept
// SQLite store: median CPU µs of 3 rounds × 5 calls each, and whether both give the same rows.
// A filter without a list of several roots or countries, or of actors, has one branch (the same SQL both ways).
//   node bin/run-ts.js bench/api/page-branches.ts FILE   (FILE: a store kept by bench:api --db)
import { filterFromParams } from "../../src/serve/event-params.ts";
import { eventPageQuery, pageRows } from "../../src/store/page-query.ts";
import { connectSqlite } from "../../src/store/sqlite/connect-sqlite.ts";

const { db } = connectSqlite(process.argv[2]!, { readOnly: true });
const cases: Record<string, string>[] = [
  { actor: "PAK", root: "18,19" },
  { actor: "PAK", root: "19" },
  { root: "18,19" },
  { actor: "USA", root: "01,02,03" },
  { country: "PAK,IND" },
  { code: "190,0311" },
  // Actor sides (migration 016): one branch per side along the country indexes.
  { actor: "PAK" },
  { actor: "USA" },
  { actor: "ZWE" },
  { actor: "USAGOV" },
  { actor: "PAK", quad: "4" },
  { source: "USAGOV" },
  { target: "CHN" },
  { actor: "PAK,IND" },
];
for (const params of cases) {
  const f = filterFromParams(params);
  const single = () => eventPageQuery(db, "sqlite", f, null).select(["day", "event_key"]).limit(51).execute();
  const merged = () => pageRows(db, "sqlite", f, 51, null, (q) => q.select(["day", "event_key"]));
  const same = JSON.stringify(await single()) === JSON.stringify(await merged());
  const times = { single: [] as number[], merged: [] as number[] };
  for (let round = 0; round < 3; round++)
    for (const [name, call] of [
      ["single", single],
      ["merged", merged],
    ] as const) {
      const c = process.cpuUsage();
      for (let i = 0; i < 5; i++) await call();
      const d = process.cpuUsage(c);
      times[name].push((d.user + d.system) / 5);
    }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!.toFixed(0);
  console.log(
    `${JSON.stringify(params).padEnd(36)} single query ${median(times.single).padStart(8)} µs, branches ${median(times.merged).padStart(7)} µs, same rows: ${same}`,
  );
}
await db.destroy();
