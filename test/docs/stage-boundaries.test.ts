// The stage rule of docs/STYLE.md: a stage (extract, annotate, code, locate, dedup) imports only
// `types.ts`, `errors.ts` and files of its own folder; only `pipeline.ts` wires stages together.
// A shared helper reached across stages would couple them silently, so the rule is checked here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.ts";

const STAGES = ["extract", "annotate", "code", "locate", "dedup"];
const SHARED = new Set(["src/types.ts", "src/errors.ts"]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = join(dir, e);
    return statSync(full).isDirectory() ? tsFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

/** Relative imports of a file that leave its stage, as `file -> target`. */
function crossings(stage: string): string[] {
  const stageDir = join(ROOT, "src", stage);
  const out: string[] = [];
  for (const file of tsFiles(stageDir)) {
    for (const m of readFileSync(file, "utf8").matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = normalize(join(dirname(file), m[1]!));
      const rel = relative(ROOT, target).split("\\").join("/");
      if (target.startsWith(stageDir + "/") || SHARED.has(rel)) continue;
      out.push(`${relative(ROOT, file)} -> ${rel}`);
    }
  }
  return out;
}

describe("stage boundaries", () => {
  it.each(STAGES)("%s imports only types.ts, errors.ts and its own folder", (stage) => {
    expect(crossings(stage)).toEqual([]);
  });

  it("would see a crossing: the check reads real imports", () => {
    // pipeline.ts wires the stages, so it must show up as crossing into them when read as a stage.
    const pipeline = readFileSync(join(ROOT, "src", "pipeline.ts"), "utf8");
    expect([...pipeline.matchAll(/from\s+["']\.\/(extract|annotate|code)\//g)].length).toBeGreaterThan(0);
  });
});
