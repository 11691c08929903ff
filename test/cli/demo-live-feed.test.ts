// The demo's live feed: each replay is a new document (new content hash, dated now, marked as a
// replay), so the store codes it again instead of skipping it as already seen.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_REPLAY_SOURCE, replayRecord, startDemoReplay } from "../../src/cli/demo-live-feed.ts";
import type { DocumentIntake, IntakeResult } from "../../src/serve/document-intake.ts";
import { openLiveState, openStore } from "../../src/store/index.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { docWith } from "../serve/serve-fixture.ts";

describe("demo live feed", () => {
  const original = {
    inputId: "data/demo/01-x.txt",
    title: "Talks held",
    text: "China and Pakistan held talks.",
  };

  it("posts the original's title and text, dated now, as a new document each time", () => {
    const a = JSON.parse(replayRecord(original, 1, new Date("2026-01-02T03:04:05Z")));
    const b = JSON.parse(replayRecord(original, 2, new Date("2026-01-02T03:04:50Z")));
    expect(a.id).toBe("demo-replay-1");
    expect(a.date).toBe("2026-01-02T03:04:05.000Z");
    expect(a.text.startsWith("Talks held\n\nChina and Pakistan held talks.")).toBe(true);
    expect(a.text).not.toBe(b.text);
  });
});

describe("demo live feed as a watched source", () => {
  it("records each replay as a poll of its source: documents stored, then failures in a row", async () => {
    const store = await openStore({
      dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-replay-")), "t.db"),
      databaseUrl: null,
    });
    await store.saveDocument(docWith([makeEvent({ date: "2024-03-01" })]));
    const live = await openLiveState(store);
    let outcome: IntakeResult["outcome"] = "stored";
    const intake: DocumentIntake = {
      ingestLines: async () => [
        {
          id: "x",
          outcome,
          docKey: outcome === "failed" ? null : "k",
          error: outcome === "failed" ? { code: "E_EXTRACT_EMPTY", message: "no text" } : null,
          events: [],
        },
      ],
    };
    const status = () => live.sourceStatus(DEMO_REPLAY_SOURCE.name);
    const until = async (ok: () => Promise<boolean>) => {
      for (let i = 0; i < 200 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 20));
    };
    const stop = startDemoReplay(store, intake, () => {}, 30, live);
    try {
      await until(async () => ((await status())?.documentsStored ?? 0) >= 2);
      const healthy = (await status())!;
      expect(healthy.type).toBe("replay");
      expect(healthy.documentsStored).toBeGreaterThanOrEqual(2);
      expect(healthy.consecutiveFailures).toBe(0);
      expect(healthy.lastPollAt).not.toBeNull();
      expect(healthy.nextPollAt).toBeGreaterThan(Date.now() - 1000);
      outcome = "failed";
      await until(async () => ((await status())?.consecutiveFailures ?? 0) >= 2);
      const failing = (await status())!;
      expect(failing.consecutiveFailures).toBeGreaterThanOrEqual(2);
      expect(failing.lastError?.code).toBe("E_EXTRACT_EMPTY");
      expect(failing.documentsFailed).toBeGreaterThanOrEqual(2);
    } finally {
      stop();
      await new Promise((r) => setTimeout(r, 50));
      await store.close();
    }
  });
});
