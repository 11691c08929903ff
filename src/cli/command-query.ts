// `sitrep query events|series|dyads|actors|network|geo`: analytics over the store, as JSON.
import { SitrepError } from "../errors.ts";
import { networkFromDyads } from "../store/actor-network.ts";
import type { Interval } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import { parseCommandArgs } from "./options.ts";
import { FILTER_OPTIONS, filterFrom, withStore } from "./store-options.ts";

const QUERY_OPTIONS = {
  ...FILTER_OPTIONS,
  limit: { type: "string" },
  offset: { type: "string" },
  interval: { type: "string", default: "month" },
  level: { type: "string", default: "country" },
  source: { type: "string" },
  target: { type: "string" },
} as const;

function positiveInt(v: unknown, name: string, fallback: number, max: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== "string" || !/^\d+$/.test(v) || Number(v) > max) {
    throw new SitrepError("E_QUERY_PARAM", `--${name} ${String(v)}: a whole number up to ${max}`);
  }
  return Number(v);
}

/**
 * `sitrep query events|series|dyads|actors|network|geo [filters]`: analytics over the store.
 * JSON on stdout (`--jsonl` for one record per line).
 */
export async function runQuery(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, QUERY_OPTIONS);
  const what = positionals[0] ?? "events";
  const v = values as Record<string, unknown>;
  const filter = filterFrom(v);
  const limit = positiveInt(v.limit, "limit", what === "events" ? 50 : 20, 10_000);
  const print = (rows: unknown[]) => {
    if (values.jsonl) for (const r of rows) io.stdout(`${JSON.stringify(r)}\n`);
    else io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  };
  return withStore(values.db, async (store) => {
    switch (what) {
      case "events":
        print(await store.queryEvents(filter, { limit, offset: positiveInt(v.offset, "offset", 0, 1e9) }));
        return 0;
      case "series": {
        const interval = String(v.interval);
        if (!["day", "week", "month"].includes(interval))
          throw new SitrepError("E_QUERY_PARAM", "--interval: day, week or month");
        if (typeof v.source !== "string" || typeof v.target !== "string") {
          throw new SitrepError(
            "E_USAGE",
            "query series needs --source CODE and --target CODE (prefixes, e.g. CHN PAK)",
          );
        }
        print(await store.dyadSeries(v.source, v.target, interval as Interval, filter));
        return 0;
      }
      case "dyads":
        print(await store.topDyads(filter, limit));
        return 0;
      case "actors":
        print(await store.topActors(filter, limit));
        return 0;
      case "network": {
        const network = networkFromDyads(await store.topDyads(filter, limit === 20 ? 500 : limit));
        io.stdout(`${JSON.stringify(network, null, values.jsonl ? 0 : 2)}\n`);
        return 0;
      }
      case "geo": {
        const level = String(v.level);
        if (!["country", "admin1", "point"].includes(level))
          throw new SitrepError("E_QUERY_PARAM", "--level: country, admin1 or point");
        print(await store.geoAggregates(level as "country" | "admin1" | "point", filter));
        return 0;
      }
      default:
        throw new SitrepError("E_USAGE", `query ${what}: use events, series, dyads, actors, network or geo`);
    }
  });
}
