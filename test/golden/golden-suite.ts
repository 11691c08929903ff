import { readdirSync } from "node:fs";
import { join } from "node:path";

/** A golden suite: how to turn a case's input into the output its expected file records. */
export interface GoldenSuite {
  /** The case's input file: `<dir>/<name>.input.<ext>`. */
  inputPath(dir: string, name: string): string;
  listCases(dir: string): string[];
  /** The output to record: a stable, reviewable subset of what the pipeline produced. */
  produce(inputPath: string): Promise<unknown>;
}

/** Cases are the `<name>.input.*` files of a folder. */
export function inputCases(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.input\.[^.]+$/.test(f))
    .map((f) => f.replace(/\.input\.[^.]+$/, ""))
    .sort();
}

export function inputFile(dir: string, name: string): string {
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.input.`));
  if (!file) throw new Error(`no input for case ${name} in ${dir}`);
  return join(dir, file);
}
