// Where a worker's time goes: runs the document job's work (pipeline, then the store) over a
// generated backlog in this process, against PostgreSQL, and splits the wall time into the process's
// CPU time and the time spent waiting in store calls. Run one copy, then two at once on the same
// database: if two copies' store waits grow with each other, the store serialises them.
//   node bin/run-ts.js bench/live/profile-worker.ts --database-url postgres://… [--documents 60] [--offset 0]
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { createDocumentIngester } from "../../src/pipeline.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { benchStory } from "./stories.ts";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    documents: { type: "string", default: "60" },
    offset: { type: "string", default: "0" },
  },
});
if (!values["database-url"]) throw new Error("--database-url postgres://… is required");

const store = await openStore({ dbPath: "", databaseUrl: values["database-url"] });
const storeMs: Record<string, number> = {};
// Every store call timed by name: the waits (network, locks, commits) the pipeline does not see.
const timed = new Proxy(store, {
  get(target, name, receiver) {
    const value = Reflect.get(target, name, receiver);
    if (typeof value !== "function" || typeof name !== "string") return value;
    return async (...args: unknown[]) => {
      const t = performance.now();
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      } finally {
        storeMs[name] = (storeMs[name] ?? 0) + performance.now() - t;
      }
    };
  },
}) as Store;
const ingest = createDocumentIngester(timed, createContext());
// Warm the models before the clock, as `sitrep worker` does.
await ingest({
  kind: "raw",
  id: "warm",
  input: "warm",
  type: "text",
  content: new Uint8Array(Buffer.from(benchStory(-1))),
});
for (const k of Object.keys(storeMs)) delete storeMs[k];

const n = Number(values.documents);
const offset = Number(values.offset);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = offset; i < offset + n; i++) {
  const r = await ingest({
    kind: "raw",
    id: `p${i}`,
    input: `p${i}`,
    type: "text",
    content: new Uint8Array(Buffer.from(benchStory(i))),
  });
  if (r.outcome === "failed") throw new Error(JSON.stringify(r.error));
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const inStore = Object.values(storeMs).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    pid: process.pid,
    cores: cpus().length,
    documents: n,
    wallMsPerDoc: Math.round(wall / n),
    cpuMsPerDoc: Math.round(cpuMs / n),
    storeWaitMsPerDoc: Math.round(inStore / n),
    storeMsPerDocByCall: Object.fromEntries(Object.entries(storeMs).map(([k, v]) => [k, Math.round(v / n)])),
  }),
);
await store.close();
