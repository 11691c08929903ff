// `sitrep dict check [DIR...]`: loads our dictionaries (data/) and the given folders the way the
// annotator does, and prints every problem as `file:line: message`. Exit 0 clean, 1 problems.
import { resolve } from "node:path";
import { formatIssue } from "../annotate/mentions/dict-line-reader.ts";
import { loadMentionDictionaries } from "../annotate/mentions/index.ts";
import { PROJECT_DATA_DIR } from "../context.ts";
import { SitrepError } from "../errors.ts";
import type { CliIo } from "./cli-io.ts";
import { parseCommandArgs } from "./options.ts";

export const DICT_HELP = `Usage: sitrep dict check [DIR...] [--dict DIR]

Checks the dictionaries in data/ and in each DIR (a user folder that extends or overrides data/)
and prints every problem as file:line: message. With DIR, only problems in DIR are printed.
Exit status: 0 no problems, 1 problems found, 2 usage error.
`;

export async function runDictCheck(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args);
  const [verb, ...dirs] = positionals;
  if (values.help) {
    io.stdout(DICT_HELP);
    return 0;
  }
  if (verb !== "check")
    throw new SitrepError("E_USAGE", `sitrep dict ${verb ?? ""}: the only verb is check`.trim());
  const userDirs = [...(values.dict ?? []), ...dirs];
  const loaded = loadMentionDictionaries(PROJECT_DATA_DIR, userDirs);
  const only = dirs.map((d) => resolve(d));
  const shown = only.length
    ? loaded.issues.filter((i) => only.some((d) => resolve(i.file).startsWith(d)))
    : loaded.issues;
  for (const issue of shown) io.stdout(`${formatIssue(issue)}\n`);
  const d = loaded.dicts;
  const entries =
    d.people.length +
    d.organizations.length +
    d.groups.length +
    d.agents.length +
    d.titles.length +
    d.metonyms.length +
    d.countriesExtra.length +
    d.equipment.length;
  io.stderr(
    `sitrep dict check: ${loaded.files.length} files, ${entries} entries, ${shown.length} problem${shown.length === 1 ? "" : "s"}\n`,
  );
  return shown.length ? 1 : 0;
}
