// One parser for event query parameters, shared by the command line (`sitrep query`, `sitrep
// export`) and the HTTP API: a plain record of strings (or lists of strings, for repeated options
// and query-string keys) in, a validated EventQuery out, or an E_QUERY_PARAM error that names the
// parameter. Every list parameter takes several values, comma-separated or repeated.
import { SitrepError } from "../errors.ts";
import { MODALITIES, ORIGINS } from "./event-filter.ts";
import type { EventFilter, EventSort, EventSortKey } from "./store.ts";

export const EVENT_SORT_KEYS: readonly EventSortKey[] = [
  "day",
  "mentions",
  "goldstein",
  "tone",
  "confidence",
];

/** What a parameter holds; drives parsing, validation and the help text. */
type ParamKind =
  | "day"
  | "codes"
  | "countries"
  | "cameo"
  | "quad"
  | "words"
  | "int"
  | "number"
  | "enum"
  | "flag";

export interface QueryParam {
  readonly name: string;
  readonly kind: ParamKind;
  /** Several values (comma-separated or repeated) match any of them. */
  readonly multiple: boolean;
  readonly value: string;
  readonly help: string;
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

/** The filter parameters: the one table the CLI options, their help and the API read. */
export const FILTER_PARAMS: readonly QueryParam[] = [
  { name: "from", kind: "day", multiple: false, value: "YYYY-MM-DD", help: "events on or after this day" },
  { name: "to", kind: "day", multiple: false, value: "YYYY-MM-DD", help: "events on or before this day" },
  {
    name: "actor",
    kind: "codes",
    multiple: true,
    value: "CODE",
    help: "actor code prefix on either side (PAK matches PAKMIL)",
  },
  { name: "source", kind: "codes", multiple: true, value: "CODE", help: "code prefix of Actor1 (who acts)" },
  { name: "target", kind: "codes", multiple: true, value: "CODE", help: "code prefix of Actor2 (acted on)" },
  { name: "country", kind: "countries", multiple: true, value: "ISO3", help: "country of the event's place" },
  { name: "code", kind: "cameo", multiple: true, value: "CAMEO", help: 'CAMEO event code, as text ("0312")' },
  { name: "root", kind: "cameo", multiple: true, value: "NN", help: "CAMEO root code (first two digits)" },
  { name: "quad", kind: "quad", multiple: true, value: "1-4", help: "GDELT quad class" },
  {
    name: "plover",
    kind: "codes",
    multiple: true,
    value: "TYPE",
    help: "PLOVER event type (ASSAULT, CONSULT ...)",
  },
  { name: "place", kind: "words", multiple: true, value: "NAME", help: "name of the event's place" },
  {
    name: "text",
    kind: "words",
    multiple: true,
    value: "WORDS",
    help: "words that must all be in the evidence",
  },
  {
    name: "min-mentions",
    kind: "int",
    multiple: false,
    value: "N",
    help: "at least N reports (NumMentions)",
    min: 1,
    max: 1e9,
  },
  {
    name: "min-goldstein",
    kind: "number",
    multiple: false,
    value: "G",
    help: "Goldstein score at least G",
    min: -10,
    max: 10,
  },
  {
    name: "max-goldstein",
    kind: "number",
    multiple: false,
    value: "G",
    help: "Goldstein score at most G",
    min: -10,
    max: 10,
  },
  {
    name: "modality",
    kind: "enum",
    multiple: true,
    value: "M",
    help: "asserted, intended, hypothetical, reported (not denied) or negated (denied)",
    choices: MODALITIES,
  },
  {
    name: "origin",
    kind: "enum",
    multiple: true,
    value: "O",
    help: "sitrep (coded here) or gdelt (imported)",
    choices: ORIGINS,
  },
  {
    name: "min-confidence",
    kind: "number",
    multiple: false,
    value: "C",
    help: "coder confidence at least C (0-1; imported events have none)",
    min: 0,
    max: 1,
  },
  {
    name: "include-superseded",
    kind: "flag",
    multiple: false,
    value: "",
    help: "also events only older versions of an updated article reported",
  },
];

/** Paging and order of `query events` (and the API's event list). */
export const PAGE_PARAMS: readonly QueryParam[] = [
  {
    name: "sort",
    kind: "enum",
    multiple: false,
    value: "KEY",
    help: `${EVENT_SORT_KEYS.join(", ")}; a leading - sorts descending (default -day)`,
    choices: EVENT_SORT_KEYS.flatMap((k) => [k, `-${k}`]),
  },
  {
    name: "limit",
    kind: "int",
    multiple: false,
    value: "N",
    help: "rows per page (default 50)",
    min: 1,
    max: 10_000,
  },
  {
    name: "cursor",
    kind: "words",
    multiple: false,
    value: "NEXT",
    help: "the next page: the cursor a page printed",
  },
];

export type ParamValue = string | boolean | readonly string[] | undefined;

export interface EventQuery {
  readonly filter: EventFilter;
  readonly sort: EventSort;
  readonly limit: number;
  readonly cursor: string | null;
}

/** How parameter names appear in messages: "--from" on the command line, "from" in the API. */
export interface ParamNaming {
  readonly prefix: string;
}

const CLI_NAMING: ParamNaming = { prefix: "--" };

function bad(naming: ParamNaming, name: string, detail: string): never {
  const gap = detail.startsWith(":") ? "" : " ";
  throw new SitrepError("E_QUERY_PARAM", `${naming.prefix}${name}${gap}${detail}`);
}

/** The values of one parameter: comma-separated and repeated values alike, trimmed, empties dropped. */
function valuesOf(raw: ParamValue): string[] {
  if (raw === undefined || raw === false) return [];
  if (raw === true) return ["true"];
  const list = typeof raw === "string" ? [raw] : [...raw];
  return list
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

function isRealDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** One parameter's values, checked; returns them as the filter keeps them. */
function parseParam(p: QueryParam, values: string[], naming: ParamNaming): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    // Control characters (NUL above all) are never part of a real value and PostgreSQL rejects them.
    if (/[\u0000-\u001f]/.test(v)) bad(naming, p.name, ": contains control characters");
    switch (p.kind) {
      case "day":
        if (!isRealDay(v)) bad(naming, p.name, `${v}: not a real day; use YYYY-MM-DD`);
        out.push(v);
        break;
      case "codes":
        if (!/^[A-Za-z0-9]{1,40}$/.test(v))
          bad(naming, p.name, `${v}: letters and digits only (e.g. PAKMIL)`);
        out.push(v.toUpperCase());
        break;
      case "countries":
        if (!/^[A-Za-z]{3}$/.test(v))
          bad(naming, p.name, `${v}: an ISO 3166 alpha-3 country code (PAK, IND)`);
        out.push(v.toUpperCase());
        break;
      case "cameo":
        if (!/^\d{2,4}$/.test(v))
          bad(naming, p.name, `${v}: a CAMEO code is 2 to 4 digits, as text ("0312")`);
        out.push(v);
        break;
      case "quad":
        if (!/^[1-4]$/.test(v)) bad(naming, p.name, `${v}: use 1, 2, 3 or 4`);
        out.push(Number(v));
        break;
      case "words":
        out.push(v);
        break;
      case "int":
      case "number": {
        const n = Number(v);
        const ok = p.kind === "int" ? /^\d+$/.test(v) : /^-?\d+(\.\d+)?$/.test(v);
        if (!ok || n < (p.min ?? -Infinity) || n > (p.max ?? Infinity)) {
          const kind = p.kind === "int" ? "a whole number" : "a number";
          bad(naming, p.name, `${v}: ${kind} from ${p.min} to ${p.max}`);
        }
        out.push(n);
        break;
      }
      case "enum":
        if (!p.choices?.includes(v)) bad(naming, p.name, `${v}: use ${p.choices?.join(", ")}`);
        out.push(v);
        break;
      case "flag":
        if (!["true", "false", "1", "0", "yes", "no"].includes(v))
          bad(naming, p.name, `${v}: use true or false`);
        out.push(["true", "1", "yes"].includes(v));
        break;
    }
  }
  return out;
}

const FILTER_FIELD: Record<string, keyof EventFilter> = {
  from: "from",
  to: "to",
  actor: "actor",
  source: "source",
  target: "target",
  country: "country",
  code: "code",
  root: "root",
  quad: "quad",
  plover: "plover",
  place: "place",
  text: "text",
  "min-mentions": "minMentions",
  "min-goldstein": "minGoldstein",
  "max-goldstein": "maxGoldstein",
  modality: "modality",
  origin: "origin",
  "min-confidence": "minConfidence",
  "include-superseded": "includeSuperseded",
};

/**
 * Parses filter parameters (names as in FILTER_PARAMS, e.g. "min-mentions") into a validated
 * EventFilter. A parameter not in `known` is refused, so a misspelt filter never silently
 * matches everything. Throws E_QUERY_PARAM naming the parameter.
 */
export function parseEventFilter(
  params: Readonly<Record<string, ParamValue>>,
  naming: ParamNaming = CLI_NAMING,
  known: readonly QueryParam[] = FILTER_PARAMS,
): EventFilter {
  const filter: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    const p = known.find((k) => k.name === name);
    if (!p) bad(naming, name, ": not a filter; the filters are " + known.map((k) => k.name).join(", "));
    if (!FILTER_FIELD[name]) continue;
    const values = parseParam(p, valuesOf(raw), naming);
    if (!values.length) continue;
    if (!p.multiple && values.length > 1) bad(naming, name, `takes one value, got ${values.length}`);
    filter[FILTER_FIELD[name]] = p.multiple ? values : values[0];
  }
  const f = filter as EventFilter;
  if (f.from && f.to && f.from > f.to) bad(naming, "from", `${f.from} is after --to ${f.to}`);
  if (f.minGoldstein !== undefined && f.maxGoldstein !== undefined && f.minGoldstein > f.maxGoldstein) {
    bad(naming, "min-goldstein", `${f.minGoldstein} is above the maximum ${f.maxGoldstein}`);
  }
  if (f.includeSuperseded === false) delete filter.includeSuperseded;
  return f;
}

/** Parses filter, sort, limit and cursor of an event listing (`query events`, the API's events). */
export function parseEventQuery(
  params: Readonly<Record<string, ParamValue>>,
  naming: ParamNaming = CLI_NAMING,
  defaultLimit = 50,
): EventQuery {
  const filterParams: Record<string, ParamValue> = {};
  const pageValues: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(params)) {
    const p = PAGE_PARAMS.find((k) => k.name === name);
    if (!p) {
      filterParams[name] = raw;
      continue;
    }
    const values = parseParam(p, valuesOf(raw), naming);
    if (values.length > 1) bad(naming, name, `takes one value, got ${values.length}`);
    if (values.length) pageValues[name] = values[0];
  }
  const filter = parseEventFilter(filterParams, naming, FILTER_PARAMS);
  const sortText = (pageValues.sort as string | undefined) ?? "-day";
  const sort: EventSort = {
    key: sortText.replace(/^-/, "") as EventSortKey,
    descending: sortText.startsWith("-"),
  };
  return {
    filter,
    sort,
    limit: (pageValues.limit as number | undefined) ?? defaultLimit,
    cursor: (pageValues.cursor as string | undefined) ?? null,
  };
}
