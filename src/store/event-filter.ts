// Event filters as SQL: values are always bound parameters; column names come from this file only.
// User input is parsed and checked by filter-params.ts; validateFilter here is the store's own
// guard for library callers that build an EventFilter by hand.
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from "kysely";
import { SitrepError } from "../errors.ts";
import type { Database } from "./schema.ts";
import type { EventFilter, OneOrMany } from "./store.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Modality values a filter takes: the coder's modalities of an event that is not denied, or "negated". */
export const MODALITIES = ["asserted", "intended", "hypothetical", "reported", "negated"] as const;
export const ORIGINS = ["sitrep", "gdelt"] as const;

/** A filter field as a list (empty when absent). */
export function listOf<T>(v: OneOrMany<T> | undefined): readonly T[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as readonly T[]) : [v as T];
}

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
  const upper = prefixEnd(prefix);
  return sql<boolean>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${upper})`;
}

/** The least string after every string that starts with `prefix` ("PAK" → "PAL"). */
export function prefixEnd(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

function containsWord(word: string) {
  return sql<boolean>`lower(evidence) like ${`%${escapeLike(word.toLowerCase())}%`} escape '\\'`;
}

function fail(name: string, detail: string): never {
  throw new SitrepError("E_QUERY_PARAM", `--${name}${detail.startsWith(":") ? "" : " "}${detail}`);
}

/** Checks a filter's values before any query runs, so bad input is a coded error, not a SQL error. */
export function validateFilter(f: EventFilter): void {
  for (const [name, v] of Object.entries(f)) {
    // Control characters (NUL above all) are never part of a real filter and PostgreSQL rejects them.
    for (const one of listOf(v as OneOrMany<unknown>)) {
      if (typeof one === "string" && /[\u0000-\u001f]/.test(one)) fail(name, ": contains control characters");
    }
  }
  for (const [name, v] of [
    ["from", f.from],
    ["to", f.to],
  ] as const) {
    if (v !== undefined && !DAY.test(v)) fail(name, `${v}: use YYYY-MM-DD`);
  }
  for (const q of listOf(f.quad)) if (![1, 2, 3, 4].includes(q)) fail("quad", `${q}: use 1, 2, 3 or 4`);
  for (const [name, v] of [
    ["code", f.code],
    ["root", f.root],
  ] as const) {
    for (const one of listOf(v)) {
      if (!/^\d{2,4}[A-Z]?$/.test(one)) fail(name, `${one}: a CAMEO code is 2 to 4 digits, as text ("0312")`);
    }
  }
  for (const m of listOf(f.modality)) {
    if (!(MODALITIES as readonly string[]).includes(m))
      fail("modality", `${m}: use ${MODALITIES.join(", ")}`);
  }
  for (const o of listOf(f.origin)) {
    if (!(ORIGINS as readonly string[]).includes(o)) fail("origin", `${o}: use ${ORIGINS.join(" or ")}`);
  }
  for (const [name, v] of [
    ["min-mentions", f.minMentions],
    ["min-goldstein", f.minGoldstein],
    ["max-goldstein", f.maxGoldstein],
    ["min-confidence", f.minConfidence],
  ] as const) {
    if (v !== undefined && !Number.isFinite(v)) fail(name, `${v}: a number`);
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
  const actors = listOf(f.actor);
  if (actors.length) {
    q = q.where((eb: EventsEb) =>
      eb.or(actors.flatMap((a) => [likePrefix("source_code", a), likePrefix("target_code", a)])),
    );
  }
  const sources = listOf(f.source);
  if (sources.length) q = q.where((eb: EventsEb) => eb.or(sources.map((a) => likePrefix("source_code", a))));
  const targets = listOf(f.target);
  if (targets.length) q = q.where((eb: EventsEb) => eb.or(targets.map((a) => likePrefix("target_code", a))));
  const countries = listOf(f.country);
  if (countries.length) q = q.where("country", "in", countries);
  // A CAMEO root is the first two digits of the code; saying so lets the root index serve codes.
  const codes = listOf(f.code);
  if (codes.length) {
    q = q
      .where("cameo_code", "in", codes)
      .where("cameo_root", "in", [...new Set(codes.map((c) => c.slice(0, 2)))]);
  }
  const roots = listOf(f.root);
  if (roots.length)
    q = q.where(
      "cameo_root",
      "in",
      roots.map((r) => r.padStart(2, "0")),
    );
  const quads = listOf(f.quad);
  if (quads.length) q = q.where("quad_class", "in", quads);
  const plovers = listOf(f.plover);
  if (plovers.length)
    q = q.where(
      "plover_type",
      "in",
      plovers.map((p) => p.toUpperCase()),
    );
  const places = listOf(f.place);
  if (places.length)
    q = q.where(
      sql<string>`lower(place_name)`,
      "in",
      places.map((p) => p.toLowerCase()),
    );
  for (const text of listOf(f.text)) {
    for (const word of text.split(/\s+/).filter(Boolean)) q = q.where(containsWord(word));
  }
  if (f.minMentions !== undefined) q = q.where("num_mentions", ">=", f.minMentions);
  if (f.minGoldstein !== undefined) q = q.where("goldstein", ">=", f.minGoldstein);
  if (f.maxGoldstein !== undefined) q = q.where("goldstein", "<=", f.maxGoldstein);
  const modalities = listOf(f.modality);
  if (modalities.length) {
    const plain = modalities.filter((m) => m !== "negated");
    q = q.where((eb: EventsEb) =>
      eb.or([
        ...(plain.length ? [eb.and([eb("modality", "in", plain), eb("negated", "=", 0)])] : []),
        ...(modalities.includes("negated") ? [eb("negated", "=", 1)] : []),
      ]),
    );
  }
  const origins = listOf(f.origin);
  if (origins.length) q = q.where("origin", "in", origins);
  if (f.minConfidence !== undefined) q = q.where("confidence", ">=", f.minConfidence);
  return q;
}
