// `sitrep code [INPUT...]`: extract + annotate + code + locate; prints the coded events.
//   --jsonl        one event per line (default: a JSON array per run)
//   --explain      per sentence: tokens, actors, the pattern that fired (file:line) or why nothing was coded
//   --dict DIR     extra dictionary folders (verbs/, discards.txt) that extend data/
//   --dict-format  sitrep (default) | petrarch: DIR holds TABARI/PETRARCH dictionaries
//   --new-actor-length N  (petrarch) unlisted proper-noun phrases of up to N words become actors
import { DocCoder, loadCoderDictionaries, type SentenceExplanation } from "../code/index.ts";
import { loadPetrarchCoder } from "../code/petrarch/index.ts";
import { createContext, stderrLogger } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { readInputs } from "../ingest/index.ts";
import { createLocator } from "../locate/index.ts";
import { createIngestPipeline, createPipeline } from "../pipeline.ts";
import type { AnnotatedDoc, CodedEvent, Context, DocFailure, RawDoc } from "../types.ts";
import type { CliIo } from "./cli-io.ts";
import { createJsonArrayWriter } from "./json-array-writer.ts";
import { type CommandSpec, INPUT_OPTIONS, listOption, parseCommand, stringOption } from "./option-table.ts";
import { parseByteSize, parseDocType, parseIsoDate } from "./options.ts";

export const CODE_COMMAND: CommandSpec = {
  name: "code",
  usage: "code [INPUT...] [options]",
  summary:
    "annotate + code: events in CAMEO and PLOVER with actors, place, date and evidence.\n" +
    "Prints a JSON array of events (--jsonl: one event per line).",
  maxPositionals: Number.POSITIVE_INFINITY,
  options: [
    ...INPUT_OPTIONS.filter((o) => o.name !== "help"),
    {
      name: "explain",
      type: "boolean",
      help: "per sentence: tokens, actors, the pattern that fired (file:line) or why nothing was coded",
    },
    {
      name: "dict-format",
      type: "string",
      default: "sitrep",
      value: "F",
      help: "sitrep | petrarch (--dict DIR then holds TABARI/PETRARCH dictionaries)",
    },
    {
      name: "new-actor-length",
      type: "string",
      value: "N",
      help: "(petrarch) unlisted proper-noun phrases of up to N words become actors (default 0)",
    },
    ...INPUT_OPTIONS.filter((o) => o.name === "help"),
  ],
};

function explainText(
  docId: string,
  lines: readonly SentenceExplanation[],
  events: readonly CodedEvent[],
): string {
  const out: string[] = [`# ${docId}`];
  for (const s of lines) {
    out.push(`[${s.sentenceIndex}] ${s.text}`);
    out.push(`    tokens: ${s.tokens}`);
    out.push(`    actors: ${s.actors.length ? s.actors.join(" | ") : "(none)"}`);
    for (const f of s.fired) out.push(`    fired:  ${f.code} "${f.pattern}" (${f.where})`);
    // (An implied doer or target is why an event was coded as it is, not why one was not:
    // src/code/implied-agents.ts, implied-targets.ts.)
    for (const r of s.reasons)
      out.push(`    ${/: implied (agent|target) /.test(r) ? "implied:" : "why not:"} ${r}`);
    for (const e of events.filter((e) => e.sentenceIndex === s.sentenceIndex))
      out.push(
        `    event:  ${e.source.code} -> ${e.target?.code ?? "-"} ${e.cameo.code} ${e.plover.type} ${e.modality}${e.negated ? " negated" : ""}`,
      );
  }
  return `${out.join("\n")}\n`;
}

export async function runCode(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(CODE_COMMAND, args);
  const v = {
    explain: Boolean(values.explain),
    "dict-format": stringOption(values, "dict-format") ?? "sitrep",
    "new-actor-length": stringOption(values, "new-actor-length"),
  };
  const inputs = positionals.length ? positionals : io.isTty ? [] : ["-"];
  if (!inputs.length)
    throw new SitrepError("E_USAGE", "sitrep code needs an INPUT (file, folder or - for stdin)");
  const format = v["dict-format"];
  if (format !== "sitrep" && format !== "petrarch")
    throw new SitrepError("E_OPTION_VALUE", `--dict-format ${format}: use sitrep or petrarch`);
  const maxBytes = parseByteSize(stringOption(values, "max-bytes"), 20 * 1024 * 1024);
  const fallbackDate = parseIsoDate(stringOption(values, "date"));
  const dictDirs = listOption(values, "dict");
  const ctx = createContext(
    { maxInputBytes: maxBytes, dictDirs: format === "sitrep" ? dictDirs : [] },
    stderrLogger(values.verbose ? "debug" : "quiet"),
  );
  const type = parseDocType(stringOption(values, "type") ?? "auto");
  // Our own dictionaries without --explain code as ingest does: a window at a time, so a 20 MB
  // document's annotations and events are never all held at once (bounded memory, issue 11).
  const codeDocument =
    format === "sitrep" && !v.explain
      ? windowedCoding(ctx)
      : wholeDocumentCoding(
          ctx,
          format === "petrarch" ? petrarchSetup(ctx, dictDirs, v["new-actor-length"]) : null,
          v.explain ? (text) => io.stdout(text) : null,
        );
  // Without --jsonl or --explain the events of every input form one JSON array, written as they come.
  const array = !values.jsonl && !v.explain ? createJsonArrayWriter((text) => io.stdout(text)) : null;
  const emit = (e: CodedEvent) => (values.jsonl ? io.stdout(`${JSON.stringify(e)}\n`) : array?.add(e));
  let failed = 0;
  for await (const item of readInputs(inputs, { type, maxBytes, readStdin: io.readStdin })) {
    const raw: RawDoc | null =
      item.kind === "failure" ? null : fallbackDate && !item.date ? { ...item, date: fallbackDate } : item;
    const coded = raw ? await codeDocument(raw) : (item as unknown as DocFailure);
    if (coded.kind === "failure") {
      failed++;
      io.stderr(`sitrep: ${coded.input}: ${coded.error.code}: ${coded.error.message}\n`);
      continue;
    }
    for (const batch of coded.batches) for (const e of batch) emit(e);
  }
  array?.end();
  return failed > 0 ? 1 : 0;
}

/** One document's events, in the batches they were coded in, or why it failed. */
type CodedBatches = DocFailure | { readonly kind: "events"; readonly batches: Iterable<CodedEvent[]> };
type DocumentCoding = (raw: RawDoc) => Promise<CodedBatches>;

/** As ingest codes: a window at a time (pipeline-windows.ts), each window's events when read. */
function windowedCoding(ctx: Context): DocumentCoding {
  const pipeline = createIngestPipeline(ctx);
  return async (raw) => {
    const streamed = await pipeline(raw);
    return streamed.kind === "failure" ? streamed : { kind: "events", batches: streamed.eventBatches };
  };
}

/** PETRARCH dictionaries: their coder and the annotation step they add. */
interface PetrarchSetup {
  coder: DocCoder;
  annotate: (doc: AnnotatedDoc) => AnnotatedDoc;
}

function petrarchSetup(
  ctx: Context,
  dictDirs: readonly string[],
  newActorText: string | undefined,
): PetrarchSetup {
  if (!dictDirs.length) throw new SitrepError("E_USAGE", "--dict-format petrarch needs --dict DIR");
  const newActorLength = newActorText === undefined ? 0 : Number(newActorText);
  if (!Number.isInteger(newActorLength) || newActorLength < 0) {
    throw new SitrepError("E_OPTION_VALUE", `--new-actor-length ${newActorText}: a whole number of words`);
  }
  return loadPetrarchCoder(ctx.config.dataDir, dictDirs[0]!, { newActorLength });
}

/**
 * The whole document annotated, then coded at once: what --explain reads (every sentence's
 * reasons, printed through `explain`) and what PETRARCH dictionaries code.
 */
function wholeDocumentCoding(
  ctx: Context,
  petrarch: PetrarchSetup | null,
  explain: ((text: string) => void) | null,
): DocumentCoding {
  const annotate = createPipeline(ctx, "annotate");
  const coder =
    petrarch?.coder ?? new DocCoder(loadCoderDictionaries(ctx.config.dataDir, ctx.config.dictDirs));
  const locate = createLocator(ctx);
  return async (raw) => {
    const result = annotate(raw);
    if (result.kind === "failure") return result;
    const doc = petrarch ? petrarch.annotate(result) : result;
    const explanation: SentenceExplanation[] = [];
    const events = locate(doc, coder.code(doc, explain ? explanation : undefined));
    explain?.(explainText(doc.id, explanation, events));
    return { kind: "events", batches: [events] };
  };
}
