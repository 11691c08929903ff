// Migration 011 (src/store/postgres/rollup-trigger-guard.ts): the PostgreSQL roll-up triggers' cheap
// paths leave every roll-up as a rebuild from the events gives it, whatever wrote the events:
// documents, second reports of stored events (recounts: only report counts change), a document's
// next version (its old events deleted), bulk inserts, and updates that move events to other cells
// or change their Goldstein score (the full path). A recount leaves the cells of roll-ups that do
// not sum report counts untouched (no new row version), and a write of events that are all known
// writes no roll-up row. Skipped with a reason when PostgreSQL is unreachable outside CI.
import { describe, expect, it } from "vitest";
import { makeEvent } from "../../helpers/event-factory.ts";
import { postgresStoreWithClient } from "../../helpers/postgres-store.ts";
import { ownSourceRecords, randomEvents } from "../../helpers/random-events.ts";

const TABLES = [
  "place_days",
  "actor_days",
  "dyad_days",
  "actor_months",
  "dyad_months",
  "actor_dyad_days",
  "prefix_dyad_month_quads",
  "place_months",
  "prefix_dyad_week_quads",
  "pair_months",
];
const record = ownSourceRecords();
const VOCABULARY = {
  countries: ["USA", "CHN", "PAK"],
  roles: ["", "GOV", "MIL"],
  codes: ["010", "036", "173", "190"],
  days: ["2024-02-10", "2024-02-11", "2024-03-01"],
  keyPrefix: "g",
};

describe("PostgreSQL roll-up triggers with migration 011's cheap paths", () => {
  const pgx = postgresStoreWithClient();

  /** Every roll-up's rows in key order, floats to 9 decimals (a rebuild sums in another order). */
  const snapshot = async () => {
    const out: Record<string, unknown[]> = {};
    for (const t of TABLES) {
      const rows = (await pgx.client.query(`select * from ${t}`)).rows.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            typeof v === "number" ? Math.round(v * 1e9) / 1e9 : String(v),
          ]),
        ),
      );
      out[t] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return out;
  };
  const allVersions = async () => {
    const out: string[][] = [];
    for (const t of TABLES) out.push(await versions(t));
    return out;
  };
  const versions = async (table: string) =>
    (await pgx.client.query(`select xmin::text as v from ${table}`)).rows.map((r) => r.v as string).sort();
  const expectAsRebuilt = async () => {
    const kept = await snapshot();
    await pgx.store.rebuildRollups();
    expect(kept).toEqual(await snapshot());
  };

  const located = (eventId: string, tone = 0) =>
    makeEvent({
      eventId,
      date: "2024-02-10",
      code: "190",
      src: "PAKMIL",
      tgt: "INDGOV",
      confidence: 0.5 + tone,
    });

  it("keep every roll-up as a rebuild gives it, on every write path", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    await pgx.store.insertEvents(randomEvents(300, 11, VOCABULARY));
    await pgx.store.saveDocument(
      record([located("a"), makeEvent({ eventId: "b", tgt: null })], "https://x.org/1", "one"),
    );
    await expectAsRebuilt();
    // Second and third reports of the stored event: recounts (report counts change, cells do not).
    await pgx.store.saveDocument(record([located("a", 0.1)], "https://x.org/2", "two"));
    await pgx.store.saveDocument(record([located("a", 0.2), located("c")], "https://x.org/3", "three"));
    await expectAsRebuilt();
    // The first document's next version: its old events leave (deleted) or are recounted.
    await pgx.store.saveDocument(
      record([makeEvent({ eventId: "d", code: "036" })], "https://x.org/1", "one again"),
    );
    await expectAsRebuilt();
    // Updates the recount never makes: events move to other cells, Goldstein changes, and counts
    // change with them in one statement.
    await pgx.client.query(
      "update events set day = '2024-03-02', month = '2024-03' where day = '2024-02-11'",
    );
    await pgx.client.query(
      "update events set goldstein = goldstein + 0.5, num_mentions = num_mentions + 1 where quad_class = 4",
    );
    await pgx.client.query("update events set num_mentions = num_mentions + 2 where source_code like 'USA%'");
    await pgx.client.query("update events set num_mentions = num_mentions where source_code like 'CHN%'");
    await expectAsRebuilt();
    await pgx.client.query(
      "delete from event_mentions where event_key in (select event_key from events where origin <> 'sitrep')",
    );
    await pgx.client.query("delete from events where origin <> 'sitrep' and source_code like 'PAK%'");
    await expectAsRebuilt();
  });

  it("a recount leaves cells it cannot change untouched; a write of known events writes no cell", async (ctx) => {
    if (!pgx.db) return ctx.skip();
    await pgx.store.saveDocument(record([located("e")], "https://y.org/1", "first report"));
    const places = await versions("place_days");
    const months = await versions("actor_months");
    // Only report counts change: place_days sums no report counts, so none of its rows is rewritten.
    await pgx.store.saveDocument(record([located("e", 0.1)], "https://y.org/2", "second report"));
    expect(await versions("place_days")).toEqual(places);
    expect(await versions("actor_months")).not.toEqual(months);
    const before = await allVersions();
    // The same events again through a bulk insert: nothing stored, no roll-up row written.
    const events = await pgx.store.queryEvents({}, { limit: 20, offset: 0 });
    await pgx.store.insertEvents(events);
    expect(await allVersions()).toEqual(before);
  });
});
