// `sitrep code` run in-process through runCode (the lead registers it in main.ts).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCode } from "../../src/cli/command-code.ts";
import { SitrepError } from "../../src/errors.ts";
import { captureIo, SHARED } from "../helpers/run-cli.ts";

const PETRARCH_DICTS = join(SHARED, "bench", "eventcoding", "petrarch-validate-dictionaries");

async function run(args: string[], stdin: string) {
  const { io, result } = captureIo(stdin);
  return result(await runCode(args, io));
}

describe("sitrep code", () => {
  it("explains every sentence, with the reason when nothing is coded", async () => {
    const r = await run(
      ["--explain", "--type", "text", "-"],
      "The weather was hot and dry all week long in the hills.",
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/tokens: The\/DET weather\/NOUN/);
    expect(r.stdout).toMatch(/why not: /);
  });
  it("says which antecedent a pronoun or 'the group' was taken for, and why a role stayed bare", async () => {
    const r = await run(
      ["--explain", "--type", "clean", "-"],
      "Amnesty International issued a report on Monday. The group accused Iranian police of abuses. They denied it.",
    );
    expect(r.stdout).toMatch(
      /Amnesty International=NGOAMN \{"the group" stands for "Amnesty International" named before\}/,
    );
    expect(r.stdout).toMatch(
      /=IRNCOP \{"They" stands for "Iranian police", the one plural body of the sentence before\}/,
    );
    const bare = await run(["--explain", "--type", "clean", "-"], "Police arrested two men on Friday.");
    expect(bare.stdout).toMatch(/=COP \{bare: [^}]+\}/);
  });
  it("prints a JSON array without --jsonl", async () => {
    const r = await run(["--type", "text", "-"], "The weather was hot and dry all week long in the hills.");
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });
  it("refuses an unknown dictionary format with E_OPTION_VALUE", async () => {
    await expect(run(["--dict-format", "kedsx", "-"], "x")).rejects.toSatisfy(
      (e: unknown) => e instanceof SitrepError && e.code === "E_OPTION_VALUE",
    );
  });
  it.skipIf(!existsSync(PETRARCH_DICTS))(
    "codes with TABARI/PETRARCH dictionaries (--dict-format petrarch)",
    async () => {
      const r = await run(
        [
          "--jsonl",
          "--type",
          "text",
          "--date",
          "1995-01-01",
          "--dict-format",
          "petrarch",
          "--dict",
          PETRARCH_DICTS,
          "-",
        ],
        "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.",
      );
      expect(r.status).toBe(0);
      const events = r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(events.map((e) => `${e.source.code}>${e.target?.code}:${e.cameo.code}`)).toEqual([
        "ARN>GON:064",
      ]);
      expect(events[0].docId).toBeTruthy();
    },
  );
});
