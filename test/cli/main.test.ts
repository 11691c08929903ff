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

  it("gives an empty document E_DOC_EMPTY", async () => {
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "  \n\n ");
    const r = await runCli(["extract", "--jsonl", empty]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "empty", input: empty, error: { code: "E_DOC_EMPTY" } });
  });

  it("honours --max-bytes and refuses binary input, one error line each", async () => {
    const bin = join(tmp, "junk.txt");
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const r = await runCli(["extract", "--jsonl", "--max-bytes", "40", bin, article]);
    expect(r.status).toBe(1);
    const codes = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).error?.code);
    expect(codes).toEqual(["E_INPUT_BINARY", "E_INPUT_TOO_LARGE"]);
  });

  it("rejects a bad option value with exit 2", async () => {
    const r = await runCli(["extract", "--max-bytes", "lots", article]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("E_OPTION_VALUE");
    const d = await runCli(["extract", "--date", "yesterday", article]);
    expect(d.status).toBe(2);
    expect(d.stderr).toContain("E_DATE_INVALID");
  });

  it("maps JSON Lines input records back to their ids, using their date when the text has none", async () => {
    const batch = join(tmp, "batch.jsonl");
    writeFileSync(
      batch,
      `${JSON.stringify({ id: "x1", text: "Kenya and Somalia restored ties.", date: "2021-05-06T10:00:00Z" })}\n` +
        `${JSON.stringify({ id: "x2", text: "" })}\n`,
    );
    const r = await runCli(["extract", "--jsonl", batch]);
    expect(r.status).toBe(1);
    const [a, b] = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(a).toMatchObject({ id: "x1", input: `${batch}#x1`, publishedAt: "2021-05-06T10:00:00Z" });
    expect(b).toMatchObject({ id: "x2", error: { code: "E_DOC_EMPTY" } });
  });

  it("prints several documents as JSON Lines even without --jsonl", async () => {
    const r = await runCli(["extract", article, article]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("needs an input on a terminal", async () => {
    const r = await runCli(["extract"], "", true);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("E_USAGE");
  });

  it("reports failures through the real binary's exit status", () => {
    const r = runBin(["extract", "--jsonl", join(tmp, "missing.txt")]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe("E_INPUT_NOT_FOUND");
  });
});
