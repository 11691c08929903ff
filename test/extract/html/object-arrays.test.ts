// The walks' stacks and block lists are born with the element kind of arrays of objects, so that
// code V8 optimised on earlier pages is not thrown away when a page's fresh `[]` arrives
// (src/extract/html/object-arrays.ts). The kind is read with V8's own test functions in a child
// process started with --allow-natives-syntax (vitest's own process cannot read it).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { objectArray } from "../../../src/extract/html/object-arrays.ts";

const MODULE = new URL("../../../src/extract/html/object-arrays.ts", import.meta.url).href;
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function elementKinds(): { objects: boolean; smallIntegers: boolean; literalSmall: boolean } {
  const script = `
    const { register } = await import("tsx/esm/api");
    register();
    const { objectArray } = await import(${JSON.stringify(MODULE)});
    const made = objectArray();
    console.log(JSON.stringify({
      objects: %HasObjectElements(made),
      smallIntegers: %HasSmiElements(made),
      literalSmall: %HasSmiElements([]),
    }));`;
  const out = execFileSync(
    process.execPath,
    ["--allow-natives-syntax", "--input-type=module", "-e", script],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  return JSON.parse(out.trim().split("\n").pop()!);
}

describe("objectArray", () => {
  it("is an empty array that takes any value", () => {
    const a = objectArray<string | { n: number }>();
    expect(a).toEqual([]);
    a.push("x", { n: 1 });
    expect(a).toEqual(["x", { n: 1 }]);
  });

  it("is born with the element kind of an array of objects, unlike a literal []", () => {
    const kinds = elementKinds();
    expect(kinds.literalSmall).toBe(true);
    expect(kinds.objects).toBe(true);
    expect(kinds.smallIntegers).toBe(false);
  });
});
