// Migration 013 on PostgreSQL: a recount (the counts of an event reported again) updates the event
// row in place: no index of events holds a column the recount writes, and events pages keep room
// for the new row version. Checked by PostgreSQL's own count of in-place (heap-only) updates in
// the transaction. Skipped with a reason when PostgreSQL is unreachable outside CI.
import { describe, expect, it } from "vitest";
import { makeEvent } from "../../helpers/event-factory.ts";
import { postgresStoreWithClient } from "../../helpers/postgres-store.ts";
import { ownSourceRecords } from "../../helpers/random-events.ts";

const record = ownSourceRecords();
/** The columns event-recount.ts writes. */
const RECOUNTED = ["num_mentions", "num_articles", "num_sources", "avg_tone", "confidence"];

describe("recounts update events in place on PostgreSQL", () => {
  const pgx = postgresStoreWithClient();

  it("indexes no recounted column, and a recount of stored events is a heap-only update", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    const indexed = await pgx.client.query<{ indexdef: string }>(
      "select indexdef from pg_indexes where tablename = 'events'",
    );
    expect(indexed.rows.length).toBeGreaterThanOrEqual(8);
    for (const { indexdef } of indexed.rows)
      for (const column of RECOUNTED) expect(indexdef).not.toMatch(new RegExp(`\\b${column}\\b`));
    // The covering indexes for top dyads are still there.
    expect(indexed.rows.map((r) => r.indexdef).join("\n")).toMatch(
      /events_day_dyad .*\(day, source_code, target_code, goldstein\)/,
    );
    for (let i = 0; i < 30; i++)
      await pgx.store.saveDocument(
        record(
          // Events of their own (no recount while saving): no dead row versions that another
          // transaction on the server could keep from being pruned.
          [
            makeEvent({
              eventId: `a${i}`,
              date: `2024-04-${String(1 + i).padStart(2, "0")}`,
              src: i % 2 ? "USA" : "CHN",
            }),
          ],
          `https://example.org/hot/${i}`,
          `hot story ${i}`,
        ),
      );
    await pgx.client.query("begin");
    const r = await pgx.client.query(
      `update events set num_mentions = num_mentions + 1, num_articles = num_articles + 1,
         num_sources = num_sources + 1, avg_tone = coalesce(avg_tone, 0) + 0.5, confidence = confidence / 2
       where event_key = (select event_key from events order by event_key limit 1)`,
    );
    const hot = await pgx.client.query<{ n: string }>(
      "select pg_stat_get_xact_tuples_hot_updated('events'::regclass) as n",
    );
    await pgx.client.query("rollback");
    // One event's recount (each new row version needs room on its page: fillfactor leaves a tenth).
    expect(r.rowCount).toBe(1);
    expect(Number(hot.rows[0]!.n)).toBe(r.rowCount);
  });
});
