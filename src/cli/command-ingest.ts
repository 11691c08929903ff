// `sitrep ingest`: the whole pipeline into the store, once per document, with a progress bar on a terminal.
import { createContext, stderrLogger } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { countInputs, readInputs } from "../ingest/index.ts";
import { ingestInto } from "../pipeline.ts";
import { emptyWarcCounts, isWarcPath, readWarcDocuments } from "../sources/index.ts";
import { openStore } from "../store/index.ts";
import type { DocFailure, RawDoc } from "../types.ts";
import type { CliIo } from "./cli-io.ts";
import { parseByteSize, parseCommandArgs, parseDocType } from "./options.ts";
import { createProgressBar } from "./progress-bar.ts";

/**
 * `sitrep ingest [INPUT...] [--db FILE]`: runs the pipeline and stores every document, once.
 * Prints a JSON summary on stdout; failures go to stderr as they happen.
 */
export async function runIngest(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args);
  if (!positionals.length)
    throw new SitrepError("E_USAGE", "sitrep ingest needs an INPUT (file, folder or -)");
  const maxBytes = parseByteSize(values["max-bytes"], 20 * 1024 * 1024);
  const ctx = createContext(
    { maxInputBytes: maxBytes, dictDirs: values.dict ?? [], ...(values.db ? { dbPath: values.db } : {}) },
    stderrLogger(values.verbose ? "debug" : "quiet"),
  );
  const store = await openStore(ctx.config);
  try {
    const showBar = io.isTty || Boolean(process.stderr.isTTY);
    // WARC/ARC archives are read record by record by the sources' archive reader; the rest as files.
    const warcs = positionals.filter(isWarcPath);
    const files = positionals.filter((p) => !isWarcPath(p));
    const total = showBar && !warcs.length ? await countInputs(positionals) : null;
    const bar = createProgressBar(total, io.stderr, showBar);
    const counts = { stored: 0, skipped: 0, failed: 0 };
    const warc = emptyWarcCounts();
    const items = (async function* (): AsyncGenerator<RawDoc | DocFailure> {
      if (files.length)
        yield* readInputs(files, { type: parseDocType(values.type), maxBytes, readStdin: io.readStdin });
      for (const path of warcs) yield* readWarcDocuments(path, warc, { maxBytes });
    })();
    const summary = await ingestInto(store, items, ctx, (p) => {
      counts[p.outcome]++;
      if (p.outcome === "failed") io.stderr(`${showBar ? "\n" : ""}sitrep: ${p.input}: ${p.detail}\n`);
      bar.tick(counts);
    });
    bar.done();
    io.stdout(
      `${JSON.stringify(
        { ...summary, ...(warcs.length ? { warc } : {}), store: store.backend, totals: await store.counts() },
        null,
        2,
      )}\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
