// `sitrep dict check [DIR]` (src/cli/command-dict.ts), run in-process with injected output.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../../src/cli/cli-io.ts";
import { runDictCheck } from "../../../src/cli/command-dict.ts";
import { isSitrepError } from "../../../src/errors.ts";
import { FIXTURES } from "./mention-helpers.ts";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (c) => {
      stdout += c;
    },
    stderr: (c) => {
      stderr += c;
    },
    readStdin: async () => new Uint8Array(),
    isTty: false,
  };
  const status = await runDictCheck(args, io);
  return { status, stdout, stderr };
}

describe("sitrep dict check", () => {
  it("prints file:line: message for each problem in the given folder and exits 1", async () => {
    const r = await run(["check", join(FIXTURES, "dict-bad")]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line).toMatch(/dict-bad\/actors\/\w+\.tsv:\d+: \S/);
    expect(r.stderr).toMatch(/8 problems/);
  });

  it("exits 0 for a clean folder", async () => {
    const r = await run(["check", join(FIXTURES, "dict-user")]);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });

  it("rejects an unknown verb and a missing folder", async () => {
    await expect(run(["list"])).rejects.toSatisfy((e) => isSitrepError(e) && e.code === "E_USAGE");
    await expect(run(["check", join(FIXTURES, "nope")])).rejects.toSatisfy(
      (e) => isSitrepError(e) && e.code === "E_DICT_NOT_FOUND",
    );
  });
});
