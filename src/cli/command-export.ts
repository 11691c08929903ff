// `sitrep export` (stored events as GDELT, PLOVER or CSV) and `sitrep import gdelt` (GDELT 2.0 files into the store).
import { SitrepError } from "../errors.ts";
import { importGdeltFile } from "../store/export/gdelt-import.ts";
import { exportEvents } from "../store/export/index.ts";
import type { CliIo } from "./cli-io.ts";
import { parseCommandArgs } from "./options.ts";
import { FILTER_OPTIONS, filterFrom, withStore, withWritableStore } from "./store-options.ts";

/** `sitrep export --format gdelt|gdelt-mentions|plover|csv [filters]`: stored events to stdout. */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, {
    ...FILTER_OPTIONS,
    format: { type: "string", default: "plover" },
  });
  const v = values as Record<string, unknown>;
  const filter = filterFrom(v);
  return withStore(values.db, async (store, ctx) => {
    const n = await exportEvents(store, String(v.format), filter, io.stdout, ctx.config.dataDir);
    io.stderr(`sitrep: exported ${n} records\n`);
    return 0;
  });
}

/** `sitrep import gdelt FILE...`: loads GDELT 2.0 event exports into the store. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args);
  const [kind, ...files] = positionals;
  if (kind !== "gdelt" || !files.length)
    throw new SitrepError("E_USAGE", "usage: sitrep import gdelt FILE...");
  return withWritableStore(values.db, async (store, ctx) => {
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
