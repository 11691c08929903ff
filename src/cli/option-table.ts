// One option table per command: the parser, the `sitrep <command> --help` text and the usage
// errors are all generated from it, so help can never drift from what a command accepts.
import { parseArgs } from "node:util";
import { SitrepError } from "../errors.ts";
import { FILTER_PARAMS, PAGE_PARAMS, type QueryParam } from "../store/index.ts";

export interface CliOption {
  readonly name: string;
  readonly type: "string" | "boolean";
  /** Repeatable; the values arrive as a list. */
  readonly multiple?: boolean;
  readonly short?: string;
  readonly default?: string | boolean;
  /** Placeholder of the value in help ("FILE", "N"). */
  readonly value?: string;
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  /** Usage line after `sitrep `: "query WHAT [options]". */
  readonly usage: string;
  readonly summary: string;
  readonly options: readonly CliOption[];
  /** How many positional arguments the command takes at most (Infinity for inputs). */
  readonly maxPositionals: number;
  /** Extra help paragraphs printed after the options. */
  readonly notes?: string;
}

export const HELP_OPTION: CliOption = { name: "help", type: "boolean", short: "h", help: "this help" };
export const VERBOSE_OPTION: CliOption = {
  name: "verbose",
  type: "boolean",
  short: "v",
  help: "log progress to stderr",
};
export const DB_OPTION: CliOption = {
  name: "db",
  type: "string",
  value: "FILE",
  help: "the SQLite store (default data/sitrep.db; SITREP_DATABASE_URL=postgres://… selects PostgreSQL)",
};
export const DICT_OPTION: CliOption = {
  name: "dict",
  type: "string",
  multiple: true,
  value: "DIR",
  help: "a dictionary folder that extends or overrides data/ (repeatable)",
};

/** Options of every command that reads documents (extract, annotate, code, ingest). */
export const INPUT_OPTIONS: readonly CliOption[] = [
  { name: "jsonl", type: "boolean", help: "one JSON object per document per line (with id and input)" },
  {
    name: "type",
    type: "string",
    default: "auto",
    value: "T",
    help: "text | html | clean | auto (auto: from the file name, then the content; clean: text that is already the article body, no line dropped as chrome)",
  },
  { name: "date", type: "string", value: "ISO", help: "publication date for documents that state none" },
  {
    name: "max-bytes",
    type: "string",
    default: "20MB",
    value: "N",
    help: "refuse documents larger than N bytes (500KB, 2MB accepted)",
  },
  DICT_OPTION,
  VERBOSE_OPTION,
  HELP_OPTION,
];

function fromParam(p: QueryParam): CliOption {
  // Every filter option is repeatable on the command line; single-valued ones then refuse a second value.
  return p.kind === "flag"
    ? { name: p.name, type: "boolean", help: p.help }
    : { name: p.name, type: "string", multiple: true, value: p.value, help: p.help };
}

/** The event filters (`query`, `export`), from the one table the API shares. */
export const FILTER_OPTIONS: readonly CliOption[] = FILTER_PARAMS.map(fromParam);
/** --sort, --limit, --cursor of `query events`. */
export const PAGE_OPTIONS: readonly CliOption[] = PAGE_PARAMS.map(fromParam);

function optionUsage(o: CliOption): string {
  const short = o.short ? `-${o.short}, ` : "";
  return `${short}--${o.name}${o.value ? ` ${o.value}` : ""}`;
}

/** `sitrep <command> --help`: usage, summary, every option with its default, notes. */
export function commandHelp(spec: CommandSpec): string {
  const width = Math.min(30, Math.max(...spec.options.map((o) => optionUsage(o).length)) + 2);
  const lines = spec.options.map((o) => {
    const def = o.default !== undefined && o.default !== false ? ` (default: ${o.default})` : "";
    const many = o.multiple ? " (several: A,B or repeat)" : "";
    const usage = optionUsage(o);
    const pad = usage.length >= width ? `\n  ${" ".repeat(width)}` : " ".repeat(width - usage.length);
    return `  ${usage}${pad}${o.help}${def}${many}`;
  });
  return `Usage: sitrep ${spec.usage}\n\n${spec.summary}\n\nOptions:\n${lines.join("\n")}\n${spec.notes ? `\n${spec.notes}` : ""}`;
}

export interface ParsedCommand {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
}

/**
 * Parses a command's arguments against its table. An unknown option, a missing value or a
 * positional the command does not take is an E_USAGE error that says which and where to look.
 */
export function parseCommand(spec: CommandSpec, args: readonly string[]): ParsedCommand {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }> = {};
  for (const o of spec.options) {
    // Every string option is collected as a list, so a repeated single-valued one is refused below
    // instead of silently keeping the last value.
    options[o.name] = {
      type: o.type,
      ...(o.type === "string" ? { multiple: true } : {}),
      ...(o.short ? { short: o.short } : {}),
    };
  }
  const see = `see sitrep ${spec.name} --help`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new SitrepError("E_USAGE", `unknown option ${option} for ${spec.name}; ${see}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const takesValue = spec.options.find((o) => `--${o.name}` === option || `-${o.short}` === option);
      throw new SitrepError(
        "E_USAGE",
        takesValue?.type === "boolean"
          ? `option ${option} of ${spec.name} takes no value; ${see}`
          : `option ${option} of ${spec.name} needs a value${takesValue?.value ? ` (${takesValue.value})` : ""}; ${see}`,
      );
    }
    throw new SitrepError("E_USAGE", `${message.split(". ")[0]}; ${see}`);
  }
  const values: Record<string, string | boolean | string[] | undefined> = { ...parsed.values } as Record<
    string,
    string | boolean | string[] | undefined
  >;
  for (const o of spec.options) {
    const v = values[o.name];
    if (o.type === "string" && !o.multiple && Array.isArray(v)) {
      if (v.length > 1)
        throw new SitrepError(
          "E_USAGE",
          `option --${o.name} of ${spec.name} takes one value, got ${v.length}; ${see}`,
        );
      values[o.name] = v[0];
    }
    if (values[o.name] === undefined && o.default !== undefined) values[o.name] = o.default;
  }
  if (parsed.positionals.length > spec.maxPositionals) {
    const extra = parsed.positionals[spec.maxPositionals];
    throw new SitrepError(
      "E_USAGE",
      spec.maxPositionals === 0
        ? `${spec.name} takes no arguments, got "${extra}"; ${see}`
        : `unexpected argument "${extra}" for ${spec.name}; ${see}`,
    );
  }
  return { values, positionals: parsed.positionals };
}

/** A single-valued string option's value. */
export function stringOption(values: ParsedCommand["values"], name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** A repeatable string option's values. */
export function listOption(values: ParsedCommand["values"], name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
