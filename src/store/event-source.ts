// Where the event views read from, and which report stands for each event. The paged API view
// and the streamed exports share these, so a page and an export of the same filter select the
// same events (superseded versions included on request) and name the same first report.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { applyEventFilter } from "./event-filter.ts";
import { EVENT_COLUMNS } from "./event-rows.ts";
import type { Database, EventsTable } from "./schema.ts";
import type { EventFilter } from "./store.ts";

/** A row of the events (or superseded events) a query reads. */
export type EventSourceRow = EventsTable & { superseded_by: string | null };

/**
 * The filtered events; with includeSuperseded also those only superseded document versions
 * reported (superseded_by set). One source for pages and exports, so both filter alike.
 */
export const eventSource = (
  db: Kysely<Database>,
  backend: "sqlite" | "postgres",
  filter: EventFilter,
): SelectQueryBuilder<Database, "events", EventSourceRow> => {
  const live = applyEventFilter(
    db.selectFrom("events").select(EVENT_COLUMNS).select(sql<string | null>`null`.as("superseded_by")),
    filter,
    backend,
  );
  if (!filter.includeSuperseded) return live as SelectQueryBuilder<Database, "events", EventSourceRow>;
  const old = applyEventFilter(
    (
      db.selectFrom("superseded_events as events") as unknown as SelectQueryBuilder<
        Database,
        "events",
        object
      >
    )
      .select(EVENT_COLUMNS)
      .select(sql<string | null>`superseded_by`.as("superseded_by")),
    filter,
    backend,
  );
  return db.selectFrom(live.unionAll(old).as("events")).selectAll() as unknown as SelectQueryBuilder<
    Database,
    "events",
    EventSourceRow
  >;
};

/**
 * The document that first reported each event, preferring one with a URL (GDELT's SOURCEURL);
 * for a superseded event, the document version that reported it.
 */
export const firstReports = async (db: Kysely<Database>, rows: readonly EventSourceRow[]) => {
  const out = new Map<EventSourceRow, { docKey: string | null; url: string | null; lead?: boolean }>();
  const liveKeys = rows.filter((r) => !r.superseded_by).map((r) => r.event_key);
  const byKey = new Map<string, { docKey: string; url: string | null; lead: boolean }>();
  if (liveKeys.length) {
    const reports = await db
      .selectFrom("event_mentions as m")
      .innerJoin("documents as d", "d.doc_key", "m.doc_key")
      .select(["m.event_key", "m.doc_key", "d.url", "m.sentence_index"])
      .where("m.event_key", "in", liveKeys)
      .orderBy(sql`case when d.url is null then 1 else 0 end`)
      .orderBy("d.ingested_at")
      .orderBy("m.doc_key")
      .execute();
    // GDELT's IsRootEvent: some report has the event in its lead (first) sentence.
    const lead = new Set(reports.filter((r) => Number(r.sentence_index) === 0).map((r) => r.event_key));
    for (const r of reports)
      if (!byKey.has(r.event_key))
        byKey.set(r.event_key, { docKey: r.doc_key, url: r.url, lead: lead.has(r.event_key) });
  }
  const replacedBy = [...new Set(rows.flatMap((r) => (r.superseded_by ? [r.superseded_by] : [])))];
  const oldVersion = new Map<string, { docKey: string; url: string | null }>();
  if (replacedBy.length) {
    const docs = await db
      .selectFrom("documents")
      .select(["doc_key", "url", "superseded_by"])
      .where("superseded_by", "in", replacedBy)
      .execute();
    for (const d of docs) oldVersion.set(d.superseded_by!, { docKey: d.doc_key, url: d.url });
  }
  for (const r of rows) {
    const report = r.superseded_by ? oldVersion.get(r.superseded_by) : byKey.get(r.event_key);
    if (report) out.set(r, report);
    // An imported GDELT event has no stored document; its evidence field keeps the SOURCEURL.
    else if (r.origin === "gdelt" && /^https?:\/\//.test(r.evidence))
      out.set(r, { docKey: null, url: r.evidence });
  }
  return out;
};
