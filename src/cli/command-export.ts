// `sitrep export` (stored events as GDELT, PLOVER or CSV) and `sitrep import gdelt` (GDELT 2.0 files into the store).
import { SitrepError } from "../errors.ts";
import { importGdeltFile } from "../store/export/gdelt-import.ts";
import { EXPORT_FORMATS, exportEvents } from "../store/export/index.ts";
import type { CliIo } from "./cli-io.ts";
import {
  type CommandSpec,
  DB_OPTION,
  FILTER_OPTIONS,
  HELP_OPTION,
  parseCommand,
  stringOption,
} from "./option-table.ts";
import { filterFrom, withStore, withWritableStore } from "./store-options.ts";

export const EXPORT_COMMAND: CommandSpec = {
  name: "export",
  usage: "export [--format F] [filters]",
  summary:
    "Writes the stored events matching the filters to stdout: GDELT 2.0 events (61 tab-separated\n" +
    "columns), GDELT 2.0 mentions (16 columns), PLOVER JSON Lines or CSV.",
  maxPositionals: 0,
  options: [
    DB_OPTION,
    { name: "format", type: "string", default: "plover", value: "F", help: EXPORT_FORMATS.join(" | ") },
    ...FILTER_OPTIONS,
    HELP_OPTION,
  ],
};

/** `sitrep export --format gdelt|gdelt-mentions|plover|csv [filters]`: stored events to stdout. */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(EXPORT_COMMAND, args);
  const filter = filterFrom(values);
  const format = stringOption(values, "format") ?? "plover";
  return withStore(stringOption(values, "db"), async (store, ctx) => {
    const n = await exportEvents(store, format, filter, io.stdout, ctx.config.dataDir);
    io.stderr(`sitrep: exported ${n} records\n`);
    return 0;
  });
}

export const IMPORT_COMMAND: CommandSpec = {
  name: "import",
  usage: "import gdelt FILE... [--db FILE]",
  summary:
    "Loads GDELT 2.0 event exports into the store, so the same queries and exports run on them.\n" +
    "Prints one JSON report per file: rows imported, rows rejected, the count per reason and the\n" +
    "first 1,000 rejected rows with their line number and reason. Exit 1 when any row was rejected.",
  maxPositionals: Number.POSITIVE_INFINITY,
  options: [DB_OPTION, HELP_OPTION],
};

/** `sitrep import gdelt FILE...`: loads GDELT 2.0 event exports into the store. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(IMPORT_COMMAND, args);
  const [kind, ...files] = positionals;
  if (kind !== "gdelt" || !files.length)
    throw new SitrepError("E_USAGE", "usage: sitrep import gdelt FILE...; see sitrep import --help");
  return withWritableStore(stringOption(values, "db"), async (store, ctx) => {
    let rejected = 0;
    for (const file of files) {
      const r = await importGdeltFile(file, ctx.config.dataDir, (batch) => store.insertEvents(batch));
      io.stdout(`${JSON.stringify({ file, ...r })}\n`);
      rejected += r.rejected;
    }
    // SQLite keeps no planner statistics by itself; after a large load queries need fresh ones.
    await store.analyze();
    return rejected > 0 ? 1 : 0;
  });
}
