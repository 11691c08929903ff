// The error and warning catalogs stay complete: every code the source emits is listed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERRORS, SitrepError, toSitrepError, WARNINGS } from "../src/errors.ts";
import { ROOT } from "./helpers/run-cli.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = join(dir, e);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("error catalog", () => {
  it("lists every warning code the source emits", () => {
    const used = new Set<string>();
    for (const f of sourceFiles(join(ROOT, "src"))) {
      for (const m of readFileSync(f, "utf8").matchAll(/["'`](W_[A-Z0-9_]+)["'`]/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((c) => !(c in WARNINGS))).toEqual([]);
  });

  it("builds errors with a code, a message that says what to do, and the input", () => {
    const e = new SitrepError("E_INPUT_NOT_FOUND", "No such file: x.txt", "x.txt");
    expect(e.code).toBe("E_INPUT_NOT_FOUND");
    expect(e.message).toContain("No such file: x.txt");
    expect(e.message).toContain(ERRORS.E_INPUT_NOT_FOUND);
    expect(e.input).toBe("x.txt");
    expect(JSON.parse(JSON.stringify(e))).toEqual({ code: "E_INPUT_NOT_FOUND", message: e.message });
    expect(toSitrepError(new Error("boom")).code).toBe("E_INTERNAL");
    expect(toSitrepError(e)).toBe(e);
  });
});
