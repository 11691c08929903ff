// The command line as a person at a terminal meets it: per-command help generated from the option
// tables, --version, usage errors that say what was wrong, query formats and pages, ingest --jsonl
// and progress, document versions through ingest.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createProgressBar, progressText } from "../../src/cli/progress-bar.ts";
import { runCli } from "../helpers/run-cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "sitrep-qcli-"));
const db = join(tmp, "q.db");

describe("help, version and usage errors", () => {
  it("lists each command's own options with their defaults", async () => {
    const query = await runCli(["query", "--help"]);
    expect(query.status).toBe(0);
    for (const o of [
      "--db FILE",
      "--format F",
      "(default: json)",
      "--source CODE",
      "--sort KEY",
      "--cursor NEXT",
    ])
      expect(query.stdout).toContain(o);
    expect(query.stdout).toContain("--include-superseded");
    expect(query.stdout).toContain("--min-mentions N");
    const code = await runCli(["code", "--help"]);
    for (const o of ["--explain", "--dict-format F", "(default: sitrep)", "--max-bytes N", "(default: 20MB)"])
      expect(code.stdout).toContain(o);
    expect(code.stdout).not.toContain("--db");
    const exp = await runCli(["export", "-h"]);
    expect(exp.stdout).toContain("(default: plover)");
    expect(exp.stdout).not.toContain("--cursor");
    const ingest = await runCli(["ingest", "--help"]);
    expect(ingest.stdout).toContain("--db FILE");
    expect(ingest.stdout).toContain("--jsonl");
  });

  it("prints the version", async () => {
    const version = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"),
    ).version;
    const r = await runCli(["--version"]);
    expect(r).toMatchObject({ status: 0, stdout: `sitrep ${version}\n` });
  });

  it("says which option is unknown to which command", async () => {
    const r = await runCli(["query", "events", "--foo", "--db", db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option --foo for query; see sitrep query --help");
    expect(r.stderr).not.toContain("Unknown command or option");
    expect((await runCli(["export", "--limit", "5", "--db", db])).stderr).toContain(
      "unknown option --limit for export",
    );
    expect((await runCli(["ingest", "--explain", "x.txt"])).stderr).toContain(
      "unknown option --explain for ingest",
    );
  });

  it("refuses options a query does not use, extra arguments and repeated single values", async () => {
    const sort = await runCli(["query", "dyads", "--sort", "day", "--db", db]);
    expect(sort.status).toBe(2);
    expect(sort.stderr).toContain("option --sort is not used by query dyads");
    const extra = await runCli(["recode", "stray", "--db", db]);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toContain('recode takes no arguments, got "stray"');
    const twice = await runCli(["query", "--format", "csv", "--format", "tsv", "--db", db]);
    expect(twice.stderr).toContain("option --format of query takes one value, got 2");
    const missing = await runCli(["query", "--from"]);
    expect(missing.stderr).toContain("option --from of query needs a value (YYYY-MM-DD)");
  });

  it("rejects an impossible date naming the option, with exit status 2", async () => {
    const r = await runCli(["query", "events", "--from", "2024-13-01", "--db", db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("E_QUERY_PARAM: --from 2024-13-01: not a real day");
  });
});

describe("query output, pages and ingest on a real store", () => {
  const corpus = join(tmp, "batch.jsonl");
  let ingest: { status: number; stdout: string; stderr: string };
  beforeAll(async () => {
    const docs = [
      {
        id: "one",
        url: "https://news.example.org/one",
        date: "2024-03-05",
        text: "Chinese troops attacked Indian soldiers in Ladakh on Tuesday. Pakistan condemned India in Islamabad.",
      },
      {
        id: "two",
        date: "2024-03-06",
        text: "Russia accused Ukraine of shelling civilians in Donetsk. Iran threatened Israel with retaliation.",
      },
    ];
    writeFileSync(corpus, `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`);
    ingest = await runCli(["ingest", corpus, "--db", db, "--jsonl"]);
  }, 120_000);

  it("ingest --jsonl prints one line per document and progress as plain lines off a terminal", () => {
    expect(ingest.status).toBe(0);
    const lines = ingest.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ outcome: "stored", version: 1, url: "https://news.example.org/one" });
    expect(lines[0].docKey).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[0].events).toBeGreaterThan(0);
    expect(ingest.stderr).toMatch(/sitrep: 2\/2 documents/);
    expect(ingest.stderr).not.toContain("\r");
  });

  it("prints events as JSON with a next cursor, and the cursor pages on", async () => {
    const all = JSON.parse((await runCli(["query", "events", "--db", db])).stdout);
    expect(all.next).toBeNull();
    expect(all.events.length).toBeGreaterThan(2);
    const first = JSON.parse((await runCli(["query", "events", "--db", db, "--limit", "1"])).stdout);
    expect(first.events).toHaveLength(1);
    expect(first.next).toBeTruthy();
    const second = JSON.parse(
      (await runCli(["query", "events", "--db", db, "--limit", "1", "--cursor", first.next])).stdout,
    );
    expect(second.events[0].eventKey).not.toBe(first.events[0].eventKey);
    expect(second.events[0].eventKey).toBe(all.events[1].eventKey);
    for (const e of all.events) expect(e).toHaveProperty("docKey");
    const withUrl = all.events.filter(
      (e: { url: string | null }) => e.url === "https://news.example.org/one",
    );
    expect(withUrl.length).toBeGreaterThan(0);
  });

  it("prints CSV, TSV and JSON Lines; a truncated page says so on stderr", async () => {
    const csv = await runCli(["query", "events", "--db", db, "--format", "csv", "--limit", "1"]);
    const [header, row] = csv.stdout.trim().split("\n");
    expect(header!.split(",")).toEqual(
      expect.arrayContaining(["eventKey", "day", "sourceCode", "docKey", "url"]),
    );
    expect(row).toBeTruthy();
    expect(csv.stderr).toMatch(/sitrep: more events: --cursor \S+/);
    const tsv = await runCli(["query", "events", "--db", db, "--format", "tsv"]);
    expect(tsv.stdout.split("\n")[0]!.split("\t")).toContain("cameoCode");
    expect(tsv.stderr).not.toContain("more events");
    const jsonl = await runCli(["query", "actors", "--db", db, "--jsonl"]);
    for (const line of jsonl.stdout.trim().split("\n")) expect(JSON.parse(line)).toHaveProperty("code");
    const dyads = await runCli(["query", "dyads", "--db", db, "--format", "csv"]);
    expect(dyads.stdout.split("\n")[0]).toBe("sourceCode,targetCode,events,mentions,meanGoldstein");
  });

  it("--source and --target filter, several values each", async () => {
    const q = async (...args: string[]) =>
      JSON.parse((await runCli(["query", "events", "--db", db, ...args])).stdout).events as {
        sourceCode: string;
        targetCode: string | null;
      }[];
    const all = await q();
    const chn = await q("--source", "CHN");
    expect(chn.length).toBeGreaterThan(0);
    expect(chn.length).toBeLessThan(all.length);
    for (const e of chn) expect(e.sourceCode.startsWith("CHN")).toBe(true);
    const two = await q("--source", "CHN", "--source", "RUS");
    const comma = await q("--source", "CHN,RUS");
    expect(comma).toEqual(two);
    expect(two.length).toBeGreaterThan(chn.length);
    for (const e of await q("--target", "IND")) expect(e.targetCode?.startsWith("IND")).toBe(true);
  });

  it("stores a changed body at a known URL as a new version and skips an unchanged one", async () => {
    const v2 = join(tmp, "v2.jsonl");
    writeFileSync(
      v2,
      `${JSON.stringify({ id: "one", url: "https://news.example.org/one", date: "2024-03-05", text: "Chinese troops attacked Indian soldiers in Ladakh on Tuesday. Japan praised South Korea in Tokyo." })}\n`,
    );
    const r = await runCli(["ingest", v2, "--db", db, "--jsonl"]);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ outcome: "stored", version: 2 });
    const again = await runCli(["ingest", v2, "--db", db, "--jsonl"]);
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ outcome: "skipped" });
    const current = JSON.parse(
      (await runCli(["query", "events", "--db", db, "--source", "PAK"])).stdout,
    ).events;
    expect(current).toEqual([]);
    const old = JSON.parse(
      (await runCli(["query", "events", "--db", db, "--source", "PAK", "--include-superseded"])).stdout,
    ).events;
    expect(old.length).toBeGreaterThan(0);
    expect(old[0].supersededBy).toBeTruthy();
  }, 60_000);
});

describe("progress", () => {
  it("shows done/total, rate and ETA", () => {
    expect(progressText(10, 40, 5000)).toBe("10/40 documents, 2.0/s, ETA 0:15");
    expect(progressText(3, null, 1000)).toBe("3 documents, 3.0/s");
    expect(progressText(40, 40, 4000)).toBe("40/40 documents, 10/s");
  });

  it("redraws one line on a terminal and writes plain lines at most every 10 s elsewhere", () => {
    let t = 0;
    let bar = "";
    const onTty = createProgressBar(4, (s) => (bar += s), { mode: "bar", now: () => t });
    for (let i = 0; i < 4; i++) {
      t += 500;
      onTty.tick({ stored: i + 1 });
    }
    onTty.done();
    expect(bar).toContain("\r[");
    expect(bar).toContain("4/4 documents");
    expect(bar).toContain("ETA");
    let log = "";
    t = 0;
    const plain = createProgressBar(100, (s) => (log += s), { mode: "lines", now: () => t });
    for (let i = 0; i < 100; i++) {
      t += 1000;
      plain.tick({ stored: i + 1 });
    }
    plain.done();
    const lines = log.trim().split("\n");
    expect(lines).toHaveLength(11);
    expect(log).not.toContain("\r");
    expect(lines[0]).toBe("sitrep: 10/100 documents, 1.0/s, ETA 1:30 (stored 10)");
    expect(lines.at(-1)).toBe("sitrep: 100/100 documents, 1.0/s (stored 100)");
  });
});
