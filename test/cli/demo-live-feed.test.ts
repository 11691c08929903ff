// The demo's live feed: each replay is a new document (new content hash, dated now, marked as a
// replay), so the store codes it again instead of skipping it as already seen.
import { describe, expect, it } from "vitest";
import { replayRecord } from "../../src/cli/demo-live-feed.ts";

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
