// The `sitrep` command line: a thin shell over the pipeline. Each command lives in its own file.
import { isSitrepError } from "../errors.ts";
import { type CliIo, processIo } from "./cli-io.ts";
import { runAlerts } from "./command-alerts.ts";
import { runCode } from "./command-code.ts";
import { runDemo } from "./command-demo.ts";
import { runDictCheck } from "./command-dict.ts";
import { runExport, runImport } from "./command-export.ts";
import { runIngest } from "./command-ingest.ts";
import { runKeys } from "./command-keys.ts";
import { runMcp } from "./command-mcp.ts";
import { runQuery } from "./command-query.ts";
import { runRecode } from "./command-recode.ts";
import { runServe } from "./command-serve.ts";
import { runDocCommand } from "./run-doc-command.ts";

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
  demo                  run the pipeline over the bundled demo corpus and print a summary (npm start)

INPUT is a file (.txt, .html, .jsonl), a folder (read recursively) or - for standard input.
A .jsonl file holds one document per line: {"id", "text" or "html", "url"?, "date"?}.

Options:
  --jsonl            one JSON object per document per line (with id and input)
  --type T           text | html | auto (default: from the file name, then the content)
  --date ISO         publication date for documents that state none
  --max-bytes N      refuse documents larger than N bytes (default 20MB; accepts 500KB, 2MB)
  --dict DIR         a dictionary folder that extends or overrides data/ (repeatable)
  -v, --verbose      log progress to stderr
  -h, --help         this help

Query filters: --from YYYY-MM-DD --to YYYY-MM-DD --actor CODE --country ISO3 --code CAMEO --root NN
  --quad 1-4 --plover TYPE --place NAME --text WORDS; series: --source CODE --target CODE
  --interval day|week|month; geo: --level country|admin1|point; --limit N --offset N

Exit status: 0 every document done, 1 some document failed (see its error line), 2 usage error.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

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
};

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`sitrep: E_USAGE: unknown command "${name}". Run \`sitrep --help\`.\n`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(HELP);
    return 0;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (isSitrepError(error)) {
      io.stderr(`sitrep: ${error.code}: ${error.message}\n`);
      return error.code === "E_USAGE" || error.code === "E_OPTION_VALUE" || error.code === "E_DATE_INVALID"
        ? 2
        : 1;
    }
    io.stderr(`sitrep: E_INTERNAL: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
