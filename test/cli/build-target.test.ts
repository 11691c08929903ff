// dist/ keeps regular expression literals as literals: built for a Node target, esbuild turned
// each /\p{..}/u into `new RegExp(...)`, a constructor call every time the line runs.
import { transform } from "esbuild";
import { describe, expect, it } from "vitest";
import { BUILD_TARGET } from "../../scripts/build-dist.mjs";

describe("the build target of dist/", () => {
  it("keeps a Unicode property escape a regular expression literal", async () => {
    const { code } = await transform("export const f = (s: string) => /^\\p{Lu}\\p{Ll}/u.test(s);", {
      loader: "ts",
      target: BUILD_TARGET,
    });
    expect(code).toContain("/^\\p{Lu}\\p{Ll}/u.test(s)");
    expect(code).not.toContain("new RegExp");
  });
  it("leaves syntax Node 20 runs as written", async () => {
    const source = "export class A { #x = 1; static { } get x() { return this.#x ?? 0; } }";
    const { code } = await transform(source, { loader: "ts", target: BUILD_TARGET });
    expect(code).toContain("#x");
    expect(code).toContain("static {");
  });
});
