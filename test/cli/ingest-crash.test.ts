// A batch killed with SIGKILL and run again loses nothing and duplicates nothing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.ts";

const BIN = join(ROOT, "bin", "sitrep.js");
const COUNTRIES = ["Kenya", "Somalia", "Chile", "Peru", "Norway", "Poland", "Ghana", "Nepal", "Laos", "Oman"];

function writeCorpus(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const a = COUNTRIES[i % COUNTRIES.length];
    const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length];
    const text = `Story ${i}\n\nPublished 3 March 2021 14:05 GMT\n\n${a} and ${b} held talks on trade number ${i} in the capital on Monday, officials said. The ministers agreed to meet again in ${2022 + (i % 3)} to review progress on item ${i * 13}.\n`;
    writeFileSync(join(dir, `doc-${String(i).padStart(4, "0")}.txt`), text);
  }
}

function ingest(db: string, dir: string) {
  const r = spawnSync(process.execPath, [BIN, "ingest", "--db", db, dir], { encoding: "utf8" });
  return { status: r.status, summary: JSON.parse(r.stdout), stderr: r.stderr };
}

/** Documents committed so far, read without taking a write lock; 0 while the store is being created. */
function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("select count(*) as n from documents").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe("ingest after kill -9", () => {
  it("resumes without loss or duplicates", { timeout: 240_000 }, async () => {
    const tmp = mkdtempSync(join(tmpdir(), "sitrep-crash-"));
    const corpus = join(tmp, "corpus");
    writeCorpus(corpus, 120);
    const db = join(tmp, "crash.db");
    const child = spawn(process.execPath, [BIN, "ingest", "--db", db, corpus], { stdio: "ignore" });
    const exited = new Promise((r) => child.once("exit", r));
    // Kill it mid-batch: once some documents are stored, and well before all are.
    let stored = 0;
    for (let i = 0; i < 600 && stored < 10 && child.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 50));
      stored = storedCount(db);
    }
    child.kill("SIGKILL");
    await exited;
    const atKill = storedCount(db);
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(120);
    const resumed = ingest(db, corpus);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.summary.totals.documents).toBe(120);
    expect(resumed.summary.stored + resumed.summary.skipped).toBe(120);
    const clean = ingest(join(tmp, "clean.db"), corpus);
    expect(resumed.summary.totals).toEqual(clean.summary.totals);
    const again = ingest(db, corpus);
    expect(again.summary).toMatchObject({ stored: 0, skipped: 120 });
  });
});
