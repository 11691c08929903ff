// The `sitrep` command line: a thin shell over the pipeline. Each command lives in its own file.
import { isSitrepError } from "../errors.ts";
import { type CliIo, processIo } from "./cli-io.ts";
import { ALERTS_COMMAND, runAlerts } from "./command-alerts.ts";
import { CODE_COMMAND, runCode } from "./command-code.ts";
import { DEMO_COMMAND, runDemo } from "./command-demo.ts";
import { DICT_COMMAND, runDictCheck } from "./command-dict.ts";
import { EXPORT_COMMAND, IMPORT_COMMAND, runExport, runImport } from "./command-export.ts";
import { INGEST_COMMAND, runIngest } from "./command-ingest.ts";
import { runJobs } from "./command-jobs.ts";
import { KEYS_COMMAND, runKeys } from "./command-keys.ts";
import { MCP_COMMAND, runMcp } from "./command-mcp.ts";
import { QUERY_COMMAND, runQuery } from "./command-query.ts";
import { RECODE_COMMAND, runRecode } from "./command-recode.ts";
import { ROLLUPS_COMMAND, runRollups } from "./command-rollups.ts";
import { runServe, SERVE_COMMAND } from "./command-serve.ts";
import { runSources } from "./command-sources.ts";
import { runWatch, runWorker } from "./command-watch.ts";
import { JOBS_COMMAND, SOURCES_COMMAND, WATCH_COMMAND, WORKER_COMMAND } from "./live-options.ts";
import { type CommandSpec, commandHelp } from "./option-table.ts";
import { DOC_COMMANDS, runDocCommand } from "./run-doc-command.ts";
import { sitrepVersion } from "./version.ts";

const HELP = `sitrep — raw news to structured geopolitical event data

Usage: sitrep <command> [options] [INPUT...]

Commands:
  extract [INPUT...]    main text and metadata of each document (Article JSON)
  annotate [INPUT...]   extract + sentences, tokens (lemma, POS) and mentions
  code [INPUT...]       annotate + code: events in CAMEO and PLOVER with evidence (--explain, --dict-format petrarch)
  dict check [DIR...]   validate dictionaries (data/ and the given folders); prints file:line: message
  ingest [INPUT...]     run the pipeline and store every document once (--db FILE; SITREP_DATABASE_URL)
  recode                code every stored document again with the current dictionaries; report changes
  query WHAT [filters]  WHAT: events | series | dyads | actors | network | geo
  export --format F     F: gdelt | gdelt-mentions | plover | csv  (takes the query filters)
  import gdelt FILE...  load GDELT 2.0 event exports into the store
  serve                 HTTP API, live event stream, alerts and dashboard (--port 8080 --host 127.0.0.1)
  keys create|list|revoke   API keys (--scope read|write|admin); a new key is printed once
  alerts add|list|rm    alert rules: filters + --any | --count N --window 1h | --hotspot S [--webhook URL]
  mcp                   the store's queries as MCP tools over stdio, for LLM agents (--db FILE)
  rollups rebuild       refill the day roll-ups the aggregate queries read, from the stored events
  demo                  run the pipeline over the bundled demo corpus and print a summary (npm start)
  sources check FILE    validate a sources file (feeds, sitemaps, folders, WARC); prints file:line: message
  sources status        each source's last poll, HTTP status, items, errors, next poll (--sources FILE)
  watch --sources FILE  poll the sources and code what is new, until stopped (--once: poll once, drain, exit)
  worker                process queued jobs from Redis (SITREP_REDIS_URL); run any number (--concurrency N)
  jobs                  queue counts and failed (dead-letter) jobs; \`jobs retry ID|--all\` queues them again

INPUT is a file (.txt, .html, .jsonl), a folder (read recursively) or - for standard input.
A .jsonl file holds one document per line: {"id", "text" or "html", "url"?, "date"?}.

Each command's options and their defaults: sitrep <command> --help.
  -h, --help         this help
  --version          the version of sitrep

Exit status: 0 every document done, 1 some document failed (see its error line), 2 usage error.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** Each command's option table: its parser and `sitrep <command> --help` come from it. */
const SPECS: Record<string, CommandSpec> = {
  ...DOC_COMMANDS,
  code: CODE_COMMAND,
  dict: DICT_COMMAND,
  ingest: INGEST_COMMAND,
  recode: RECODE_COMMAND,
  query: QUERY_COMMAND,
  export: EXPORT_COMMAND,
  import: IMPORT_COMMAND,
  demo: DEMO_COMMAND,
  serve: SERVE_COMMAND,
  keys: KEYS_COMMAND,
  alerts: ALERTS_COMMAND,
  mcp: MCP_COMMAND,
  rollups: ROLLUPS_COMMAND,
  sources: SOURCES_COMMAND,
  watch: WATCH_COMMAND,
  worker: WORKER_COMMAND,
  jobs: JOBS_COMMAND,
};

/** Error codes that mean the command line was wrong: exit status 2. */
const USAGE_CODES = new Set(["E_USAGE", "E_OPTION_VALUE", "E_DATE_INVALID", "E_QUERY_PARAM"]);

/** The command table: one entry per command, each a thin wrapper over a library function. */
const COMMANDS: Record<string, Command> = {
  extract: (args, io) => runDocCommand("extract", args, io),
  annotate: (args, io) => runDocCommand("annotate", args, io),
  code: runCode,
  dict: runDictCheck,
  ingest: runIngest,
  recode: runRecode,
  query: runQuery,
  export: runExport,
  import: runImport,
  demo: (args, io) => runDemo(args, io),
  serve: (args, io) => runServe(args, io),
  keys: runKeys,
  alerts: runAlerts,
  mcp: runMcp,
  rollups: runRollups,
  sources: runSources,
  watch: runWatch,
  worker: runWorker,
  jobs: runJobs,
};

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout(`sitrep ${sitrepVersion()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const what = name.startsWith("-") ? `unknown option ${name}` : `unknown command "${name}"`;
    io.stderr(
      `sitrep: E_USAGE: ${what}; the commands are ${Object.keys(COMMANDS).join(", ")}. See sitrep --help.\n`,
    );
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(SPECS[name] ? commandHelp(SPECS[name]) : HELP);
    return 0;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (isSitrepError(error)) {
      io.stderr(`sitrep: ${error.code}: ${error.message}\n`);
      return USAGE_CODES.has(error.code) ? 2 : 1;
    }
    io.stderr(`sitrep: E_INTERNAL: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
