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
import { applyEventFilter, likePrefix, listOf, prefixEnd } from "./event-filter.ts";
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
 * One side of an actor filter: the events whose `column` starts with `prefix`. Its first three
 * letters are the country column's value (event-rows.ts: source_country is the code's first three
 * characters), and that column leads an index in page order (migration 016, actor-page-indexes.ts).
 */
export interface ActorSide {
  readonly column: "source_code" | "target_code";
  readonly prefix: string;
}

/**
 * A part of a page's filter. `side` (when present) narrows `filter` to one actor side, read along
 * that side's country index; `earlier` are the sides of the branches before it, whose events are
 * theirs, so no event is read by two branches.
 */
export interface PageBranch {
  readonly filter: EventFilter;
  readonly side?: ActorSide;
  readonly earlier?: readonly ActorSide[];
}

/** The shortest prefix whose country (its first three letters) the country indexes can seek. */
const COUNTRY_LENGTH = 3;

/**
 * The filter as disjoint branches, one per value of a list the events are indexed by with the day
 * after it: the CAMEO roots (asked, or the roots of the asked codes), else the countries, else the
 * places, else the sides of the actors (each actor as source and as target; or the sources, or the
 * targets). Every event has one root, one country and one place; an event on two sides belongs to
 * the first. A filter without such a list is its only branch.
 */
export function pageBranches(filter: EventFilter): PageBranch[] {
  const distinct = (values: readonly string[], key: (v: string) => string) => [
    ...new Map(values.map((v) => [key(v), v])).values(),
  ];
  const codes = listOf(filter.code);
  const roots = codes.length
    ? distinct(codes, (c) => c.slice(0, 2)).map((c) => c.slice(0, 2))
    : distinct(listOf(filter.root), (r) => r.padStart(2, "0"));
  if (roots.length > 1 && roots.length <= MAX_PAGE_BRANCHES)
    return roots.map((root) => ({
      filter: codes.length
        ? { ...filter, code: codes.filter((c) => c.slice(0, 2) === root) }
        : { ...filter, root },
    }));
  const countries = distinct(listOf(filter.country), (c) => c);
  if (countries.length > 1 && countries.length <= MAX_PAGE_BRANCHES)
    return countries.map((country) => ({ filter: { ...filter, country } }));
  // Places match in lower case (event-filter.ts), as their index holds them (migration 023).
  const places = distinct(listOf(filter.place), (p) => p.toLowerCase());
  if (places.length > 1 && places.length <= MAX_PAGE_BRANCHES)
    return places.map((place) => ({ filter: { ...filter, place } }));
  // A root, code, country or place already gives rows in page order (events_root_day,
  // events_country_day, events_place_page).
  if (roots.length || countries.length || places.length) return [{ filter }];
  return actorSideBranches(filter) ?? [{ filter }];
}

/**
 * The actor filter as one branch per side (actor=PAK: PAK as source, then PAK as target and not
 * as source), each read newest day first along its country index. Without it SQLite reads every
 * event of the actor by an OR of two code ranges and sorts them all (147–353 ms for a page of
 * actor=PAK at 1M events). Only prefixes of at least a country's three letters, which those
 * indexes can seek; the first list present of actor, source, target is split, the others stay in
 * every branch's filter.
 */
function actorSideBranches(filter: EventFilter): PageBranch[] | null {
  const lists = [
    ["actor", ["source_code", "target_code"]],
    ["source", ["source_code"]],
    ["target", ["target_code"]],
  ] as const;
  for (const [field, columns] of lists) {
    const prefixes = [...new Set(listOf(filter[field]))];
    if (!prefixes.length) continue;
    const sides = prefixes.flatMap((prefix) => columns.map((column) => ({ column, prefix })));
    if (prefixes.some((p) => p.length < COUNTRY_LENGTH) || sides.length > MAX_PAGE_BRANCHES) return null;
    const { [field]: _split, ...rest } = filter;
    return sides.map((side, i) => ({ filter: rest, side, earlier: sides.slice(0, i) }));
  }
  return null;
}

const COUNTRY_OF = { source_code: "source_country", target_code: "target_country" } as const;

/**
 * True (SQL) for the events on `side`. A country prefix is its country column alone: the code range
 * says the same, and PostgreSQL, taking the two for independent, then expected ~1 % of the side's
 * events, read them all through a bitmap of both indexes and sorted them (a rare actor's page: 945
 * ms at 1M events, against 0.3 ms along the country index in page order).
 */
function onSide(side: ActorSide) {
  return side.prefix.length === COUNTRY_LENGTH
    ? sql<boolean>`${sql.ref(COUNTRY_OF[side.column])} = ${side.prefix}`
    : likePrefix(side.column, side.prefix);
}

/**
 * Below this many events of a side's code prefix (longer than a country), SQLite reads them all by
 * the code index and sorts them; from this many on, it walks the country's events in page order.
 *
 * Why: SQLite's planner, given a code range (PAKMIL) beside its country (PAK), takes the range on
 * the code index and sorts every event of the prefix (actor=PAKMIL at 1M generated events: 26–83
 * ms a page), not counting on the LIMIT that stops a walk in page order. The walk reads about
 * 51 / (the prefix's share of its country's events × the share the rest of the filter keeps) rows:
 * a prefix with few events could make it read the whole country, so those are sorted instead, which
 * costs at most this many rows. The count stops at this many: asking costs at most this many index
 * entries. Left as it was: a rest of the filter that keeps very few of the prefix's events (a
 * second long code on the other side) makes the walk long too (bench/README.md, session 21).
 */
export const FEW_PREFIX_EVENTS = 2000;

/** The code index a side's prefix is counted along (migration 001: code, then day). */
const CODE_INDEX = { source_code: "events_source_day", target_code: "events_target_day" } as const;

/**
 * Whether `side`'s prefix has fewer than FEW_PREFIX_EVENTS events: a count of its code index's
 * entries, named because SQLite otherwise skip-scans a wider covering index month by month.
 */
async function fewEventsOnSide(db: Kysely<Database>, side: ActorSide): Promise<boolean> {
  const index = sql.raw(CODE_INDEX[side.column]);
  const where = likePrefix(side.column, side.prefix);
  const matches = sql`select 1 from events indexed by ${index} where ${where} limit ${FEW_PREFIX_EVENTS}`;
  const { rows } = await sql<{ n: number }>`select count(*) as n from (${matches})`.execute(db);
  return Number(rows[0]?.n ?? 0) < FEW_PREFIX_EVENTS;
}

/**
 * Whether a branch reads its side's longer prefix by its country's page index alone (SQLite only:
 * PostgreSQL's statistics of country and code together, migration 020, choose that walk itself).
 */
async function walksCountryIndex(db: Kysely<Database>, backend: Backend, branch: PageBranch) {
  const { side } = branch;
  if (backend !== "sqlite" || !side || side.prefix.length <= COUNTRY_LENGTH) return false;
  return !(await fewEventsOnSide(db, side));
}

/** A branch's events in page order after the cursor; `walk`: along its side's country index. */
function branchQuery(
  db: Kysely<Database>,
  backend: Backend,
  branch: PageBranch,
  after: EventCursor | null,
  walk = false,
) {
  let q = eventPageQuery(db, backend, branch.filter, after);
  const { side, earlier = [] } = branch;
  if (side) {
    // Implied by the prefix; said so that the side's country index is sought, in page order.
    q = q.where(COUNTRY_OF[side.column], "=", side.prefix.slice(0, COUNTRY_LENGTH));
    if (side.prefix.length > COUNTRY_LENGTH)
      // SQLite's unary + keeps the code index from serving the range (walksCountryIndex).
      q = q.where(walk ? unindexedPrefix(side.column, side.prefix) : likePrefix(side.column, side.prefix));
  }
  // A NULL target is on no side: coalesce keeps `not` from turning it into "unknown".
  for (const e of earlier) q = q.where(sql<boolean>`not coalesce(${onSide(e)}, false)`);
  return q;
}

/** likePrefix on SQLite with the column as `+column`, which no index serves (same rows). */
function unindexedPrefix(column: ActorSide["column"], prefix: string) {
  return sql<boolean>`(+${sql.ref(column)} >= ${prefix} and +${sql.ref(column)} < ${prefixEnd(prefix)})`;
}

/**
 * `limit` rows of the page, the columns `select` picks (day and event_key among them): one query,
 * or each branch's first `limit` rows in page order merged in that order (SQLite: MERGE (UNION
 * ALL) of index seeks, each stopping at `limit` rows).
 */
export async function pageRows<R extends { day: string; event_key: string }>(
  db: Kysely<Database>,
  backend: Backend,
  filter: EventFilter,
  limit: number,
  after: EventCursor | null,
  select: (q: PageQuery) => SelectQueryBuilder<Database, "events", R>,
): Promise<R[]> {
  const branches = pageBranches(filter);
  const walks = await Promise.all(branches.map((b) => walksCountryIndex(db, backend, b)));
  const parts = branches.map((b, i) => select(branchQuery(db, backend, b, after, walks[i])));
  if (parts.length === 1) return parts[0]!.limit(limit).execute();
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
