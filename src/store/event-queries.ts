// The event views the CLI, the API and the exports read: filtered lists, sorted pages with a
// cursor, streamed events and mentions in bounded memory, and the events of one document.
import { type Kysely, sql } from "kysely";
import { decodeCursor, encodeCursor } from "./event-cursor.ts";
import { applyEventFilter } from "./event-filter.ts";
import { num, toStoredEvent } from "./event-rows.ts";
import { eventSource, firstReports } from "./event-source.ts";
import type { Database, EventsTable } from "./schema.ts";
import type { EventSort, EventSortKey, Store } from "./store.ts";

type Guard = <T>(work: () => Promise<T>) => Promise<T>;

/** The Store members this file implements. */
export type EventQueries = Pick<
  Store,
  "queryEvents" | "queryEventPage" | "streamEvents" | "streamMentions" | "documentEvents" | "eventMentions"
>;

const SORT_COLUMN: Record<EventSortKey, keyof EventsTable> = {
  day: "day",
  mentions: "num_mentions",
  goldstein: "goldstein",
  tone: "avg_tone",
  confidence: "confidence",
};

const DEFAULT_SORT: EventSort = { key: "day", descending: true };

/** Rows per page when streaming exports: bounded memory at any store size. */
const STREAM_PAGE = 1000;

export function createEventQueries(
  db: Kysely<Database>,
  backend: "sqlite" | "postgres",
  guard: Guard,
): EventQueries {
  return {
    queryEvents: (filter, page = { limit: 100, offset: 0 }) =>
      guard(async () => {
        const rows = await applyEventFilter(db.selectFrom("events").selectAll(), filter, backend)
          .orderBy("day", "desc")
          .orderBy("num_mentions", "desc")
          .orderBy("event_key")
          .limit(page.limit)
          .offset(page.offset)
          .execute();
        return rows.map(toStoredEvent);
      }),

    queryEventPage: (filter, page) =>
      guard(async () => {
        const sort = page.sort ?? DEFAULT_SORT;
        const offset = page.cursor ? decodeCursor(page.cursor, filter, sort) : 0;
        const column = SORT_COLUMN[sort.key];
        let q = eventSource(db, backend, filter).orderBy(sql.ref(column), (ob) =>
          (sort.descending ? ob.desc() : ob.asc()).nullsLast(),
        );
        // Ties: newest day, then most reported, then the key, so every page is deterministic.
        if (sort.key !== "day") q = q.orderBy(sql.ref("day"), "desc");
        if (sort.key !== "mentions") q = q.orderBy(sql.ref("num_mentions"), "desc");
        const rows = await q
          .orderBy(sql.ref("event_key"))
          .limit(page.limit + 1)
          .offset(offset)
          .execute();
        const shown = rows.slice(0, page.limit);
        const reports = await firstReports(db, shown);
        return {
          events: shown.map((r) => ({
            ...toStoredEvent(r),
            ...(filter.includeSuperseded ? { supersededBy: r.superseded_by } : {}),
            docKey: reports.get(r)?.docKey ?? null,
            url: reports.get(r)?.url ?? null,
          })),
          next: rows.length > page.limit ? encodeCursor(offset + page.limit, filter, sort) : null,
        };
      }),

    async *streamEvents(filter) {
      let after = "";
      for (;;) {
        const rows = await guard(() =>
          eventSource(db, backend, filter)
            .where(sql.ref("event_key"), ">", after)
            .orderBy(sql.ref("event_key"))
            .limit(STREAM_PAGE)
            .execute(),
        );
        if (!rows.length) return;
        const reports = await guard(() => firstReports(db, rows));
        for (const r of rows) {
          const e = toStoredEvent(r);
          const report = reports.get(r);
          yield { ...e, isRoot: e.isRoot ?? report?.lead ?? false, sourceUrl: report?.url ?? null };
        }
        after = rows[rows.length - 1]!.event_key;
      }
    },

    async *streamMentions(filter) {
      let after = "";
      for (;;) {
        const events = await guard(() =>
          applyEventFilter(db.selectFrom("events").select(["event_key", "day"]), filter, backend)
            .where("event_key", ">", after)
            .orderBy("event_key")
            .limit(STREAM_PAGE)
            .execute(),
        );
        if (!events.length) return;
        const dayOf = new Map(events.map((e) => [e.event_key, e.day]));
        const rows = await guard(() =>
          db
            .selectFrom("event_mentions as m")
            .innerJoin("documents as d", "d.doc_key", "m.doc_key")
            .select([
              "m.event_key",
              "m.doc_key",
              "d.url",
              "d.source",
              "d.published_at",
              "m.sentence_index",
              "m.source_start",
              "m.target_start",
              "m.trigger_start",
              "m.confidence",
              "m.evidence",
              "d.char_count",
              "d.tone",
            ])
            .where("m.event_key", "in", [...dayOf.keys()])
            .orderBy("m.event_key")
            .orderBy("m.doc_key")
            .execute(),
        );
        for (const r of rows) {
          yield {
            eventKey: r.event_key,
            day: dayOf.get(r.event_key) ?? "",
            docKey: r.doc_key,
            url: r.url,
            source: r.source,
            publishedAt: r.published_at,
            sentenceIndex: Number(r.sentence_index),
            sourceStart: Number(r.source_start),
            targetStart: r.target_start === null ? null : Number(r.target_start),
            triggerStart: Number(r.trigger_start),
            confidence: Number(r.confidence),
            evidence: r.evidence,
            docLength: num(r.char_count),
            docTone: num(r.tone),
          };
        }
        after = events[events.length - 1]!.event_key;
      }
    },

    documentEvents: (docKey) =>
      guard(async () => {
        const rows = await db
          .selectFrom("event_mentions as m")
          .innerJoin("events as e", "e.event_key", "m.event_key")
          .select([
            "m.event_id",
            "m.sentence_index",
            "m.trigger_start",
            "e.cameo_code",
            "e.source_code",
            "e.target_code",
          ])
          .where("m.doc_key", "=", docKey)
          .orderBy("m.event_id")
          .execute();
        return rows.map((r) => ({
          eventId: r.event_id,
          sentenceIndex: Number(r.sentence_index),
          triggerStart: Number(r.trigger_start),
          cameoCode: r.cameo_code,
          sourceCode: r.source_code,
          targetCode: r.target_code,
        }));
      }),

    eventMentions: (key) =>
      guard(async () => {
        const rows = await db
          .selectFrom("event_mentions")
          .select(["doc_key", "evidence", "sentence_index"])
          .where("event_key", "=", key)
          .orderBy("doc_key")
          .execute();
        return rows.map((r) => ({
          docKey: r.doc_key,
          evidence: r.evidence,
          sentenceIndex: Number(r.sentence_index),
        }));
      }),
  };
}
