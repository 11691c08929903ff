// Store access and the event filter options shared by `sitrep query` and `sitrep export`.
import { createContext } from "../context.ts";
import {
  type EventFilter,
  FILTER_PARAMS,
  openStore,
  type ParamValue,
  parseEventFilter,
  type Store,
} from "../store/index.ts";
import type { Context } from "../types.ts";

/** The event filter of `query` and `export`, parsed and validated by the parser the API shares. */
export function filterFrom(values: Record<string, unknown>): EventFilter {
  const params: Record<string, ParamValue> = {};
  for (const p of FILTER_PARAMS) params[p.name] = values[p.name] as ParamValue;
  return parseEventFilter(params);
}

/**
 * Runs `work` on the store. Reading is the default (query, export): a missing SQLite file is then
 * E_DB_MISSING rather than a new empty database, and the file is opened read-only. `write: true`
 * (import) opens it for writing and creates it when missing.
 */
export async function withStore<T>(
  db: string | undefined,
  work: (store: Store, ctx: Context) => Promise<T>,
  options: { write?: boolean } = {},
): Promise<T> {
  const ctx = createContext(db ? { dbPath: db } : {});
  const store = await openStore(ctx.config, { readOnly: !options.write });
  try {
    return await work(store, ctx);
  } finally {
    await store.close();
  }
}

/** withStore for commands that write (import): opened for writing, created when missing. */
export function withWritableStore<T>(
  db: string | undefined,
  work: (store: Store, ctx: Context) => Promise<T>,
): Promise<T> {
  return withStore(db, work, { write: true });
}
