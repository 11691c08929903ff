// ARCHITECTURE.md is generated from the files' own leading comments; it must list every file as
// it is now. When this fails, run `npm run architecture` and commit the result.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { renderArchitecture } from "../../scripts/write-architecture.ts";
import { ROOT } from "../helpers/run-cli.ts";

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = join(dir, e);
    return statSync(full).isDirectory() ? tsFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("ARCHITECTURE.md", () => {
  it("is up to date with the tree (run `npm run architecture`)", () => {
    expect(readFileSync(join(ROOT, "ARCHITECTURE.md"), "utf8")).toBe(renderArchitecture());
  });

  it("gets a description for every source file: each opens with a comment saying what it is", () => {
    const silent = tsFiles(join(ROOT, "src"))
      .filter((f) => !/^\s*(\/\/|\/\*)/.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(silent).toEqual([]);
  });
});
