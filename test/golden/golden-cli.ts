// One command adds or regenerates golden cases for any suite:
//   npm run golden -- list
//   npm run golden -- add <suite> <input-file> [name]   copy the input in and write its expected output
//   npm run golden -- update <suite> [name]             regenerate expected outputs (review the git diff)
// A suite is a folder test/golden/<suite>/ of cases plus a module test/golden/<suite>.suite.ts that
// exports `suite: GoldenSuite`. Expected files are written from the current output, then reviewed
// and corrected by hand where the output is wrong: the golden test compares against what we
// decided is right, not against whatever the code printed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { GoldenSuite } from "./golden-suite.ts";

const GOLDEN_DIR = import.meta.dirname;

async function loadSuite(name: string): Promise<GoldenSuite> {
  const file = join(GOLDEN_DIR, `${name}.suite.ts`);
  if (!existsSync(file)) throw new Error(`no suite "${name}": expected ${file}`);
  const mod = (await import(pathToFileURL(file).href)) as { suite: GoldenSuite };
  return mod.suite;
}

function listSuites(): string[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith(".suite.ts"))
    .map((f) => f.replace(/\.suite\.ts$/, ""));
}

async function writeExpected(suite: GoldenSuite, dir: string, caseName: string): Promise<void> {
  const input = suite.inputPath(dir, caseName);
  const expected = await suite.produce(input);
  writeFileSync(join(dir, `${caseName}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${join(dir, `${caseName}.expected.json`)}`);
}

async function run(argv: string[]): Promise<number> {
  const [verb, suiteName, arg, name] = argv;
  if (verb === "list" || !verb) {
    for (const s of listSuites()) console.log(s);
    return 0;
  }
  if (!suiteName) {
    console.error("usage: npm run golden -- add <suite> <input-file> [name] | update <suite> [name] | list");
    return 2;
  }
  const suite = await loadSuite(suiteName);
  const dir = join(GOLDEN_DIR, suiteName);
  mkdirSync(dir, { recursive: true });
  if (verb === "add") {
    if (!arg) throw new Error("add needs an input file");
    const caseName = name ?? basename(arg, extname(arg));
    copyFileSync(arg, join(dir, `${caseName}.input${extname(arg)}`));
    await writeExpected(suite, dir, caseName);
    return 0;
  }
  if (verb === "update") {
    const cases = arg ? [arg] : suite.listCases(dir);
    for (const c of cases) await writeExpected(suite, dir, c);
    return 0;
  }
  console.error(`unknown verb "${verb}"`);
  return 2;
}

process.exitCode = await run(process.argv.slice(2));
