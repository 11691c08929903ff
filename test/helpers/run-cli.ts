import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/cli-io.ts";
import { main } from "../../src/cli/main.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SHARED = join(ROOT, "..", "shared");

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An in-memory CliIo: `stdin` is what the command reads, `result` what it wrote so far. */
export function captureIo(stdin = "", isTty = false): { io: CliIo; result: (status: number) => CliResult } {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (c) => {
      stdout += c;
    },
    stderr: (c) => {
      stderr += c;
    },
    readStdin: async () => Buffer.from(stdin),
    isTty,
  };
  return { io, result: (status) => ({ status, stdout, stderr }) };
}

/** Runs the CLI in-process with injected stdin/stdout: fast, for most CLI tests. */
export async function runCli(args: string[], stdin = "", isTty = false): Promise<CliResult> {
  const { io, result } = captureIo(stdin, isTty);
  return result(await main(args, io));
}

/** Runs the real `bin/sitrep.js` in a child process: proves the installed entry point works. */
export function runBin(args: string[], stdin = ""): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "sitrep.js"), ...args], {
    input: stdin,
    encoding: "utf8",
    cwd: ROOT,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
