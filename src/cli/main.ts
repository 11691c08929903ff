// The `sitrep` command line: a thin shell over the pipeline. Each command lives in its own file.
// Each command's module is imported only when that command runs: `sitrep extract` then loads the
// extractor, not the HTTP server, queues, MCP and database drivers (~1 s CPU of start-up).
import { isSitrepError } from "../errors.ts";
import { type CliIo, processIo } from "./cli-io.ts";
import { type CommandSpec, commandHelp } from "./option-table.ts";
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

/** A command's runner and its option table (its parser and `sitrep <command> --help` come from it). */
interface LoadedCommand {
  readonly run: Command;
  readonly spec?: CommandSpec;
}

/** Error codes that mean the command line was wrong: exit status 2. */
const USAGE_CODES = new Set(["E_USAGE", "E_OPTION_VALUE", "E_DATE_INVALID", "E_QUERY_PARAM"]);

/** The command table: one entry per command, each a thin wrapper over a library function, loaded on use. */
const COMMANDS: Record<string, () => Promise<LoadedCommand>> = {
  extract: async () => {
    const m = await import("./run-doc-command.ts");
    return { run: (args, io) => m.runDocCommand("extract", args, io), spec: m.DOC_COMMANDS.extract };
  },
  annotate: async () => {
    const m = await import("./run-doc-command.ts");
    return { run: (args, io) => m.runDocCommand("annotate", args, io), spec: m.DOC_COMMANDS.annotate };
  },
  code: async () => {
    const m = await import("./command-code.ts");
    return { run: m.runCode, spec: m.CODE_COMMAND };
  },
  dict: async () => {
    const m = await import("./command-dict.ts");
    return { run: m.runDictCheck, spec: m.DICT_COMMAND };
  },
  ingest: async () => {
    const m = await import("./command-ingest.ts");
    return { run: m.runIngest, spec: m.INGEST_COMMAND };
  },
  recode: async () => {
    const m = await import("./command-recode.ts");
    return { run: m.runRecode, spec: m.RECODE_COMMAND };
  },
  query: async () => {
    const m = await import("./command-query.ts");
    return { run: m.runQuery, spec: m.QUERY_COMMAND };
  },
  export: async () => {
    const m = await import("./command-export.ts");
    return { run: m.runExport, spec: m.EXPORT_COMMAND };
  },
  import: async () => {
    const m = await import("./command-export.ts");
    return { run: m.runImport, spec: m.IMPORT_COMMAND };
  },
  demo: async () => {
    const m = await import("./command-demo.ts");
    return { run: (args, io) => m.runDemo(args, io), spec: m.DEMO_COMMAND };
  },
  serve: async () => {
    const m = await import("./command-serve.ts");
    return { run: (args, io) => m.runServe(args, io), spec: m.SERVE_COMMAND };
  },
  keys: async () => {
    const m = await import("./command-keys.ts");
    return { run: m.runKeys, spec: m.KEYS_COMMAND };
  },
  alerts: async () => {
    const m = await import("./command-alerts.ts");
    return { run: m.runAlerts, spec: m.ALERTS_COMMAND };
  },
  mcp: async () => {
    const m = await import("./command-mcp.ts");
    return { run: m.runMcp, spec: m.MCP_COMMAND };
  },
  rollups: async () => {
    const m = await import("./command-rollups.ts");
    return { run: m.runRollups, spec: m.ROLLUPS_COMMAND };
  },
  sources: async () => {
    const [m, o] = await Promise.all([import("./command-sources.ts"), import("./live-options.ts")]);
    return { run: m.runSources, spec: o.SOURCES_COMMAND };
  },
  watch: async () => {
    const [m, o] = await Promise.all([import("./command-watch.ts"), import("./live-options.ts")]);
    return { run: m.runWatch, spec: o.WATCH_COMMAND };
  },
  worker: async () => {
    const [m, o] = await Promise.all([import("./command-watch.ts"), import("./live-options.ts")]);
    return { run: m.runWorker, spec: o.WORKER_COMMAND };
  },
  jobs: async () => {
    const [m, o] = await Promise.all([import("./command-jobs.ts"), import("./live-options.ts")]);
    return { run: m.runJobs, spec: o.JOBS_COMMAND };
  },
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
  const load = COMMANDS[name];
  if (!load) {
    const what = name.startsWith("-") ? `unknown option ${name}` : `unknown command "${name}"`;
    io.stderr(
      `sitrep: E_USAGE: ${what}; the commands are ${Object.keys(COMMANDS).join(", ")}. See sitrep --help.\n`,
    );
    return 2;
  }
  try {
    const command = await load();
    if (args.includes("--help") || args.includes("-h")) {
      io.stdout(command.spec ? commandHelp(command.spec) : HELP);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (isSitrepError(error)) {
      io.stderr(`sitrep: ${error.code}: ${error.message}\n`);
      return USAGE_CODES.has(error.code) ? 2 : 1;
    }
    io.stderr(`sitrep: E_INTERNAL: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
