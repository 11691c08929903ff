// Issue 11, item 1 (memory bounded by the window): the ids insertEventsOf remembers to keep the
// first report of each are one window's, not a long document's, when ids name their sentence (as
// the coder's do) and a window's events all come after the last window's; otherwise all are kept.
import { describe, expect, it } from "vitest";
import { forgetEarlierWindows, newEventState } from "../../src/store/event-writes.ts";
import type { CodedEvent } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";

/** Events of sentences `from`..`to - 1`, two each, with ids as the coder writes them. */
function window(from: number, to: number, id = (s: number, k: number) => `doc#${s}.${k}`): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (let s = from; s < to; s++)
    for (let k = 0; k < 2; k++) out.push(makeEvent({ eventId: id(s, k), sentenceIndex: s }));
  return out;
}

function remember(state: ReturnType<typeof newEventState>, events: readonly CodedEvent[]): void {
  forgetEarlierWindows(state, events);
  for (const e of events) state.seenIds.add(e.eventId);
}

describe("the ids a document's windows remember", () => {
  it("holds one window's ids when each window's sentences follow the last's", () => {
    const state = newEventState();
    remember(state, window(0, 50));
    expect(state.seenIds.size).toBe(100);
    remember(state, window(50, 60));
    expect(state.seenIds.size).toBe(20);
    expect(state.seenIds.has("doc#55.1")).toBe(true);
    expect(state.seenIds.has("doc#10.0")).toBe(false);
  });

  it("keeps every id when a window goes back to an earlier sentence", () => {
    const state = newEventState();
    remember(state, window(0, 50));
    remember(state, window(49, 60));
    expect(state.seenIds.size).toBe(120);
  });

  it("keeps every id when ids do not name their sentence (an import's own ids)", () => {
    const state = newEventState();
    remember(
      state,
      window(0, 50, (s, k) => `ev-${s}-${k}`),
    );
    remember(state, window(50, 60));
    expect(state.seenIds.size).toBe(120);
    // An id naming another sentence than its own counts as not naming it: the first window's
    // "doc#5.0" (of sentence 4) is still known when the second window reports "doc#5.0" again.
    const other = newEventState();
    remember(
      other,
      window(0, 5, (s, k) => `doc#${s + 1}.${k}`),
    );
    remember(other, window(5, 10));
    expect(other.seenIds.has("doc#1.0")).toBe(true);
    expect(other.seenIds.size).toBe(18);
  });
});
