// How a keyset page of events (newest day first, then by key) is read: the filter's query, and,
// where SQLite's planner would read every matching event and sort them all, the same page as a
// merge of branches that each walk an index already in page order and stop after `limit` rows.
//
// Why: a page of 51 events is cheap only when rows arrive in page order. An IN over several CAMEO
// roots or countries gives rows out of day order, so SQLite reads every match and sorts them all:
// on 1M generated events `actor=PAK&root=18,19` took 122–136 ms, `root=18,19` 147 ms, against
// 0.6–3 ms merged (bench/README.md, bench/api). Each branch is an equality on the leading column of
// an index whose next column is the day (events_root_day, events_country_day), so it returns rows
// newest day first.
// Branches never share a row and together select what the filter selects; each one is the whole
// filter (the one applyEventFilter) with one more condition, so no filter is written twice.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { applyEventFilter, listOf } from "./event-filter.ts";
import type { Database } from "./schema.ts";
import type { EventCursor } from "./serve-store.ts";
import type { EventFilter } from "./store.ts";

type Backend = "sqlite" | "postgres";

/**
 * The events a page reads, newest day first and then by key, after a cursor. `day <= d` comes
 * first so the day index (events_day_desc_key) bounds the scan; the OR only refines the cursor's day.
 */
export function eventPageQuery(
  db: Kysely<Database>,
  backend: Backend,
  filter: EventFilter,
  after: EventCursor | null,
) {
  let q = applyEventFilter(db.selectFrom("events"), filter, backend);
  if (after) {
    q = q
      .where("day", "<=", after.day)
      .where((eb) => eb.or([eb("day", "<", after.day), eb("event_key", ">", after.eventKey)]));
  }
  return q.orderBy("day", "desc").orderBy("event_key");
}

type PageQuery = ReturnType<typeof eventPageQuery>;

/** Above this many values a list is read as one IN with a sort (each branch is one more index seek). */
export const MAX_PAGE_BRANCHES = 16;

/**
 * The filter as disjoint filters, one per value of a list the events are indexed by with the day
 * after it: the CAMEO roots (asked, or the roots of the asked codes), else the countries. Every
 * event has one root and one country. A filter without such a list is its only branch.
 */
export function pageBranches(filter: EventFilter): EventFilter[] {
  const distinct = (values: readonly string[], key: (v: string) => string) => [
    ...new Map(values.map((v) => [key(v), v])).values(),
  ];
  const codes = listOf(filter.code);
  const roots = codes.length
    ? distinct(codes, (c) => c.slice(0, 2)).map((c) => c.slice(0, 2))
    : distinct(listOf(filter.root), (r) => r.padStart(2, "0"));
  if (roots.length > 1 && roots.length <= MAX_PAGE_BRANCHES)
    return roots.map((root) =>
      codes.length ? { ...filter, code: codes.filter((c) => c.slice(0, 2) === root) } : { ...filter, root },
    );
  const countries = distinct(listOf(filter.country), (c) => c);
  if (countries.length > 1 && countries.length <= MAX_PAGE_BRANCHES)
    return countries.map((country) => ({ ...filter, country }));
  return [filter];
}

/**
 * `limit` rows of the page, the columns `select` picks (day and event_key among them): one query,
 * or each branch's first `limit` rows in page order merged in that order (SQLite: MERGE (UNION
 * ALL) of index seeks, each stopping at `limit` rows).
 */
export function pageRows<R extends { day: string; event_key: string }>(
  db: Kysely<Database>,
  backend: Backend,
  filter: EventFilter,
  limit: number,
  after: EventCursor | null,
  select: (q: PageQuery) => SelectQueryBuilder<Database, "events", R>,
): Promise<R[]> {
  const branches = pageBranches(filter);
  if (branches.length === 1)
    return select(eventPageQuery(db, backend, filter, after))
      .limit(limit)
      .execute();
  const parts = branches.map((f) => select(eventPageQuery(db, backend, f, after)));
  const branch = (q: SelectQueryBuilder<Database, "events", R>) =>
    db.selectFrom(q.limit(limit).as("branch")).selectAll();
  let merged = branch(parts[0]!);
  for (const part of parts.slice(1)) merged = merged.unionAll(branch(part));
  return merged
    .orderBy(sql.ref("day"), "desc")
    .orderBy(sql.ref("event_key"))
    .limit(limit)
    .execute() as Promise<R[]>;
}
