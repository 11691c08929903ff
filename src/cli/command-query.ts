// `sitrep query events|series|dyads|actors|network|geo`: analytics over the store as JSON, JSON
// Lines, CSV or TSV. Filters are parsed by the store's parser (filter-params.ts), which the HTTP
// API shares; options a query does not use are refused, not ignored.
import { SitrepError } from "../errors.ts";
import {
  type EventFilter,
  FILTER_PARAMS,
  type Interval,
  networkFromDyads,
  PAGE_PARAMS,
  type ParamValue,
  parseEventQuery,
} from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import {
  type CommandSpec,
  DB_OPTION,
  FILTER_OPTIONS,
  HELP_OPTION,
  PAGE_OPTIONS,
  type ParsedCommand,
  parseCommand,
  stringOption,
} from "./option-table.ts";
import { withStore } from "./store-options.ts";
import { tableText } from "./table-output.ts";

const WHATS = ["events", "series", "dyads", "actors", "network", "geo"] as const;
type What = (typeof WHATS)[number];
const FORMATS = ["json", "jsonl", "csv", "tsv"] as const;

export const QUERY_COMMAND: CommandSpec = {
  name: "query",
  usage: "query events|series|dyads|actors|network|geo [options]",
  summary:
    "Analytics over the store. events: one page of events (with the document that first reported each);\n" +
    "series: a dyad's time series (--source and --target); dyads, actors: the most active; network: dyad\n" +
    "edges; geo: events by country, first-level division or point.",
  maxPositionals: 1,
  options: [
    DB_OPTION,
    { name: "format", type: "string", default: "json", value: "F", help: "json | jsonl | csv | tsv" },
    { name: "jsonl", type: "boolean", help: "the same as --format jsonl" },
    ...FILTER_OPTIONS,
    ...PAGE_OPTIONS,
    { name: "interval", type: "string", default: "month", value: "I", help: "series: day | week | month" },
    { name: "level", type: "string", default: "country", value: "L", help: "geo: country | admin1 | point" },
    HELP_OPTION,
  ],
  notes:
    'A page of events that is not the last says so: JSON output carries "next", the other formats print\n' +
    "`sitrep: more events: --cursor NEXT` on stderr; pass that --cursor (with the same filters) for the next page.\n",
};

/** Which options each kind of query uses beyond the filters; any other given option is refused. */
const USES: Record<What, readonly string[]> = {
  events: ["sort", "limit", "cursor"],
  series: ["interval"],
  dyads: ["limit"],
  actors: ["limit"],
  network: ["limit"],
  geo: ["level"],
};
const QUERY_SPECIFIC = ["sort", "limit", "cursor", "interval", "level"];

function given(args: readonly string[], name: string): boolean {
  return args.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
}

function checkOptionsUsed(what: What, args: readonly string[]): void {
  for (const name of QUERY_SPECIFIC) {
    if (given(args, name) && !USES[what].includes(name)) {
      throw new SitrepError(
        "E_USAGE",
        `option --${name} is not used by query ${what}; see sitrep query --help`,
      );
    }
  }
}

/** The query parameters (filters and paging) from the parsed options, by the shared parser's names. */
function queryParams(values: ParsedCommand["values"], what: What): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const p of FILTER_PARAMS) params[p.name] = values[p.name] as ParamValue;
  if (what === "events") for (const p of PAGE_PARAMS) params[p.name] = values[p.name] as ParamValue;
  return params;
}

export async function runQuery(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(QUERY_COMMAND, args);
  const what = (positionals[0] ?? "events") as What;
  if (!WHATS.includes(what))
    throw new SitrepError("E_USAGE", `query ${what}: use ${WHATS.join(", ")}; see sitrep query --help`);
  checkOptionsUsed(what, args);
  const format = values.jsonl ? "jsonl" : (stringOption(values, "format") ?? "json");
  if (!(FORMATS as readonly string[]).includes(format))
    throw new SitrepError("E_OPTION_VALUE", `--format ${format}: use ${FORMATS.join(", ")}`);
  const query = parseEventQuery(queryParams(values, what), { prefix: "--" }, what === "events" ? 50 : 20);
  const limit = query.limit;
  const filter: EventFilter = query.filter;

  const print = (rows: readonly object[]) => {
    if (format === "json") io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else if (format === "jsonl") for (const r of rows) io.stdout(`${JSON.stringify(r)}\n`);
    else io.stdout(tableText(rows as readonly Record<string, unknown>[], format as "csv" | "tsv"));
  };

  return withStore(stringOption(values, "db"), async (store) => {
    switch (what) {
      case "events": {
        const page = await store.queryEventPage(filter, { limit, sort: query.sort, cursor: query.cursor });
        if (format === "json") io.stdout(`${JSON.stringify(page, null, 2)}\n`);
        else {
          print(page.events);
          if (page.next) io.stderr(`sitrep: more events: --cursor ${page.next}\n`);
        }
        return 0;
      }
      case "series": {
        const interval = stringOption(values, "interval") ?? "month";
        if (!["day", "week", "month"].includes(interval))
          throw new SitrepError("E_QUERY_PARAM", `--interval ${interval}: use day, week or month`);
        const sources = [filter.source ?? []].flat();
        const targets = [filter.target ?? []].flat();
        if (sources.length !== 1 || targets.length !== 1) {
          throw new SitrepError(
            "E_USAGE",
            "query series needs one --source CODE and one --target CODE (prefixes, e.g. CHN PAK)",
          );
        }
        const { source: _s, target: _t, ...rest } = filter;
        print(await store.dyadSeries(sources[0]!, targets[0]!, interval as Interval, rest));
        return 0;
      }
      case "dyads":
        print(await store.topDyads(filter, limit));
        return 0;
      case "actors":
        print(await store.topActors(filter, limit));
        return 0;
      case "network": {
        const network = networkFromDyads(
          await store.topDyads(filter, values.limit === undefined ? 500 : limit),
        );
        if (format === "csv" || format === "tsv" || format === "jsonl") print(network.edges);
        else io.stdout(`${JSON.stringify(network, null, 2)}\n`);
        return 0;
      }
      case "geo": {
        const level = stringOption(values, "level") ?? "country";
        if (!["country", "admin1", "point"].includes(level))
          throw new SitrepError("E_QUERY_PARAM", `--level ${level}: use country, admin1 or point`);
        print(await store.geoAggregates(level as "country" | "admin1" | "point", filter));
        return 0;
      }
    }
  });
}
