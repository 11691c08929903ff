// Runs `sitrep extract` / `sitrep annotate`: inputs through the pipeline, one JSON result per document.
import { createContext, stderrLogger } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { readInputs } from "../ingest/index.ts";
import { createPipeline, type DocStage } from "../pipeline.ts";
import type { DocFailure, RawDoc } from "../types.ts";
import type { CliIo } from "./cli-io.ts";
import { type CommandSpec, INPUT_OPTIONS, listOption, parseCommand, stringOption } from "./option-table.ts";
import { parseByteSize, parseDocType, parseIsoDate } from "./options.ts";

/** The option tables of `sitrep extract` and `sitrep annotate`. */
export const DOC_COMMANDS: Record<"extract" | "annotate", CommandSpec> = {
  extract: {
    name: "extract",
    usage: "extract [INPUT...] [options]",
    summary:
      "Main text and metadata of each document (Article JSON): one document pretty-printed, several as JSON Lines.",
    maxPositionals: Number.POSITIVE_INFINITY,
    options: INPUT_OPTIONS,
  },
  annotate: {
    name: "annotate",
    usage: "annotate [INPUT...] [options]",
    summary:
      "extract + sentences, tokens (offsets, lemma, POS) and mentions (actors, places, dates, equipment).",
    maxPositionals: Number.POSITIVE_INFINITY,
    options: INPUT_OPTIONS,
  },
};

/** Output shape: drops the internal `kind` tag; failures keep only id, input and error. */
function toOutput(result: { kind: string } & Record<string, unknown>): Record<string, unknown> {
  if (result.kind === "failure") {
    const f = result as unknown as DocFailure;
    return { id: f.id, input: f.input, error: f.error };
  }
  const { kind: _kind, ...rest } = result;
  return rest;
}

/**
 * `sitrep extract|annotate [INPUT...]`: runs every input through the pipeline up to `stage`.
 * One document prints as pretty JSON; several (or --jsonl) as one JSON object per line.
 * Returns the exit status: 0 all documents done, 1 some failed, 2 usage error.
 */
export async function runDocCommand(stage: DocStage, args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(DOC_COMMANDS[stage as "extract" | "annotate"], args);
  const inputs = positionals.length ? positionals : io.isTty ? [] : ["-"];
  if (!inputs.length)
    throw new SitrepError("E_USAGE", `sitrep ${stage} needs an INPUT (file, folder or - for stdin)`);
  const maxBytes = parseByteSize(stringOption(values, "max-bytes"), 20 * 1024 * 1024);
  const fallbackDate = parseIsoDate(stringOption(values, "date"));
  const ctx = createContext(
    { maxInputBytes: maxBytes, dictDirs: listOption(values, "dict") },
    stderrLogger(values.verbose ? "debug" : "quiet"),
  );
  const run = createPipeline(ctx, stage);
  const type = parseDocType(stringOption(values, "type") ?? "auto");
  const jsonl = Boolean(values.jsonl);

  let failed = 0;
  let pending: Record<string, unknown> | null = null;
  let count = 0;
  const emit = (obj: Record<string, unknown>) => {
    count++;
    if (jsonl) {
      io.stdout(`${JSON.stringify(obj)}\n`);
      return;
    }
    // Hold the first result: if it stays alone it is pretty-printed, else everything is JSONL.
    if (count === 1) {
      pending = obj;
      return;
    }
    if (pending) {
      io.stdout(`${JSON.stringify(pending)}\n`);
      pending = null;
    }
    io.stdout(`${JSON.stringify(obj)}\n`);
  };

  for await (const item of readInputs(inputs, { type, maxBytes, readStdin: io.readStdin })) {
    let result: { kind: string } & Record<string, unknown>;
    if (item.kind === "failure") {
      result = item as unknown as typeof result;
    } else {
      const raw: RawDoc = fallbackDate && !item.date ? { ...item, date: fallbackDate } : item;
      result = run(raw) as unknown as typeof result;
    }
    if (result.kind === "failure") {
      failed++;
      const f = result as unknown as DocFailure;
      io.stderr(`sitrep: ${f.input}: ${f.error.code}: ${f.error.message}\n`);
    }
    emit(toOutput(result));
  }
  if (pending) io.stdout(`${JSON.stringify(pending, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}
