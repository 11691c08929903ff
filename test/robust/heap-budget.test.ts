// Issue 11, item 1 (memory bounded): between a long document's windows the heap budget asks for a
// full collection once the heap has grown past the budget, so a window's dead records do not pile
// up to V8's default limit (heap-budget.ts).
import { describe, expect, it } from "vitest";
import { collectNow, createHeapBudget } from "../../src/heap-budget.ts";

const MB = 1024 * 1024;

describe("heap budget between windows", () => {
  it("collects what a window left dead once the heap grew past the budget", () => {
    const settle = createHeapBudget(64 * MB);
    // ~160 MB of numbers, dead as soon as the window is done with them.
    let window: number[][] | null = Array.from({ length: 100 }, () => new Array(200_000).fill(1.5));
    const withGarbage = process.memoryUsage().heapUsed;
    expect(window.length).toBe(100);
    window = null;
    settle();
    expect(process.memoryUsage().heapUsed).toBeLessThan(withGarbage - 100 * MB);
  });

  it("counts from the heap a collection since left, not from the garbage it began with", () => {
    // Begun while 100 MB of garbage is on the heap, which another collection then takes.
    let old: number[][] | null = Array.from({ length: 64 }, () => new Array(200_000).fill(1.5));
    const settle = createHeapBudget(64 * MB);
    expect(old.length).toBe(64);
    old = null;
    collectNow();
    settle();
    // 80 MB of garbage: past the budget counted from what is live, not from the old floor.
    let window: number[][] | null = Array.from({ length: 50 }, () => new Array(200_000).fill(1.5));
    const withGarbage = process.memoryUsage().heapUsed;
    expect(window.length).toBe(50);
    window = null;
    settle();
    expect(process.memoryUsage().heapUsed).toBeLessThan(withGarbage - 50 * MB);
  });

  it("collects at once before a long document's JSON is built, whatever the budget", () => {
    // Garbage well under any budget a between-windows check would act on.
    let window: number[][] | null = Array.from({ length: 40 }, () => new Array(200_000).fill(1.5));
    const withGarbage = process.memoryUsage().heapUsed;
    expect(window.length).toBe(40);
    window = null;
    collectNow();
    expect(process.memoryUsage().heapUsed).toBeLessThan(withGarbage - 40 * MB);
  });

  it("skips a collection asked for when the heap has grown little since the last", () => {
    let garbage: number[][] | null = Array.from({ length: 40 }, () => new Array(200_000).fill(1.5));
    expect(garbage.length).toBe(40);
    garbage = null;
    // ~64 MB grown since whatever came before: collected.
    expect(collectNow()).toBe(true);
    // Nothing grown since: a full mark of what is live would free nothing.
    expect(collectNow()).toBe(false);
    // A little garbage, under the threshold: still skipped.
    let little: number[] | null = new Array(100_000).fill(1.5);
    expect(little.length).toBe(100_000);
    little = null;
    expect(collectNow()).toBe(false);
    // Asked for with no threshold: collected.
    expect(collectNow(0)).toBe(true);
  });
});
