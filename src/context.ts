// Builds the Context every stage receives: defaults, overridden by options and environment.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config, Context, Logger } from "./types.ts";

/** The repository's data/ folder, found relative to this file so it works from any cwd. */
export const PROJECT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "data");

export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return {
    maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
    dictDirs: [],
    dataDir: PROJECT_DATA_DIR,
    dbPath: join(PROJECT_DATA_DIR, "sitrep.db"),
    databaseUrl: process.env.SITREP_DATABASE_URL || null,
    ...overrides,
  };
}

/** Logs to stderr so stdout stays machine-readable. `quiet` drops info and debug. */
export function stderrLogger(level: "quiet" | "info" | "debug" = "info"): Logger {
  const write = (tag: string, message: string) => process.stderr.write(`sitrep ${tag}: ${message}\n`);
  return {
    debug: (m) => level === "debug" && write("debug", m),
    info: (m) => level !== "quiet" && write("info", m),
    warn: (m) => write("warn", m),
  };
}

export function createContext(config: Partial<Config> = {}, logger: Logger = stderrLogger("quiet")): Context {
  return { config: defaultConfig(config), clock: () => new Date(), logger };
}
