// `sitrep ingest`: the whole pipeline into the store, once per document (a changed body at a known
// URL is a new version), with progress on stderr: a bar on a terminal, plain lines elsewhere.
import { createContext, stderrLogger } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { countInputs, readInputs } from "../ingest/index.ts";
import { ingestInto } from "../pipeline.ts";
import { emptyWarcCounts, isWarcPath, readWarcDocuments } from "../sources/index.ts";
import { openStore } from "../store/index.ts";
import type { DocFailure, RawDoc } from "../types.ts";
import type { CliIo } from "./cli-io.ts";
import {
  type CommandSpec,
  DB_OPTION,
  INPUT_OPTIONS,
  listOption,
  parseCommand,
  stringOption,
} from "./option-table.ts";
import { parseByteSize, parseDocType, parseIsoDate } from "./options.ts";
import { createProgressBar } from "./progress-bar.ts";

export const INGEST_COMMAND: CommandSpec = {
  name: "ingest",
  usage: "ingest INPUT... [options]",
  summary:
    "Runs the pipeline and stores every document once: the same bytes are skipped, a changed body at\n" +
    "a known URL is stored as a new version whose events supersede the old version's. Prints a JSON\n" +
    "summary; --jsonl prints one line per document instead ({input, outcome, docKey, version, events ...})\n" +
    "and the summary on stderr. Progress goes to stderr: a bar on a terminal, plain lines elsewhere.\n" +
    "WARC/ARC archives (.warc, .warc.gz, .arc, .arc.gz) are read record by record: HTML responses are\n" +
    "ingested like the pages themselves, other records are skipped and counted by reason.",
  maxPositionals: Number.POSITIVE_INFINITY,
  options: [DB_OPTION, ...INPUT_OPTIONS],
};

async function* withFallbackDate(
  items: AsyncIterable<RawDoc | DocFailure>,
  date: string | undefined,
): AsyncIterable<RawDoc | DocFailure> {
  for await (const item of items)
    yield date && item.kind !== "failure" && !item.date ? { ...item, date } : item;
}

/**
 * `sitrep ingest [INPUT...] [--db FILE]`: runs the pipeline and stores every document, once.
 * Prints a JSON summary on stdout (or a line per document with --jsonl); failures go to stderr.
 */
export async function runIngest(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(INGEST_COMMAND, args);
  if (!positionals.length)
    throw new SitrepError(
      "E_USAGE",
      "sitrep ingest needs an INPUT (file, folder or -); see sitrep ingest --help",
    );
  const maxBytes = parseByteSize(stringOption(values, "max-bytes"), 20 * 1024 * 1024);
  const fallbackDate = parseIsoDate(stringOption(values, "date"));
  const type = parseDocType(stringOption(values, "type") ?? "auto");
  const db = stringOption(values, "db");
  const jsonl = Boolean(values.jsonl);
  const ctx = createContext(
    { maxInputBytes: maxBytes, dictDirs: listOption(values, "dict"), ...(db ? { dbPath: db } : {}) },
    stderrLogger(values.verbose ? "debug" : "quiet"),
  );
  const store = await openStore(ctx.config);
  try {
    const onTerminal = io.isTty || Boolean(process.stderr.isTTY);
    const mode = onTerminal ? "bar" : "lines";
    // WARC/ARC archives are read record by record by the sources' archive reader; the rest as files.
    const warcs = positionals.filter(isWarcPath);
    const files = positionals.filter((p) => !isWarcPath(p));
    const total = positionals.includes("-") || warcs.length ? null : await countInputs(positionals);
    const bar = createProgressBar(total, io.stderr, { mode });
    const counts = { stored: 0, skipped: 0, failed: 0 };
    const warc = emptyWarcCounts();
    const raw = (async function* (): AsyncGenerator<RawDoc | DocFailure> {
      if (files.length) yield* readInputs(files, { type, maxBytes, readStdin: io.readStdin });
      for (const path of warcs) yield* readWarcDocuments(path, warc, { maxBytes });
    })();
    const items = withFallbackDate(raw, fallbackDate);
    const summary = await ingestInto(store, items, ctx, (p) => {
      counts[p.outcome]++;
      if (p.outcome === "failed") io.stderr(`${onTerminal ? "\n" : ""}sitrep: ${p.input}: ${p.detail}\n`);
      if (jsonl) {
        const line = {
          input: p.input,
          outcome: p.outcome,
          ...(p.doc ?? {}),
          ...(p.outcome === "failed" ? { error: p.detail } : {}),
        };
        io.stdout(`${JSON.stringify(line)}\n`);
      }
      bar.tick(counts);
    });
    bar.done();
    const report = JSON.stringify(
      { ...summary, ...(warcs.length ? { warc } : {}), store: store.backend, totals: await store.counts() },
      null,
      jsonl ? 0 : 2,
    );
    if (jsonl) io.stderr(`sitrep: ${report}\n`);
    else io.stdout(`${report}\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
