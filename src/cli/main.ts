// The `sitrep` command line: a thin shell over the pipeline. Each command lives in its own file.
import { isSitrepError } from "../errors.ts";
import { type CliIo, processIo } from "./cli-io.ts";
import { runCode } from "./command-code.ts";
import { runDemo } from "./command-demo.ts";
import { runDictCheck } from "./command-dict.ts";
import { runExport, runImport } from "./command-export.ts";
import { runIngest } from "./command-ingest.ts";
import { runJobs } from "./command-jobs.ts";
import { runQuery } from "./command-query.ts";
import { runRecode } from "./command-recode.ts";
import { runSources } from "./command-sources.ts";
import { runWatch, runWorker } from "./command-watch.ts";
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
  demo                  run the pipeline over the bundled demo corpus and print a summary (npm start)
  sources check FILE    validate a sources file (feeds, sitemaps, folders, WARC); prints file:line: message
  sources status        each source's last poll, HTTP status, items, errors, next poll (--sources FILE)
  watch --sources FILE  poll the sources and code what is new, until stopped (--once: poll once, drain, exit)
  worker                process queued jobs from Redis (SITREP_REDIS_URL); run any number (--concurrency N)
  jobs                  queue counts and failed (dead-letter) jobs; \`jobs retry ID|--all\` queues them again

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
