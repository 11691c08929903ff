#!/usr/bin/env node
// The check that a speed change changed nothing stored: ingests the seed page, the demo corpus and
// a generated long document (several annotation windows) with the `sitrep` of a tree (its dist/
// when fresh), then prints one SHA-256 per table of the rows stored, ordered, with the columns
// that hold the clock (CLOCK_COLUMNS) left out. Run it on two trees and compare the lines.
//   node bench/scale/output-digest.mjs [--root TREE] [--long-mb 1.2]
// Plain JS (no tsx) so it runs the same on any tree; the long document comes from the generator
// of bench/scale, written once to a temporary file by the tree's own run-ts.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({
  options: {
    root: { type: "string", default: resolve(import.meta.dirname, "../..") },
    "long-mb": { type: "string", default: "1.2" },
  },
});
const root = resolve(values.root);
/** Columns that hold when the run happened, not what it found. */
const CLOCK_COLUMNS = new Set([
  "ingested_at",
  "logged_at",
  "first_seen",
  "last_seen",
  "timestamp",
  "first_used_at",
]);
const dir = mkdtempSync(join(tmpdir(), "sitrep-digest-"));
const run = (args) =>
  execFileSync(process.execPath, [join(root, "bin/sitrep.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });

/** Paths stored with a document (its input) name the tree and the temporary folder: made alike. */
const samePaths = (_key, v) =>
  typeof v === "bigint"
    ? String(v)
    : typeof v === "string"
      ? v.replaceAll(dir, "<tmp>").replaceAll(root, "<root>")
      : v;

try {
  const db = join(dir, "digest.db");
  const long = join(dir, "long.txt");
  const generator = join(dir, "generate.mjs");
  writeFileSync(
    generator,
    `import { writeFileSync } from "node:fs";
import { generateDocument } from ${JSON.stringify(join(root, "bench/scale/document-generate.ts"))};
writeFileSync(${JSON.stringify(long)}, generateDocument(${Math.round(Number(values["long-mb"]) * 1024 * 1024)}));\n`,
  );
  execFileSync(process.execPath, [join(root, "bin/run-ts.js"), generator], { cwd: root });
  // The seed page from this script's tree, so both trees store the same input path.
  const seed = resolve(import.meta.dirname, "../../../shared/seed/000_2a1a7ed2458459dd.txt");
  const demo = readdirSync(join(root, "data/demo"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(root, "data/demo", f));
  run(["ingest", "--db", db, "--date", "2024-05-01", seed, ...demo]);
  run(["ingest", "--db", db, "--type", "text", "--date", "2024-05-01", long]);
  const sqlite = new Database(db, { readonly: true });
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all();
  for (const table of tables) {
    const columns = sqlite
      .prepare(`select name from pragma_table_info('${table}')`)
      .pluck()
      .all()
      .filter((c) => !CLOCK_COLUMNS.has(c));
    if (!columns.length) continue;
    const list = columns.map((c) => `"${c}"`).join(", ");
    // Rows made alike first, then sorted: a path's place in SQL's order depends on the tree.
    const lines = [];
    for (const row of sqlite.prepare(`select ${list} from "${table}"`).raw().iterate())
      lines.push(JSON.stringify(row, samePaths));
    lines.sort();
    const hash = createHash("sha256");
    for (const line of lines) hash.update(`${line}\n`);
    const rows = lines.length;
    console.log(`${table.padEnd(28)} ${String(rows).padStart(8)}  ${hash.digest("hex").slice(0, 16)}`);
  }
  sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
