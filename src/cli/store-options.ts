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

export async function withStore<T>(
  db: string | undefined,
  work: (store: Store, ctx: Context) => Promise<T>,
): Promise<T> {
  const ctx = createContext(db ? { dbPath: db } : {});
  const store = await openStore(ctx.config);
  try {
    return await work(store, ctx);
  } finally {
    await store.close();
  }
}
