// Event filters as SQL: values are always bound parameters; column names come from this file only.
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from "kysely";
import { SitrepError } from "../errors.ts";
import type { Database } from "./schema.ts";
import type { EventFilter } from "./store.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Escapes LIKE wildcards so user input matches literally (with ESCAPE '\'). */
function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type EventsEb = ExpressionBuilder<Database, "events">;

/**
 * `column` starts with `prefix`, as a range (prefix <= column < next prefix): a country ("PAK")
 * or a longer code ("PAKMIL") alike. A range uses the code indexes on SQLite and PostgreSQL,
 * which a LIKE with an ESCAPE clause would not on SQLite.
 */
export function likePrefix(column: "source_code" | "target_code", prefix: string) {
  if (!prefix) return sql<boolean>`${sql.ref(column)} is not null`;
  const last = prefix.codePointAt(prefix.length - 1)!;
  const upper = prefix.slice(0, -1) + String.fromCodePoint(last + 1);
  return sql<boolean>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${upper})`;
}

function containsWord(word: string) {
  return sql<boolean>`lower(evidence) like ${`%${escapeLike(word.toLowerCase())}%`} escape '\\'`;
}

/** Checks a filter's values before any query runs, so bad input is a coded error, not a SQL error. */
export function validateFilter(f: EventFilter): void {
  for (const [name, v] of Object.entries(f)) {
    // Control characters (NUL above all) are never part of a real filter and PostgreSQL rejects them.
    if (typeof v === "string" && /[\u0000-\u001f]/.test(v)) {
      throw new SitrepError("E_QUERY_PARAM", `--${name}: contains control characters`);
    }
  }
  for (const [name, v] of [
    ["from", f.from],
    ["to", f.to],
  ] as const) {
    if (v !== undefined && !DAY.test(v))
      throw new SitrepError("E_QUERY_PARAM", `--${name} ${v}: use YYYY-MM-DD`);
  }
  if (f.quad !== undefined && ![1, 2, 3, 4].includes(f.quad)) {
    throw new SitrepError("E_QUERY_PARAM", `--quad ${f.quad}: use 1, 2, 3 or 4`);
  }
  for (const [name, v] of [
    ["code", f.code],
    ["root", f.root],
  ] as const) {
    if (v !== undefined && !/^\d{2,4}[A-Z]?$/.test(v)) {
      throw new SitrepError(
        "E_QUERY_PARAM",
        `--${name} ${v}: a CAMEO code is 2 to 4 digits, as text ("0312")`,
      );
    }
  }
}

export function applyEventFilter<O>(
  qb: SelectQueryBuilder<Database, "events", O>,
  f: EventFilter,
  _backend: "sqlite" | "postgres",
): SelectQueryBuilder<Database, "events", O> {
  validateFilter(f);
  let q = qb;
  if (f.from) q = q.where("day", ">=", f.from);
  if (f.to) q = q.where("day", "<=", f.to);
  if (f.actor) {
    const actor = f.actor;
    q = q.where((eb: EventsEb) =>
      eb.or([likePrefix("source_code", actor), likePrefix("target_code", actor)]),
    );
  }
  if (f.country) q = q.where("country", "=", f.country);
  // A CAMEO root is the first two digits of the code; saying so lets the root index serve codes.
  if (f.code) q = q.where("cameo_code", "=", f.code).where("cameo_root", "=", f.code.slice(0, 2));
  if (f.root) q = q.where("cameo_root", "=", f.root.padStart(2, "0"));
  if (f.quad !== undefined) q = q.where("quad_class", "=", f.quad);
  if (f.plover) q = q.where("plover_type", "=", f.plover.toUpperCase());
  if (f.place) q = q.where(sql<boolean>`lower(place_name) = ${f.place.toLowerCase()}`);
  if (f.text) {
    for (const word of f.text.split(/\s+/).filter(Boolean)) q = q.where(containsWord(word));
  }
  return q;
}
