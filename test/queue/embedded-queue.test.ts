// The embedded job table: idempotent ids, retries with backoff for transient errors, the
// dead-letter list for permanent ones and exhausted attempts, and a job whose worker died (its
// lease ran out) taken again by another worker.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SitrepError } from "../../src/errors.ts";
import { createEmbeddedQueue, type Job, type JobQueue } from "../../src/queue/index.ts";
import { openLiveState, openStore, type Store } from "../../src/store/index.ts";

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

async function setup(leaseMs = 60_000): Promise<{ queue: JobQueue; store: Store }> {
  store = await openStore({
    dbPath: join(mkdtempSync(join(tmpdir(), "sitrep-jobs-")), "q.db"),
    databaseUrl: null,
  });
  const live = await openLiveState(store);
  const queue = createEmbeddedQueue(live, {
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
    leaseMs,
    idlePollMs: 20,
  });
  return { queue, store };
}

const poll = (id: string) => ({ id, kind: "poll" as const, data: { source: id } });

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
}

describe("embedded queue", () => {
  it("adds each id once, retries transient errors and dead-letters permanent ones", async () => {
    const { queue } = await setup();
    expect(await queue.add([poll("a"), poll("b"), poll("c")])).toBe(3);
    expect(await queue.add([poll("a")])).toBe(0);
    const seen: string[] = [];
    const consumer = queue.consume(
      async (job: Job) => {
        seen.push(`${job.id}#${job.attempt}`);
        if (job.id === "a" && job.attempt < 2)
          throw Object.assign(new SitrepError("E_FETCH_TIMEOUT", "slow"), { retryable: true });
        if (job.id === "b") throw new SitrepError("E_URL_PRIVATE", "10.0.0.1");
        if (job.id === "c")
          throw Object.assign(new SitrepError("E_FETCH_HTTP", "HTTP 503"), { retryable: true });
      },
      { concurrency: 2 },
    );
    await until(async () => {
      const c = await queue.counts();
      return c.waiting + c.delayed + c.active === 0;
    });
    await consumer.close();
    expect(await queue.counts()).toMatchObject({ done: 1, dead: 2, waiting: 0, active: 0 });
    expect(seen.filter((s) => s.startsWith("a#"))).toEqual(["a#1", "a#2"]);
    expect(seen.filter((s) => s.startsWith("b#"))).toEqual(["b#1"]);
    expect(seen.filter((s) => s.startsWith("c#"))).toEqual(["c#1", "c#2", "c#3"]);
    const dead = await queue.listDead();
    expect(Object.fromEntries(dead.map((d) => [d.id, d.error.split(":")[0]]))).toEqual({
      b: "E_URL_PRIVATE",
      c: "E_FETCH_HTTP",
    });
    expect(await queue.retryDead("b")).toBe(1);
    expect(await queue.retryDead("nope")).toBe(0);
    expect((await queue.counts()).waiting).toBe(1);
  });

  it("gives a job whose worker stopped renewing its lease to another worker", async () => {
    const { queue } = await setup(150);
    await queue.add([poll("x")]);
    // The first worker takes the job and never finishes (as if killed mid-job).
    let stuck = 0;
    const dead = queue.consume(
      () => {
        stuck++;
        return new Promise<void>(() => {});
      },
      { concurrency: 1 },
    );
    await until(async () => stuck === 1);
    void dead;
    // While its process lives, the heartbeat keeps the lease 150 ms ahead; a worker looking 1 s
    // later than that (the heartbeat stopped with the process) finds the lease run out and takes it.
    const live = await openLiveState(store!);
    expect(await live.jobs.claim("w2", Date.now(), Date.now() + 60_000)).toBeNull();
    const row = (await live.jobs.claim("w2", Date.now() + 1000, Date.now() + 60_000))!;
    expect(row?.id).toBe("x");
    expect(row.attempts).toBe(2);
  });

  it("never takes again a job still running in this process after its event loop was blocked past the lease", async () => {
    const { queue } = await setup(150);
    await queue.add([poll("slow"), poll("next")]);
    const runs: string[] = [];
    const consumer = queue.consume(
      async (job: Job) => {
        runs.push(job.id);
        if (job.id !== "slow") return;
        // Coding a page blocks the loop (the heartbeat cannot fire), then the job still awaits I/O
        // while the other worker loop wakes up and claims.
        const until = Date.now() + 600;
        while (Date.now() < until);
        await new Promise((r) => setTimeout(r, 200));
      },
      { concurrency: 2 },
    );
    await until(async () => (await queue.counts()).done === 2);
    await consumer.close();
    expect(runs.filter((id) => id === "slow")).toHaveLength(1);
    expect(await queue.counts()).toMatchObject({ done: 2, active: 0, waiting: 0 });
  });
});
