// The `next` cursor of a page of `query events`: where the next page starts, tied to the query it
// came from, so a cursor reused with other filters or another sort is refused rather than
// silently paging through a different result. Opaque to callers (base64url JSON).
import { createHash } from "node:crypto";
import { SitrepError } from "../errors.ts";
import type { EventFilter, EventSort } from "./store.ts";

/** A short fingerprint of the filter and sort (keys sorted, so option order does not matter). */
function queryFingerprint(filter: EventFilter, sort: EventSort): string {
  const canonical = JSON.stringify([
    Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
    sort,
  ]);
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 10);
}

export function encodeCursor(offset: number, filter: EventFilter, sort: EventSort): string {
  return Buffer.from(JSON.stringify({ o: offset, q: queryFingerprint(filter, sort) })).toString("base64url");
}

/** The offset a cursor points at; E_QUERY_PARAM for a malformed cursor or one from another query. */
export function decodeCursor(cursor: string, filter: EventFilter, sort: EventSort): number {
  let parsed: { o?: unknown; q?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new SitrepError("E_QUERY_PARAM", `--cursor ${cursor}: not a cursor printed by sitrep query`);
  }
  if (typeof parsed?.o !== "number" || !Number.isInteger(parsed.o) || parsed.o < 0) {
    throw new SitrepError("E_QUERY_PARAM", `--cursor ${cursor}: not a cursor printed by sitrep query`);
  }
  if (parsed.q !== queryFingerprint(filter, sort)) {
    throw new SitrepError(
      "E_QUERY_PARAM",
      `--cursor ${cursor}: it belongs to a query with other filters or another --sort; repeat that query's options`,
    );
  }
  return parsed.o;
}
