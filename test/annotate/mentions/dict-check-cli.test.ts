// `sitrep dict check [DIR]` (src/cli/command-dict.ts), run in-process with injected output.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDictCheck } from "../../../src/cli/command-dict.ts";
import { isSitrepError } from "../../../src/errors.ts";
import { captureIo } from "../../helpers/run-cli.ts";
import { FIXTURES } from "./mention-helpers.ts";

async function run(args: string[]) {
  const { io, result } = captureIo();
  return result(await runDictCheck(args, io));
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
