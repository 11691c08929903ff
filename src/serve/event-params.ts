// Query parameters of the event routes, the stream and alert rules → the store's EventFilter, through
// the store's parameter table and parser (filter-params.ts), which the CLI shares, so a filter means
// one thing everywhere. The JSON schema here is generated from that table: it is what Fastify
// validates and what the OpenAPI document publishes.
import { SitrepError } from "../errors.ts";
import {
  type EventCursor,
  type EventFilter,
  type ParamValue,
  parseEventFilter,
  FILTER_PARAMS as STORE_FILTER_PARAMS,
} from "../store/index.ts";

/**
 * The API's filter parameters: the CLI's filter options without "--". Events that only superseded
 * versions of an article reported are left to the CLI's --include-superseded: the API's pages and
 * streams follow the store's current events by key, which superseded ones are not part of.
 */
const API_PARAMS = STORE_FILTER_PARAMS.filter((p) => p.name !== "include-superseded");
export const FILTER_PARAMS: readonly string[] = API_PARAMS.map((p) => p.name);

/** JSON schema of the filter parameters: list filters take several values (repeated or A,B). */
export const FILTER_SCHEMA_PROPERTIES: Record<string, object> = Object.fromEntries(
  API_PARAMS.map((p) => [
    p.name,
    p.kind === "flag"
      ? { type: "boolean", description: p.help }
      : p.multiple
        ? {
            type: "array",
            items: { type: "string", maxLength: 200 },
            maxItems: 50,
            description: `${p.help} (several: A,B or repeat the parameter)`,
          }
        : { type: "string", maxLength: 200, description: p.help },
  ]),
);

/** API messages name parameters as they are written in a query string, without "--". */
const API_NAMING = { prefix: "" };

/** Reads the filter from parsed query parameters; a bad value is a 400 naming the field. */
export function filterFromParams(params: Readonly<Record<string, unknown>>): EventFilter {
  const values: Record<string, ParamValue> = {};
  for (const name of FILTER_PARAMS) if (params[name] !== undefined) values[name] = params[name] as ParamValue;
  return parseEventFilter(values, API_NAMING);
}

/** The parameter a filter error names ("from 2024-13-01: ..." names `from`). */
export function fieldOfFilterError(error: SitrepError): string | null {
  return /^-{0,2}([a-z][a-z-]*)/.exec(error.message)?.[1] ?? null;
}

/** Opaque page cursor: the last row's position, base64url so it survives any client. */
export function encodeCursor(c: EventCursor): string {
  return Buffer.from(JSON.stringify([c.day, c.eventKey])).toString("base64url");
}

export function decodeCursor(value: string): EventCursor {
  try {
    const [day, eventKey] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof day === "string" && typeof eventKey === "string" && /^\d{4}-\d{2}-\d{2}$/.test(day))
      return { day, eventKey };
  } catch {
    // fall through to the coded error
  }
  throw new SitrepError("E_QUERY_PARAM", "--cursor: not a cursor this API returned");
}
