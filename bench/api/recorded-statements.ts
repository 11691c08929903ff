// Every statement better-sqlite3 runs in this process, with its arguments, so a benchmark can show
// SQLite's plan of what a store call sent (route-plans.ts, filter-pages.ts). Importing this module
// wraps the driver's statement methods once; callers empty the list before the call they inspect.
import { createRequire } from "node:module";

export interface RecordedStatement {
  readonly sql: string;
  readonly args: unknown[];
}

/** Statements in the order they ran since the caller last emptied the list. */
export const recordedStatements: RecordedStatement[] = [];

const Database = createRequire(import.meta.url)("better-sqlite3") as typeof import("better-sqlite3");
const proto = Object.getPrototypeOf(new Database(":memory:").prepare("select 1"));
for (const m of ["all", "get", "iterate", "run"]) {
  const orig = proto[m];
  proto[m] = function (this: { source: string }, ...args: unknown[]) {
    recordedStatements.push({ sql: this.source, args });
    return orig.apply(this, args);
  };
}
