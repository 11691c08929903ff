// What the write stamps per dyad (migrations 021, 024) and the band bits of migration 022 cost a
// stored document, on PostgreSQL and SQLite. A worker's store calls over generated stories
// (findDocument, nearDuplicateCandidates, saveDocument, as bench/live/store-writes.ts records them)
// are recorded once, then replayed in lockstep on one fresh store per variant: document by
// document, each store in turn (the first store rotating), so a change of machine load hits every
// variant within milliseconds rather than between runs. Per variant and round: the client CPU of its
// calls (SQLite's work happens there) and, on PostgreSQL, its database's backend CPU (/proc), in ms
// per stored document; then each variant's range over the rounds.
//   PostgreSQL variants: as migrated (024: stamps collected by the roll-up function, written at
//   commit); 021's statement trigger instead; no stamps; 024 with 022's bits out of the key index.
//   SQLite: with 021's row triggers, without.
//   node bin/run-ts.js bench/live/stamp-cost.ts [--documents 300] [--rounds 3]
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { createContext } from "../../src/context.ts";
import { createDocumentIngester } from "../../src/pipeline.ts";
import { statementStampsSql } from "../../src/store/dyad-write-stamps.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { rollupsApplyFunction } from "../../src/store/postgres/one-statement-rollups.ts";
import { createBenchDatabase } from "./bench-database.ts";
import { processCpuSeconds } from "./cpu-meter.ts";
import { benchStoryInput } from "./stories.ts";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "300" },
    rounds: { type: "string", default: "3" },
  },
});

type Call = { name: "findDocument" | "nearDuplicateCandidates" | "saveDocument"; args: unknown[] };
const RECORDED = new Set(["findDocument", "nearDuplicateCandidates", "saveDocument"]);

interface Opened {
  store: Store;
  /** Backend CPU seconds so far (0 for SQLite). */
  backendCpu(): Promise<number>;
  close(): Promise<void>;
}

async function sqliteStore(setup: readonly string[]): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-stamp-cost-"));
  const path = join(dir, "s.db");
  const store = await openStore({ dbPath: path, databaseUrl: null });
  const raw = new BetterSqlite3(path);
  for (const s of setup) raw.exec(s);
  raw.close();
  return {
    store,
    backendCpu: async () => 0,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStore(setup: readonly string[]): Promise<Opened> {
  const { admin, name, url } = await createBenchDatabase("sitrep_bench_stamps");
  const store = await openStore({ dbPath: "", databaseUrl: url });
  if (setup.length) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(setup.join(";\n"));
    await c.end();
  }
  const seen = new Map<number, number>();
  return {
    store,
    async backendCpu() {
      const r = await admin.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1", [
        name,
      ]);
      for (const { pid } of r.rows) seen.set(pid, processCpuSeconds(pid) ?? seen.get(pid) ?? 0);
      return [...seen.values()].reduce((a, b) => a + b, 0);
    },
    async close() {
      await store.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const noCollect = rollupsApplyFunction(undefined, "one", false);
const VARIANTS: readonly { label: string; open: () => Promise<Opened> }[] = [
  { label: "PostgreSQL, 024 (stamps written at commit)", open: () => postgresStore([]) },
  {
    label: "PostgreSQL, 021 (stamp statement trigger)",
    open: () => postgresStore([noCollect, ...statementStampsSql()]),
  },
  { label: "PostgreSQL, no stamps", open: () => postgresStore([noCollect]) },
  {
    label: "PostgreSQL, 024 without 022's bits in the key index",
    open: () =>
      postgresStore([
        "alter table document_bands drop constraint document_bands_pk",
        "alter table document_bands add constraint document_bands_pk primary key (band, doc_key)",
      ]),
  },
  { label: "SQLite, stamp row triggers", open: () => sqliteStore([]) },
  {
    label: "SQLite, no stamps",
    open: () =>
      sqliteStore(["insert", "update", "delete"].map((op) => `drop trigger events_dyad_write_stamps_${op}`)),
  },
];

/** A worker's store calls per document over `n` stories (20 warm-up stories first, not recorded). */
async function recordDocuments(n: number): Promise<Call[][]> {
  const opened = await sqliteStore([]);
  const documents: Call[][] = [];
  let current: Call[] = [];
  let recording = false;
  const recorder = new Proxy(opened.store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof name !== "string" || !RECORDED.has(name)) return value;
      return (...args: unknown[]) => {
        if (recording) current.push({ name: name as Call["name"], args });
        if (recording && name === "saveDocument") {
          documents.push(current);
          current = [];
        }
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  }) as Store;
  const ingest = createDocumentIngester(recorder, createContext(), undefined, { checkWhenSaving: true });
  const story = (i: number) => benchStoryInput(i);
  for (let i = 0; i < 20; i++) await ingest(story(1_000_000 + i));
  recording = true;
  for (let i = 0; i < n; i++) await ingest(story(i));
  await opened.close();
  return documents;
}

const documents = await recordDocuments(Number(values.documents));
const ranges = new Map(VARIANTS.map((v) => [v.label, { client: [] as number[], backend: [] as number[] }]));
for (let r = 0; r < Number(values.rounds); r++) {
  const opened = await Promise.all(VARIANTS.map((v) => v.open()));
  const client = VARIANTS.map(() => 0);
  const backend0 = await Promise.all(opened.map((o) => o.backendCpu()));
  for (let d = 0; d < documents.length; d++)
    for (let k = 0; k < opened.length; k++) {
      const i = (d + k) % opened.length;
      const store = opened[i]!.store;
      const cpu0 = process.cpuUsage();
      for (const c of documents[d]!)
        await (store[c.name] as (...a: unknown[]) => Promise<unknown>)(...c.args);
      const cpu = process.cpuUsage(cpu0);
      client[i]! += (cpu.user + cpu.system) / 1000;
    }
  const backend1 = await Promise.all(opened.map((o) => o.backendCpu()));
  for (let i = 0; i < VARIANTS.length; i++) {
    const c = client[i]! / documents.length;
    const b = (1000 * (backend1[i]! - backend0[i]!)) / documents.length;
    ranges.get(VARIANTS[i]!.label)!.client.push(c);
    ranges.get(VARIANTS[i]!.label)!.backend.push(b);
    console.log(
      `round ${r + 1} [${VARIANTS[i]!.label}]: client CPU ${c.toFixed(2)} ms/doc, backend CPU ${b.toFixed(2)} ms/doc, sum ${(c + b).toFixed(2)}`,
    );
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  for (const o of opened) await o.close();
}
const span = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
for (const [label, { client, backend }] of ranges)
  console.log(
    `[${label}] ${documents.length} documents × ${values.rounds} rounds, ms per document: client ${span(client)}, backend ${span(backend)}, sum ${span(client.map((c, i) => c + backend[i]!))}`,
  );
