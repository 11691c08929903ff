// Query parameters of the event routes, the stream and alert rules → the store's EventFilter, through
// the same filter reader as the CLI (store-options.ts), so a filter means one thing everywhere. The
// JSON schema here is what Fastify validates and what the OpenAPI document publishes.
import { filterFrom } from "../cli/store-options.ts";
import { SitrepError } from "../errors.ts";
import { validateFilter } from "../store/event-filter.ts";
import type { EventCursor, EventFilter } from "../store/index.ts";

/** The CLI's filter options, as API query parameters. */
export const FILTER_PARAMS = [
  "from",
  "to",
  "actor",
  "country",
  "code",
  "root",
  "quad",
  "plover",
  "place",
  "text",
] as const;

const text = (description: string) => ({ type: "string", maxLength: 200, description }) as const;

/** JSON schema of the filter parameters (each a string; the values are checked by validateFilter). */
export const FILTER_SCHEMA_PROPERTIES = {
  from: text("first day, YYYY-MM-DD"),
  to: text("last day, YYYY-MM-DD"),
  actor: text("actor code prefix on either side (PAK matches PAKMIL)"),
  country: text("ISO3 country of the event's location"),
  code: text('CAMEO code, as text ("0312")'),
  root: text('CAMEO root, 2 digits ("19")'),
  quad: text("QuadClass 1-4"),
  plover: text("PLOVER event type (PROTEST, ASSAULT, ...)"),
  place: text("place name"),
  text: text("words that must appear in the evidence"),
} as const;

/** Reads the filter from parsed query parameters; a bad value is a 400 naming the field. */
export function filterFromParams(params: Readonly<Record<string, unknown>>): EventFilter {
  const values: Record<string, unknown> = {};
  for (const name of FILTER_PARAMS) if (typeof params[name] === "string") values[name] = params[name];
  const filter = filterFrom(values);
  validateFilter(filter);
  return filter;
}

/** The parameter a filter error names ("--from 2024-13-01: ..." names `from`). */
export function fieldOfFilterError(error: SitrepError): string | null {
  return /--([a-z-]+)/.exec(error.message)?.[1] ?? null;
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
