// `sitrep rollups rebuild [--db FILE]`: refills the day roll-ups (places, actor dyads, country
// dyads) from the stored events in one transaction. Triggers keep them right on every write; a
// rebuild is for a store restored from a dump of events alone, or to check them (bench, audits).
import { SitrepError } from "../errors.ts";
import type { CliIo } from "./cli-io.ts";
import { type CommandSpec, DB_OPTION, HELP_OPTION, parseCommand, stringOption } from "./option-table.ts";
import { withWritableStore } from "./store-options.ts";

export const ROLLUPS_COMMAND: CommandSpec = {
  name: "rollups",
  usage: "rollups rebuild [--db FILE]",
  summary: "Refill the day roll-ups that /geo, /dyads, /actors and /series read from the stored events.",
  maxPositionals: 1,
  options: [DB_OPTION, HELP_OPTION],
};

export async function runRollups(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(ROLLUPS_COMMAND, args);
  if (positionals[0] !== "rebuild")
    throw new SitrepError("E_USAGE", `usage: sitrep ${ROLLUPS_COMMAND.usage}`);
  return withWritableStore(stringOption(values, "db"), async (store) => {
    const t0 = performance.now();
    await store.rebuildRollups();
    io.stdout(`rebuilt the roll-ups in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    return 0;
  });
}
