// Each source's document counts are added up in process and written a source at a time: the
// store sees one statement per source for many documents, the sums are exact, a failed write is
// kept for the next one, and the counts land in the store's live state (what `sources status` shows).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSourceTally } from "../../src/queue/source-tally.ts";
import { openLiveState, openStore, type Store } from "../../src/store/index.ts";

type Counts = { stored: number; failed: number };

function recorder(failFirst = 0) {
  const writes: { source: string; counts: Counts }[] = [];
  let failures = failFirst;
  return {
    writes,
    async recordDocuments(source: string, counts: Counts) {
      if (failures > 0) {
        failures--;
        throw new Error("store unavailable");
      }
      writes.push({ source, counts: { ...counts } });
    },
  };
}

describe("source tally", () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it("writes many documents' outcomes as one statement per source, with exact sums", async () => {
    const live = recorder();
    const tally = createSourceTally(live, { delayMs: 60_000 });
    for (let i = 0; i < 5; i++) tally.add("wire", "stored");
    tally.add("wire", "failed");
    tally.add("agency", "stored");
    expect(live.writes).toEqual([]);
    await tally.flush();
    expect(live.writes).toEqual([
      { source: "wire", counts: { stored: 5, failed: 1 } },
      { source: "agency", counts: { stored: 1, failed: 0 } },
    ]);
    await tally.flush();
    expect(live.writes).toHaveLength(2);
  });

  it("writes on its own after the delay, without a flush", async () => {
    const live = recorder();
    const tally = createSourceTally(live, { delayMs: 5 });
    tally.add("wire", "stored");
    for (let i = 0; i < 200 && !live.writes.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(live.writes).toEqual([{ source: "wire", counts: { stored: 1, failed: 0 } }]);
  });

  it("keeps the counts of a failed write for the next one", async () => {
    const live = recorder(1);
    const errors: unknown[] = [];
    const tally = createSourceTally(live, { delayMs: 60_000, onError: (e) => errors.push(e) });
    tally.add("wire", "stored");
    tally.add("wire", "stored");
    await tally.flush();
    expect(live.writes).toEqual([]);
    expect(errors).toHaveLength(1);
    tally.add("wire", "failed");
    await tally.flush();
    expect(live.writes).toEqual([{ source: "wire", counts: { stored: 2, failed: 1 } }]);
  });

  it("adds to the source's stored status", async () => {
    store = await openStore({
      dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-tally-")), "t.db"),
      databaseUrl: null,
    });
    const state = await openLiveState(store);
    await state.registerSources([{ name: "wire", type: "feed", address: "http://127.0.0.1/feed.xml" }]);
    await state.recordDocument("wire", "stored");
    const tally = createSourceTally(state, { delayMs: 60_000 });
    for (let i = 0; i < 3; i++) tally.add("wire", "stored");
    tally.add("wire", "failed");
    await tally.flush();
    expect(await state.sourceStatus("wire")).toMatchObject({ documentsStored: 4, documentsFailed: 1 });
  });
});
