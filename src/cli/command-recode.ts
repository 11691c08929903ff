// `sitrep recode [--db FILE] [--dict DIR]`: codes every stored document again with the current
// dictionaries and reports what changed (events added, removed, changed, by CAMEO code).
import { createContext } from "../context.ts";
import { recodeStored } from "../pipeline.ts";
import { openStore } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import {
  type CommandSpec,
  DB_OPTION,
  DICT_OPTION,
  HELP_OPTION,
  listOption,
  parseCommand,
  stringOption,
  VERBOSE_OPTION,
} from "./option-table.ts";
import { createProgressBar } from "./progress-bar.ts";

export const RECODE_COMMAND: CommandSpec = {
  name: "recode",
  usage: "recode [--db FILE] [--dict DIR]",
  summary:
    "Codes every stored document (current versions) again with the current dictionaries and prints\n" +
    "what changed: events added, removed and changed, by CAMEO code.",
  maxPositionals: 0,
  options: [DB_OPTION, DICT_OPTION, VERBOSE_OPTION, HELP_OPTION],
};

export async function runRecode(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(RECODE_COMMAND, args);
  const db = stringOption(values, "db");
  const ctx = createContext({ dictDirs: listOption(values, "dict"), ...(db ? { dbPath: db } : {}) });
  const store = await openStore(ctx.config);
  try {
    const showBar = io.isTty || Boolean(process.stderr.isTTY);
    const bar = createProgressBar((await store.counts()).documents, io.stderr, showBar);
    const report = await recodeStored(store, ctx, () => bar.tick({}));
    bar.done();
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
