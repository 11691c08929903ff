// `sitrep dict check [DIR...]`: loads every data table (data/) and the given folders the way the
// pipeline does, and prints every problem as `file:line: message`. Exit 0 clean, 1 problems.
import { resolve } from "node:path";
import { createGazetteer } from "../annotate/gazetteer/index.ts";
import { formatIssue } from "../annotate/mentions/dict-line-reader.ts";
import { loadMentionDictionaries } from "../annotate/mentions/index.ts";
import { loadNameTables, type NameTableIssue } from "../annotate/names/index.ts";
import { loadAbbreviations } from "../annotate/sentence-abbreviations.ts";
import { loadCoderDictionaries, loadWordnetSeeds } from "../code/index.ts";
import { createContext, PROJECT_DATA_DIR } from "../context.ts";
import { isSitrepError, SitrepError } from "../errors.ts";
import { loadDateTables } from "../extract/dates/date-tables.ts";
import { loadContentHints } from "../extract/html/content-hints.ts";
import { loadChromePhrases } from "../extract/text/chrome-phrases.ts";
import { loadActorCodeTable } from "../store/export/cameo-actor-code.ts";
import type { CliIo } from "./cli-io.ts";
import {
  type CommandSpec,
  commandHelp,
  DICT_OPTION,
  HELP_OPTION,
  listOption,
  parseCommand,
} from "./option-table.ts";

export const DICT_COMMAND: CommandSpec = {
  name: "dict",
  usage: "dict check [DIR...] [--dict DIR]",
  summary:
    "Checks the dictionaries in data/ and in each DIR (a user folder that extends or overrides data/)\n" +
    "and prints every problem as file:line: message. With DIR, only problems in DIR are printed.\n" +
    "Exit status: 0 no problems, 1 problems found, 2 usage error.",
  maxPositionals: Number.POSITIVE_INFINITY,
  options: [DICT_OPTION, HELP_OPTION],
};

export const DICT_HELP = commandHelp(DICT_COMMAND);

export async function runDictCheck(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(DICT_COMMAND, args);
  const [verb, ...dirs] = positionals;
  if (values.help) {
    io.stdout(DICT_HELP);
    return 0;
  }
  if (verb !== "check")
    throw new SitrepError("E_USAGE", `sitrep dict ${verb ?? ""}: the only verb is check`.trim());
  const userDirs = [...listOption(values, "dict"), ...dirs];
  const loaded = loadMentionDictionaries(PROJECT_DATA_DIR, userDirs);
  // The word lists of name recognition (data/names/) report bad lines the same way.
  const nameIssues: NameTableIssue[] = [];
  loadNameTables([PROJECT_DATA_DIR, ...userDirs], nameIssues);
  const issues = [...loaded.issues, ...nameIssues];
  const only = dirs.map((d) => resolve(d));
  const shown = only.length ? issues.filter((i) => only.some((d) => resolve(i.file).startsWith(d))) : issues;
  for (const issue of shown) io.stdout(`${formatIssue(issue)}\n`);
  // The other tables stop at their first bad line with a coded error naming file:line.
  const otherTables: [string, () => unknown][] = [
    ["verbs, cues, discards, ontology", () => loadCoderDictionaries(PROJECT_DATA_DIR, userDirs)],
    [
      "WordNet seeds",
      () =>
        loadWordnetSeeds(
          PROJECT_DATA_DIR,
          new Set(loadCoderDictionaries(PROJECT_DATA_DIR).ontology.cameo.keys()),
        ),
    ],
    ["chrome phrases", () => loadChromePhrases(PROJECT_DATA_DIR)],
    ["abbreviations", () => loadAbbreviations(PROJECT_DATA_DIR, userDirs)],
    ["date tables", () => loadDateTables()],
    ["HTML hints", () => loadContentHints(PROJECT_DATA_DIR)],
    ["gazetteer tables", () => createGazetteer(createContext({ dictDirs: userDirs }))],
    ["CAMEO actor codes", () => loadActorCodeTable(PROJECT_DATA_DIR)],
  ];
  let otherProblems = 0;
  for (const [name, load] of otherTables) {
    try {
      load();
    } catch (error) {
      otherProblems++;
      const message = isSitrepError(error) ? error.message : String(error);
      io.stdout(`${name}: ${message}\n`);
    }
  }
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
    `sitrep dict check: ${loaded.files.length} actor files, ${entries} entries, ${otherTables.length} other table sets; ${shown.length + otherProblems} problem${shown.length + otherProblems === 1 ? "" : "s"}\n`,
  );
  return shown.length + otherProblems ? 1 : 0;
}
