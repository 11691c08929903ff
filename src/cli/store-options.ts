// Store access and the event filter options shared by `sitrep query` and `sitrep export`.
import { createContext } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { type EventFilter, openStore, type Store } from "../store/index.ts";
import type { Context } from "../types.ts";

/** Filter options shared by `query` and `export`. */
export const FILTER_OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  actor: { type: "string" },
  country: { type: "string" },
  code: { type: "string" },
  root: { type: "string" },
  quad: { type: "string" },
  plover: { type: "string" },
  place: { type: "string" },
  text: { type: "string" },
} as const;

export function filterFrom(values: Record<string, unknown>): EventFilter {
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const quad = str("quad");
  if (quad !== undefined && !/^[1-4]$/.test(quad))
    throw new SitrepError("E_QUERY_PARAM", `--quad ${quad}: use 1, 2, 3 or 4`);
  const f: Record<string, unknown> = {};
  for (const k of ["from", "to", "actor", "country", "code", "root", "plover", "place", "text"]) {
    const v = str(k);
    if (v !== undefined) f[k] = v;
  }
  if (quad !== undefined) f.quad = Number(quad);
  return f as EventFilter;
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
