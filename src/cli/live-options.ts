// The live commands' option tables (sources, watch, worker, jobs): their parsers and `--help` come
// from these, and settings they share: the Redis key prefix (SITREP_QUEUE_PREFIX, default
// "sitrep"), so deployments or test runs sharing one Redis keep their queues apart.
import { type CliOption, type CommandSpec, DB_OPTION, HELP_OPTION } from "./option-table.ts";

export function queuePrefix(): string {
  return process.env.SITREP_QUEUE_PREFIX || "sitrep";
}

const REDIS_OPTION: CliOption = {
  name: "redis",
  type: "string",
  value: "URL",
  help: "Redis for the BullMQ queue, shared politeness and announcements (default: SITREP_REDIS_URL; unset: the embedded queue in the store's database)",
};
const ALLOW_PRIVATE_OPTION: CliOption = {
  name: "allow-private",
  type: "boolean",
  help: "let every source reach loopback and private addresses (per source: allowPrivate: true)",
};
const SOURCES_FILE_OPTION: CliOption = {
  name: "sources",
  type: "string",
  value: "FILE",
  help: "the sources file (YAML or JSON; `sitrep sources check FILE` validates it)",
};

export const SOURCES_COMMAND: CommandSpec = {
  name: "sources",
  usage: "sources check FILE | sources status [--sources FILE] [--db FILE]",
  summary:
    "check: validates a sources file, every problem as file:line: message (exit 1 when any).\n" +
    "status: each source's last poll, HTTP status, items, errors and next poll, one JSON line each.",
  maxPositionals: 2,
  options: [SOURCES_FILE_OPTION, DB_OPTION, HELP_OPTION],
};

export const WATCH_COMMAND: CommandSpec = {
  name: "watch",
  usage: "watch --sources FILE [--db FILE] [--once] [--concurrency N]",
  summary:
    "Polls the sources and codes what is new, until stopped: the scheduler and workers in this\n" +
    "process. A live line on a terminal, JSON logs otherwise. With SITREP_REDIS_URL jobs go through\n" +
    "BullMQ, and `sitrep worker` processes anywhere share the work.",
  maxPositionals: 0,
  options: [
    { ...SOURCES_FILE_OPTION, help: `${SOURCES_FILE_OPTION.help} (required)` },
    DB_OPTION,
    {
      name: "once",
      type: "boolean",
      help: "poll every source once, drain the queue, print a JSON summary and exit (cron, tests)",
    },
    {
      name: "concurrency",
      type: "string",
      default: "4",
      value: "N",
      help: "jobs worked on at once in this process (0: schedule only, workers elsewhere)",
    },
    ALLOW_PRIVATE_OPTION,
    REDIS_OPTION,
    HELP_OPTION,
  ],
};

export const WORKER_COMMAND: CommandSpec = {
  name: "worker",
  usage: "worker [--concurrency N] [--db FILE]",
  summary:
    "Works jobs from the BullMQ queue on Redis (SITREP_REDIS_URL) until stopped; run any number, on\n" +
    "any machine, with the store on PostgreSQL (SITREP_DATABASE_URL). `sitrep watch` schedules.",
  maxPositionals: 0,
  options: [
    DB_OPTION,
    { name: "concurrency", type: "string", default: "1", value: "N", help: "jobs worked on at once" },
    {
      name: "lock-duration",
      type: "string",
      default: "30s",
      value: "T",
      help: "how long a job stays with a worker that stopped answering (killed) before another takes it",
    },
    ALLOW_PRIVATE_OPTION,
    REDIS_OPTION,
    HELP_OPTION,
  ],
};

export const JOBS_COMMAND: CommandSpec = {
  name: "jobs",
  usage: "jobs [--limit N] | jobs retry ID|--all",
  summary:
    "Queue counts and the failed (dead-letter) jobs, one JSON line each; `jobs retry` queues a dead job\n" +
    "(or all of them) again with fresh attempts.",
  maxPositionals: 2,
  options: [
    DB_OPTION,
    { name: "limit", type: "string", default: "100", value: "N", help: "dead jobs listed at most" },
    { name: "all", type: "boolean", help: "with retry: every dead job" },
    REDIS_OPTION,
    HELP_OPTION,
  ],
};
