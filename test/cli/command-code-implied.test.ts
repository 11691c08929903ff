// `sitrep code --explain` says which institution an agentless legal act was given and why
// (src/code/implied-agents.ts), on a line of its own rather than as a reason nothing was coded.
import { describe, expect, it } from "vitest";
import { runCode } from "../../src/cli/command-code.ts";
import { captureIo } from "../helpers/run-cli.ts";

describe("sitrep code --explain: implied agents", () => {
  it("prints the implied doer with the table row and where its country came from", async () => {
    const { io, result } = captureIo("Three Kenyan students were arrested in Kampala on Friday.");
    const r = result(await runCode(["--explain", "--type", "clean", "-"], io));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /implied: .*implied agent UGACOP for "arrested".*implied-agents\.tsv:\d+.*"in Kampala"/,
    );
    expect(r.stdout).not.toMatch(/why not: .*implied agent/);
    expect(r.stdout).toMatch(/event: {2}UGACOP -> KEN/);
  });
});
