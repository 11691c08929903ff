// BullMQ on the real Redis with the store on the real PostgreSQL: two `sitrep worker` processes work
// a 500-document backlog; one is killed with kill -9 mid-run; nothing is lost or duplicated.
// Also: a permanent failure lands in the dead-letter list and `sitrep jobs retry` queues it again.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createBullmqQueue,
  createEventChannel,
  type EventAnnouncement,
  type NewJob,
  onDocument,
} from "../../src/queue/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { requireRedis } from "../helpers/redis.ts";
import { ROOT } from "../helpers/run-cli.ts";

const BIN = join(ROOT, "bin", "sitrep.js");
const COUNTRIES = ["Kenya", "Somalia", "Chile", "Peru", "Norway", "Poland", "Ghana", "Nepal", "Laos", "Oman"];
const N = 500;

function backlog(n: number): NewJob[] {
  return Array.from({ length: n }, (_, i) => {
    const a = COUNTRIES[i % COUNTRIES.length];
    const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length];
    const text = `Story ${i}\n\n${a} and ${b} held talks on trade number ${i} in the capital on Monday, officials said.\n`;
    return {
      id: `doc-backlog-${i}`,
      kind: "document" as const,
      data: {
        source: null,
        inline: {
          id: `backlog-${i}`,
          input: `backlog-${i}`,
          type: "text" as const,
          contentBase64: Buffer.from(text).toString("base64"),
        },
      },
    };
  });
}

let redis: Awaited<ReturnType<typeof requireRedis>> = null;
let db: TestDatabase | null = null;
const children: ChildProcess[] = [];

beforeAll(async () => {
  redis = await requireRedis();
  db = redis ? await createTestDatabase() : null;
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await redis?.cleanup();
  await db?.drop();
});

function startWorker(env: Record<string, string>): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [BIN, "worker", "--concurrency", "1", "--lock-duration", "5s"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let err = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      if (err.includes("worker started")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited ${code}: ${err}`)));
  });
  return { child, ready };
}

async function documentsIn(url: string): Promise<{ documents: number; mentions: number; rolledUp: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const d = await c.query("select count(*)::int as n from documents").catch(() => ({ rows: [{ n: 0 }] }));
    const m = await c
      .query("select count(*)::int as n from event_mentions")
      .catch(() => ({ rows: [{ n: 0 }] }));
    const r = await c
      .query("select coalesce(sum(num_mentions), 0)::int as n from events")
      .catch(() => ({ rows: [{ n: 0 }] }));
    return { documents: d.rows[0].n, mentions: m.rows[0].n, rolledUp: r.rows[0].n };
  } finally {
    await c.end();
  }
}

describe("BullMQ workers on Redis with PostgreSQL", () => {
  it("two workers, one killed with kill -9 mid-run: 500 documents, none lost, none twice", {
    timeout: 420_000,
  }, async (t) => {
    if (!redis || !db) return t.skip();
    const queue = await createBullmqQueue({ redisUrl: redis.url, prefix: redis.prefix });
    const channel = await createEventChannel({ redisUrl: redis.url, prefix: redis.prefix });
    const announced: EventAnnouncement[] = [];
    onDocument(channel, (a) => announced.push(a));
    try {
      await queue.add(backlog(N));
      // Adding the same ids again changes nothing: ids are idempotency keys.
      await queue.add(backlog(N).slice(0, 50));
      expect((await queue.counts()).waiting).toBe(N);
      const env = {
        SITREP_REDIS_URL: redis.url,
        SITREP_DATABASE_URL: db.url,
        SITREP_QUEUE_PREFIX: redis.prefix,
      };
      const a = startWorker(env);
      const b = startWorker(env);
      await Promise.all([a.ready, b.ready]);
      // Kill one worker once work is under way, well before the end.
      for (let i = 0; i < 600; i++) {
        if ((await documentsIn(db.url)).documents >= 40) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      a.child.kill("SIGKILL");
      const atKill = (await documentsIn(db.url)).documents;
      expect(atKill).toBeLessThan(N);
      for (let i = 0; i < 2400; i++) {
        const c = await queue.counts();
        if (c.waiting + c.active + c.delayed === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const counts = await queue.counts();
      expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, dead: 0, done: N });
      const stored = await documentsIn(db.url);
      expect(stored.documents).toBe(N);
      // Every mention counted once in the roll-up: no document's events were stored twice.
      expect(stored.rolledUp).toBe(stored.mentions);
      expect(stored.mentions).toBeGreaterThan(0);
      // Announcements come from the event log (the outbox): each stored document once, none lost,
      // including one the killed worker committed without announcing.
      for (let i = 0; i < 100 && announced.length < N; i++) await new Promise((r) => setTimeout(r, 100));
      const keys = announced.map((x) => x.docKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.length).toBe(N);
      const exited = new Promise((r) => b.child.once("exit", r));
      b.child.kill("SIGTERM");
      await exited;
    } finally {
      await channel.close();
      await queue.close();
    }
  });

  it("dead-letters a permanent failure, lists it and retries it with `sitrep jobs`", {
    timeout: 60_000,
  }, async (t) => {
    if (!redis || !db) return t.skip();
    const queue = await createBullmqQueue({ redisUrl: redis.url, prefix: `${redis.prefix}-dl` });
    try {
      const empty = {
        id: "doc-empty",
        kind: "document" as const,
        data: {
          source: null,
          inline: {
            id: "e",
            input: "empty.txt",
            type: "text" as const,
            contentBase64: Buffer.from("   \n").toString("base64"),
          },
        },
      };
      await queue.add([empty]);
      const consumer = queue.consume(
        async () => {
          const { SitrepError } = await import("../../src/errors.ts");
          throw new SitrepError("E_DOC_EMPTY", "empty.txt");
        },
        { concurrency: 1 },
      );
      for (let i = 0; i < 100 && (await queue.counts()).dead === 0; i++)
        await new Promise((r) => setTimeout(r, 100));
      await consumer.close();
      const dead = await queue.listDead();
      expect(dead).toHaveLength(1);
      expect(dead[0]).toMatchObject({ id: "doc-empty", attempts: 1 });
      expect(dead[0]!.error).toMatch(/^E_DOC_EMPTY/);
      const env = {
        ...process.env,
        SITREP_REDIS_URL: redis.url,
        SITREP_QUEUE_PREFIX: `${redis.prefix}-dl`,
        SITREP_DATABASE_URL: db.url,
      };
      const { spawnSync } = await import("node:child_process");
      const list = spawnSync(process.execPath, [BIN, "jobs"], { env, encoding: "utf8" });
      expect(list.stdout).toContain('"id":"doc-empty"');
      const retry = spawnSync(process.execPath, [BIN, "jobs", "retry", "doc-empty"], {
        env,
        encoding: "utf8",
      });
      expect(JSON.parse(retry.stdout)).toEqual({ retried: 1 });
      expect((await queue.counts()).dead).toBe(0);
    } finally {
      await queue.close();
    }
  });
});
