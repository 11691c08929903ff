// The relay's one-statement read on PostgreSQL (src/store/postgres/outbox-read-postgres.ts) gives
// the batches the statement-per-table read gives (outbox.after): the same documents, events with
// every field as the store reads them, the same cut of a batch at a document's edge; while another
// relay holds the cursor it waits, then reads past where that one moved it (nothing twice). A read
// that holds all of the log past the cursor moves the cursor in the same statement, and a rolled
// back transaction (a failed publish) leaves it where it was. Skipped with a reason when
// PostgreSQL is unreachable outside CI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLiveState, openStore, type Store } from "../../../src/store/index.ts";
import { connectPostgres } from "../../../src/store/postgres/connect-postgres.ts";
import { readLogLocked } from "../../../src/store/postgres/outbox-read-postgres.ts";
import { makeEvent } from "../../helpers/event-factory.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/postgres.ts";
import { ownSourceRecords } from "../../helpers/random-events.ts";

const record = ownSourceRecords();

describe("the relay's read on PostgreSQL", () => {
  let db: TestDatabase | null = null;
  let store: Store;
  beforeAll(async () => {
    db = await createTestDatabase();
    if (!db) return;
    store = await openStore({ dbPath: "", databaseUrl: db.url });
  });
  afterAll(async () => {
    if (!db) return;
    await store.close();
    await db.drop();
  });

  it("reads the batches outbox.after reads; waits while another relay holds the cursor", async (ctx) => {
    if (!db) return ctx.skip();
    const outbox = (await openLiveState(store)).outbox;
    await outbox.startCursor("test");
    for (let i = 0; i < 6; i++) {
      // Documents of one to three events, some shared with an earlier document (recounted), one
      // without a target or a place, tones and confidences that are not round numbers.
      const events = [
        makeEvent({
          eventId: `a${i}`,
          date: `2024-05-0${1 + (i % 3)}`,
          code: "042",
          confidence: 0.3 + i / 7,
        }),
        ...(i % 2 ? [makeEvent({ eventId: `b${i}`, code: "190", tgt: null, location: null })] : []),
        ...(i % 3 === 2
          ? [makeEvent({ eventId: `c${i}`, date: "2024-05-09", src: "USAGOV", tgt: "CHN" })]
          : []),
      ];
      const rec = record(events, `https://example.org/${i}`, `story ${i} ${"text ".repeat(i)}`);
      await store.saveDocument({ ...rec, tone: i === 4 ? null : -1.25 + i / 3 });
    }
    const kysely = connectPostgres(db.url);
    const cursor = async () =>
      Number(
        (
          await kysely
            .selectFrom("live_outbox" as never)
            .select("published_seq" as never)
            .where("name" as never, "=", "test" as never)
            .executeTakeFirstOrThrow()
        ).published_seq,
      );
    /** A read whose transaction rolls back afterwards, as when publishing fails. */
    const readRolledBack = async (limit: number) => {
      let read: Awaited<ReturnType<typeof readLogLocked>> | null = null;
      await kysely
        .transaction()
        .execute(async (trx) => {
          read = await readLogLocked(trx, "test", limit);
          throw new Error("publish failed");
        })
        .catch(() => {});
      return read as unknown as Awaited<ReturnType<typeof readLogLocked>>;
    };
    try {
      for (const limit of [1, 2, 3, 100]) {
        let from = 0;
        for (let round = 0; round < 20; round++) {
          const expected = await outbox.after(from, limit);
          const read = await readRolledBack(limit);
          // The read rolled back: the cursor is where this round set it.
          if (read === "busy") throw new Error("busy without another holder");
          expect(await cursor()).toBe(from);
          // Moved in the read exactly when the batch is all there is.
          expect(read.moved).toBe(!read.batch.more);
          if (from === 0) expect(read.batch).toEqual(expected);
          expect(expected.documents.length).toBeGreaterThan(0);
          if (!expected.more) break;
          from = expected.lastSeq;
          // Move the cursor as the relay would, so the next read starts where after() does.
          await kysely
            .updateTable("live_outbox" as never)
            .set({ published_seq: from } as never)
            .where("name" as never, "=", "test" as never)
            .execute();
          const after = await outbox.after(from, limit);
          const next = await kysely.transaction().execute((trx) => readLogLocked(trx, "test", limit));
          expect(next).toEqual({ from, batch: after, moved: !after.more });
          // Committed: a read that moved the cursor left it past its batch.
          expect(await cursor()).toBe(after.more ? from : after.lastSeq);
          await kysely
            .updateTable("live_outbox" as never)
            .set({ published_seq: from } as never)
            .where("name" as never, "=", "test" as never)
            .execute();
        }
        await kysely
          .updateTable("live_outbox" as never)
          .set({ published_seq: 0 } as never)
          .where("name" as never, "=", "test" as never)
          .execute();
      }
      // Another relay holds the cursor row: this one waits, then reads past where that one moved it.
      const end = (await outbox.after(0, 1000)).lastSeq;
      const other = connectPostgres(db.url);
      try {
        let waited: Awaited<ReturnType<typeof readLogLocked>> | null = null;
        await kysely.transaction().execute(async (holder) => {
          await holder
            .selectFrom("live_outbox" as never)
            .selectAll()
            .where("name" as never, "=", "test" as never)
            .forUpdate()
            .execute();
          const reading = other.transaction().execute((trx) => readLogLocked(trx, "test", 10));
          void reading.then((r) => {
            waited = r;
          });
          await new Promise((r) => setTimeout(r, 300));
          expect(waited).toBeNull();
          await holder
            .updateTable("live_outbox" as never)
            .set({ published_seq: end } as never)
            .where("name" as never, "=", "test" as never)
            .execute();
        });
        for (let i = 0; i < 100 && !waited; i++) await new Promise((r) => setTimeout(r, 20));
        expect(waited).toEqual({
          from: end,
          batch: { documents: [], lastSeq: end, more: false },
          moved: false,
        });
      } finally {
        await other.destroy();
      }
    } finally {
      await kysely.destroy();
    }
  });
});
