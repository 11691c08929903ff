// The live commands end to end, in-process: sources check (file:line), watch --once over a folder
// (new files only, on the second run nothing), sources status and jobs on the embedded queue.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";

const story = (i: number) =>
  `Story ${i}\n\nKenya and Somalia held talks on trade number ${i} in Nairobi on Monday, officials said.\n`;

describe("live commands", () => {
  it("`sources check` prints file:line problems and exits 1, or a summary and 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-live-cli-"));
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "sources:\n  - name: a\n    url: gopher://x\n");
    const r = await runCli(["sources", "check", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:3: `);
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ sources: [{ name: "a", url: "https://example.org/feed" }] }));
    const ok = await runCli(["sources", "check", good]);
    expect(ok).toMatchObject({ status: 0, stdout: `${good}: 1 sources, 1 enabled\n` });
  });

  it("`watch --once` codes new files of a folder source once; status and jobs report it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-live-cli-"));
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    for (let i = 0; i < 3; i++) writeFileSync(join(inbox, `s${i}.txt`), story(i));
    writeFileSync(join(inbox, "notes.bin"), "ignored: not a document type");
    const file = join(dir, "sources.yaml");
    writeFileSync(file, "sources:\n  - name: inbox\n    path: inbox\n    interval: 1m\n");
    const db = join(dir, "live.db");
    const first = await runCli(["watch", "--sources", file, "--db", db, "--once"]);
    expect(first.status).toBe(0);
    const one = JSON.parse(first.stdout);
    expect(one).toMatchObject({ documentsStored: 3, itemsNew: 3, queue: { dead: 0, waiting: 0 } });
    writeFileSync(join(inbox, "s3.txt"), story(3));
    const second = JSON.parse((await runCli(["watch", "--sources", file, "--db", db, "--once"])).stdout);
    expect(second).toMatchObject({ documentsStored: 1, itemsNew: 1, itemsSeen: 3 });
    const status = await runCli(["sources", "status", "--db", db, "--sources", file]);
    const row = JSON.parse(status.stdout.trim());
    expect(row).toMatchObject({
      name: "inbox",
      type: "folder",
      stored: 4,
      error: null,
      items: 4,
      newItems: 1,
    });
    const jobs = await runCli(["jobs", "--db", db]);
    expect(JSON.parse(jobs.stdout.split("\n")[0]!)).toMatchObject({
      backend: "embedded",
      counts: { done: 6, dead: 0 },
    });
    const retry = await runCli(["jobs", "retry", "nope", "--db", db]);
    expect(retry.stderr).toContain("E_JOB_NOT_FOUND");
  });

  it("each live command lists its options and defaults in --help and refuses unknown options", async () => {
    const help = await runCli(["watch", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--concurrency N");
    expect(help.stdout).toContain("(default: 4)");
    expect(help.stdout).toContain("--once");
    const worker = await runCli(["worker", "--help"]);
    expect(worker.stdout).toMatch(/--lock-duration T\s+.*\(default: 30s\)/);
    expect((await runCli(["jobs", "--help"])).stdout).toContain("(default: 100)");
    expect((await runCli(["sources", "--help"])).stdout).toContain("--sources FILE");
    for (const command of ["watch", "worker", "jobs", "sources"]) {
      const r = await runCli([command, "--bogus"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`unknown option --bogus for ${command}; see sitrep ${command} --help`);
    }
    // serve takes the same sources file (issue: live ingestion in the API process).
    expect((await runCli(["serve", "--help"])).stdout).toContain("--sources FILE");
    const serveDir = mkdtempSync(join(tmpdir(), "sitrep-live-cli-"));
    const badSources = join(serveDir, "sources.yaml");
    writeFileSync(badSources, "sources:\n  - name: a\n    url: gopher://x\n");
    const serve = await runCli([
      "serve",
      "--sources",
      badSources,
      "--db",
      join(serveDir, "s.db"),
      "--port",
      "0",
    ]);
    expect(serve.status).not.toBe(0);
    expect(serve.stderr).not.toContain("unknown option");
    expect(serve.stderr).toContain(badSources);
    const missing = await runCli(["watch", "--sources"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("option --sources of watch needs a value (FILE)");
  });

  it("`worker` without Redis says what to do", async () => {
    const saved = process.env.SITREP_REDIS_URL;
    delete process.env.SITREP_REDIS_URL;
    try {
      const r = await runCli(["worker"]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("E_QUEUE_UNAVAILABLE");
    } finally {
      if (saved !== undefined) process.env.SITREP_REDIS_URL = saved;
    }
  });
});
