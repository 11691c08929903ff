// `sitrep dict check` covers every data table, not only the actor dictionaries.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";

describe("sitrep dict check", () => {
  it("passes on the project's own data", async () => {
    const r = await runCli(["dict", "check"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("0 problems");
  });

  it("names the file and line of a bad verb pattern in a user folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-dict-"));
    mkdirSync(join(dir, "verbs"));
    writeFileSync(join(dir, "verbs", "04-consult.txt"), "this is not a pattern line\n");
    const r = await runCli(["dict", "check", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/04-consult\.txt:1: /);
  });
});
