// `sitrep recode [--db FILE] [--dict DIR]`: codes every stored document again with the current
// dictionaries and reports what changed (events added, removed, changed, by CAMEO code).
import { createContext } from "../context.ts";
import { recodeStored } from "../pipeline.ts";
import { openStore } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import { parseCommandArgs } from "./options.ts";
import { createProgressBar } from "./progress-bar.ts";

export async function runRecode(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args);
  const ctx = createContext({ dictDirs: values.dict ?? [], ...(values.db ? { dbPath: values.db } : {}) });
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
