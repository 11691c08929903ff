import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin, runCli } from "../helpers/run-cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
const article = join(tmp, "story.txt");
writeFileSync(
  article,
  "China and Pakistan agreed to deepen military cooperation.\n\nThe two sides met in Beijing.\n",
);

describe("sitrep CLI", () => {
  it("prints help and exits 2 without a command", async () => {
    const r = await runCli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("Usage: sitrep");
  });

  it("rejects an unknown command with E_USAGE and exit 2", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("E_USAGE");
  });

  it("extracts one file as pretty JSON", async () => {
    const r = await runCli(["extract", article]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.id).toBe("story");
    expect(doc.input).toBe(article);
    expect(doc.text).toContain("military cooperation");
    expect(r.stdout.split("\n").length).toBeGreaterThan(3);
  });

  it("reports a missing file as an error line and exit 1, and goes on", async () => {
    const r = await runCli(["extract", "--jsonl", join(tmp, "nope.txt"), article]);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].error.code).toBe("E_INPUT_NOT_FOUND");
    expect(lines[1].id).toBe("story");
    expect(r.stderr).toContain("E_INPUT_NOT_FOUND");
  });

  it("reads stdin when the input is -", async () => {
    const r = await runCli(["extract", "--jsonl", "-"], "Russia and Ukraine held talks in Istanbul.");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.input).toBe("-");
    expect(doc.text).toBe("Russia and Ukraine held talks in Istanbul.");
  });

  it("runs through the installed bin entry point", () => {
    const r = runBin(["annotate", "--jsonl", article]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.sentences.length).toBe(2);
    expect(doc.sentences[0].tokens[0]).toMatchObject({ start: 0, end: 5, text: "China", pos: "PROPN" });
  });
});
